#!/usr/bin/env bash
# Builds the benchmark jar and runs JMH. Any arguments go to JMH, e.g.
#   bench/run.sh                                  every benchmark, short default settings
#   bench/run.sh ExerciseStep -prof gc            one class, with allocation per operation
#   bench/run.sh WidthScaling -p width=128,512    chosen widths only
#   bench/run.sh -f 3 -i 10                       longer, steadier runs
#   bench/run.sh -h                               JMH's own options
# SKIP_BUILD=1 reuses bench/target/benchmarks.jar; MVN overrides the Maven command.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ${MVN:-mvn} -q -B -Pbench -DskipTests package
fi

# One fork and a few 1-second iterations keep a full run to a few minutes. JMH refuses an option given
# twice, so a default is passed only when the caller did not give that option.
defaults=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
args=()
for ((d = 0; d < ${#defaults[@]}; d += 2)); do
  given=0
  for a in "$@"; do
    [[ "$a" == "${defaults[d]}" ]] && given=1
  done
  ((given)) || args+=("${defaults[d]}" "${defaults[d + 1]}")
done
exec java -jar bench/target/benchmarks.jar "${args[@]}" "$@"
