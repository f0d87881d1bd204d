#!/usr/bin/env bash
# Measures the time from launching the packaged service's JVM to /actuator/health answering UP, and the CPU time
# the JVM used until then (on a shared, busy machine the CPU time says more than the wall clock).
#
# Usage: scripts/measure-startup.sh [runs] [jar|cds]
#   jar  java -jar on the packaged jar (default)
#   cds  the extracted jar with a class-data-sharing archive made by one training run (Spring Boot's CDS recipe)
# Builds the jar first unless SKIP_BUILD=1; extra JVM options in JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
mode="${2:-jar}"
port="${PORT:-18080}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -ntp -DskipTests package -pl interviewer-api -am
fi
jar=$(ls interviewer-api/target/interviewer-api-*.jar | grep -v original | head -1)
cds_options=()
if [[ "$mode" == cds ]]; then
  app=interviewer-api/target/cds
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  jar="$app/$(basename "$jar")"
  echo "training run for the CDS archive..."
  java -XX:ArchiveClassesAtExit="$app/app.jsa" -Dspring.context.exit=onRefresh -jar "$jar" \
    --server.port="$port" >"/tmp/measure-startup-training.log" 2>&1
  cds_options=(-XX:SharedArchiveFile="$app/app.jsa")
fi
echo "mode: $mode, jar: $jar, $(nproc) CPUs, $(java -version 2>&1 | head -1)"
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} "${cds_options[@]}" -jar "$jar" --server.port="$port" >"/tmp/measure-startup-$run.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "service exited; see /tmp/measure-startup-$run.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  read -r utime stime < <(awk '{print $14, $15}' "/proc/$pid/stat")
  cpu_ms=$(((utime + stime) * 1000 / $(getconf CLK_TCK)))
  printf 'run %d: %d ms from JVM launch to health UP (%d ms CPU; load average %s)\n' \
    "$run" $(((end - start) / 1000000)) "$cpu_ms" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
