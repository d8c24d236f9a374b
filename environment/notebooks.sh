#!/usr/bin/env bash
# Sets up what is missing (setup.sh), then:
#   notebooks.sh [JUPYTER-OPTIONS]   opens notebooks/ in JupyterLab if installed, else Jupyter Notebook
#   notebooks.sh --execute [NB...]   runs the notebooks (default: all) in place, headless, saving outputs
#   notebooks.sh --html [NB...]      writes the notebooks as they are to handin/NAME.html
#   notebooks.sh --handin [DIR] [NB...]  runs the notebooks (default: all) afresh, without changing them,
#                                    into DIR (default handin/): NAME.html each, images embedded, and
#                                    index.html linking them; stops at the first notebook with an error
set -euo pipefail
SCRIPT=notebooks
. "$(dirname "$0")/common.sh"

mode=open
case ${1:-} in
    --execute) mode=execute; shift ;;
    --html) mode=html; shift ;;
    --handin) mode=handin; shift ;;
    -h | --help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac

bash "$ENV_DIR/setup.sh" --no-browser
find_jupyter || die "no usable Jupyter after setup"

# Notebooks named on the command line, else every notebook in notebooks/, as absolute paths.
list_notebooks() {
    local nb
    if [ $# -eq 0 ]; then set -- "$ROOT"/notebooks/*.ipynb; fi
    for nb in "$@"; do
        [ -f "$nb" ] || die "no such notebook: $nb"
        (cd "$(dirname "$nb")" && printf '%s/%s\n' "$(pwd)" "$(basename "$nb")")
    done
}

case $mode in
    open)
        cd "$ROOT/notebooks"
        extra=""
        [ "$(id -u)" -eq 0 ] && extra="--allow-root"   # Jupyter refuses root without it (containers, CI)
        if "$JUPYTER" lab --version >/dev/null 2>&1; then
            say "opening JupyterLab in $(pwd)"
            exec "$JUPYTER" lab $extra "$@"
        fi
        say "opening Jupyter Notebook in $(pwd) (install JupyterLab for the newer interface: see README)"
        exec "$JUPYTER" notebook $extra "$@"
        ;;
    execute)
        # Two at a time: each notebook has its own kernel JVM, and machines here have two cores.
        notebooks=$(list_notebooks "$@")
        printf '%s\n' "$notebooks" | tr '\n' '\0' | xargs -0 -n 1 -P "${NOTEBOOK_JOBS:-2}" bash "$ENV_DIR/execute-notebook.sh" \
            || die "some notebooks failed (see above); their files were left unchanged"
        say "all notebooks executed; their outputs are saved in place"
        ;;
    handin)
        out="$ROOT/handin"
        if [ $# -gt 0 ] && [ "${1%.ipynb}" = "$1" ]; then
            out=$1
            shift
        fi
        mkdir -p "$out"
        out=$(cd "$out" && pwd)
        rm -f "$out/index.html"   # an index only where every page was just written
        notebooks=$(list_notebooks "$@")
        printf '%s\n' "$notebooks" | tr '\n' '\0' \
            | xargs -0 -n 1 -P "${NOTEBOOK_JOBS:-2}" bash "$ENV_DIR/execute-notebook.sh" --html "$out" \
            || die "some notebooks failed (see above), so $out is not complete; fix them and run this again"
        python=$(sed -n '1s/^#! *\([^ ]*\).*/\1/p' "$JUPYTER")
        case $python in */env | "") python=python3 ;; esac
        printf '%s\n' "$notebooks" | "$python" "$ENV_DIR/handin-index.py" "$out" \
            || die "could not write $out/index.html"
        say "hand-in ready: $out/index.html and $(printf '%s\n' "$notebooks" | wc -l | tr -d ' ') notebooks as HTML"
        ;;
    html)
        mkdir -p "$ROOT/handin"
        notebooks=$(list_notebooks "$@")
        printf '%s\n' "$notebooks" | while IFS= read -r nb; do
            "$JUPYTER" nbconvert --to html --output-dir "$ROOT/handin" "$nb" >/dev/null 2>&1 \
                || die "could not export $nb"
            say "wrote handin/$(basename "$nb" .ipynb).html"
        done
        ;;
esac
