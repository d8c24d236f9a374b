#!/usr/bin/env bash
# Builds the benchmark jar and runs JMH; the settings (forks, iterations) are the benchmarks' own
# annotations. Any arguments go to JMH, e.g. `bench/run.sh ExerciseStep -prof gc` or `bench/run.sh -h`.
# SKIP_BUILD=1 reuses bench/target/benchmarks.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B -Pbench -DskipTests package
fi
exec java -jar bench/target/benchmarks.jar "$@"
