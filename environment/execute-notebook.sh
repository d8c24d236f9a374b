#!/usr/bin/env bash
# Runs one notebook through its kernel (used by notebooks.sh). The kernel's log goes to
# environment/.cache/logs/NAME.log and is shown only when the run fails.
#   execute-notebook.sh NB              saves the outputs in NB itself (--execute)
#   execute-notebook.sh --html DIR NB   leaves NB as it is and writes DIR/NAME.html (--handin)
set -euo pipefail
SCRIPT=execute
. "$(dirname "$0")/common.sh"
find_jupyter || die "no usable Jupyter: run bash environment/setup.sh"

html_dir=""
if [ "${1:-}" = --html ]; then
    html_dir=$2
    shift 2
fi
nb=$1
name=$(basename "$nb" .ipynb)
log="$CACHE/logs/$name${html_dir:+.handin}.log"
mkdir -p "$CACHE/logs"
start=$(date +%s)
if [ -z "$html_dir" ]; then
    # record_timing=False keeps per-cell timestamps out of the committed files (clean diffs).
    set -- --to notebook --inplace --ExecutePreprocessor.record_timing=False
else
    # Debian's nbconvert points MathJax and require.js at files under /usr/share, which the reader of a
    # hand-in does not have: these are nbconvert's own defaults, which load from the web. Images are
    # embedded either way (outputs always; Markdown attachments with embed_images).
    set -- --to html --output-dir "$html_dir" --HTMLExporter.embed_images=True \
        --HTMLExporter.mathjax_url='https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/MathJax.js?config=TeX-AMS_CHTML-full,Safe' \
        --HTMLExporter.require_js_url=https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js
fi
if "$JUPYTER" nbconvert --execute "$@" \
        --ExecutePreprocessor.timeout=1800 --ExecutePreprocessor.startup_timeout=120 "$nb" >"$log" 2>&1; then
    say "ok      $name ($(( $(date +%s) - start )) s)"
else
    say "FAILED  $name; the end of $log:"
    grep -v '^\[20[0-9-]* [0-9:]*\] \[INFO' "$log" | tail -n 40 >&2
    exit 1
fi
