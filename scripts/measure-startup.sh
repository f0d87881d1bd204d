#!/usr/bin/env bash
# Measures the time from launching the packaged service's JVM to /actuator/health answering UP.
# Usage: scripts/measure-startup.sh [runs]   (builds the jar first unless SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port="${PORT:-18080}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -ntp -DskipTests package -pl interviewer-api -am
fi
jar=$(ls interviewer-api/target/interviewer-api-*.jar | grep -v original | head -1)
echo "jar: $jar, $(nproc) CPUs, $(java -version 2>&1 | head -1)"
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" --server.port="$port" >"/tmp/measure-startup-$run.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "service exited; see /tmp/measure-startup-$run.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  printf 'run %d: %d ms from JVM launch to health UP\n' "$run" $(((end - start) / 1000000))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
