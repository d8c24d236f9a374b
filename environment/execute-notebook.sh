#!/usr/bin/env bash
# Runs one notebook in place through its kernel (used by notebooks.sh --execute). The kernel's log
# goes to environment/.cache/logs/NAME.log and is shown only when the run fails.
set -euo pipefail
SCRIPT=execute
. "$(dirname "$0")/common.sh"
find_jupyter || die "no usable Jupyter: run bash environment/setup.sh"

nb=$1
name=$(basename "$nb" .ipynb)
log="$CACHE/logs/$name.log"
mkdir -p "$CACHE/logs"
start=$(date +%s)
# record_timing=False keeps per-cell timestamps out of the committed files (clean diffs).
if "$JUPYTER" nbconvert --to notebook --execute --inplace \
        --ExecutePreprocessor.timeout=1800 --ExecutePreprocessor.startup_timeout=120 \
        --ExecutePreprocessor.record_timing=False "$nb" >"$log" 2>&1; then
    say "ok      $name ($(( $(date +%s) - start )) s)"
else
    say "FAILED  $name; the end of $log:"
    grep -v '^\[20[0-9-]* [0-9:]*\] \[INFO' "$log" | tail -n 40 >&2
    exit 1
fi
