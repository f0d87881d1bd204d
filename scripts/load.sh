#!/usr/bin/env bash
# Runs the load tool (interviewer-api/src/test/java/dev/mockinterview/api/load/LoadRun.java) against a running
# service; the figures and how to start the service for them are in docs/benchmarks.md.
#
# Usage: scripts/load.sh [--base=http://127.0.0.1:8080] [--phase=answers|idle|all]
#                        [--answers=100] [--parallel=8] [--answers-each=20]
#                        [--connections=10000] [--concurrency=200] [--hold=100s]
# Compiles the tool first unless SKIP_BUILD=1 (never installs anything); the client JVM's options in LOAD_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -ntp -pl interviewer-api -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/load.classpath -Dmdep.includeScope=test
fi
classpath="interviewer-api/target/test-classes:interviewer-api/target/classes:$(cat interviewer-api/target/load.classpath)"
# shellcheck disable=SC2086
exec java ${LOAD_JAVA_OPTS:--Xmx1g} -cp "$classpath" dev.mockinterview.api.load.LoadRun "$@"
