#!/usr/bin/env bash
# Sets up what is missing (setup.sh), then:
#   notebooks.sh [JUPYTER-OPTIONS]   opens notebooks/ in JupyterLab (http://localhost:8888 unless --port N)
#   notebooks.sh --execute [NB...]   runs the notebooks (default: all) in place, headless, saving outputs
#   notebooks.sh --html [NB...]      writes the notebooks as they are to handin/NAME.html
#   notebooks.sh --handin [DIR] [NB...]  runs the notebooks (default: all) afresh, without changing them,
#                                    into DIR (default handin/): NAME.html and NAME.pdf each, readable
#                                    offline (formulas typeset, images inside; needs Chromium or Chrome),
#                                    and index.html linking them; names the notebooks that failed
set -euo pipefail
SCRIPT=notebooks
. "$(dirname "$0")/common.sh"

mode=open
case ${1:-} in
    --execute) mode=execute; shift ;;
    --html) mode=html; shift ;;
    --handin) mode=handin; shift ;;
    -h | --help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac

bash "$ENV_DIR/setup.sh" --no-browser
find_jdk
use_venv

# Notebooks named on the command line, else every notebook in notebooks/, as absolute paths.
list_notebooks() {
    local nb
    if [ $# -eq 0 ]; then set -- "$ROOT"/notebooks/*.ipynb; fi
    for nb in "$@"; do
        [ -f "$nb" ] || die "no such notebook: $nb"
        (cd "$(dirname "$nb")" && printf '%s/%s\n' "$(pwd)" "$(basename "$nb")")
    done
}

# The URL of a Jupyter server of this environment already serving notebooks/, if there is one.
running_server() {
    "$JUPYTER" server list --json 2>/dev/null | "$PYTHON" -c '
import json, os, sys
for line in sys.stdin:
    server = json.loads(line)
    if os.path.realpath(server.get("root_dir", "")) == os.path.realpath(sys.argv[1]):
        print(server["url"] + "lab?token=" + server.get("token", ""))
        break' "$ROOT/notebooks"
}

case $mode in
    open)
        url=$(running_server)
        if [ -n "$url" ]; then
            say "JupyterLab is already running on these notebooks: $url"
            exit 0
        fi
        # --port is ours to check (and never passed twice); every other option goes to jupyter lab.
        port=8888
        options=()
        while [ $# -gt 0 ]; do
            case $1 in
                --port=*) port=${1#--port=} ;;
                --port) [ $# -ge 2 ] || die "--port needs a number"; port=$2; shift ;;
                *) options+=("$1") ;;
            esac
            shift
        done
        case $port in '' | *[!0-9]*) die "--port must be a number from 1 to 65535, got '$port'" ;; esac
        if ! "$PYTHON" -c 'import socket, sys; socket.socket().bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2>/dev/null; then
            die "port $port is taken by another program; choose another: bash environment/notebooks.sh --port $((port + 1))"
        fi
        cd "$ROOT/notebooks"
        extra=()
        [ "$(id -u)" -eq 0 ] && extra+=(--allow-root)   # Jupyter refuses root without it (containers, CI)
        say "opening JupyterLab in $(pwd) (Ctrl+C twice stops it)"
        exec "$JUPYTER" lab ${extra[@]+"${extra[@]}"} --port="$port" --ServerApp.port_retries=0 ${options[@]+"${options[@]}"}
        ;;
    execute)
        list_notebooks "$@" | tr '\n' '\0' | xargs -0 "$PYTHON" "$ENV_DIR/execute.py" --inplace \
            || die "some notebooks failed (see above); their files were left unchanged"
        say "notebooks executed; their outputs are saved in place"
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
        printf '%s\n' "$notebooks" | tr '\n' '\0' | xargs -0 "$PYTHON" "$ENV_DIR/execute.py" --html "$out" \
            || die "some notebooks failed (see above), so $out is not complete; fix them and run this again"
        printf '%s\n' "$notebooks" | "$PYTHON" "$ENV_DIR/handin-index.py" "$out" \
            || die "could not write $out/index.html"
        say "hand-in ready: $out/index.html and $(printf '%s\n' "$notebooks" | wc -l | tr -d ' ') notebooks as HTML and PDF"
        ;;
    html)
        mkdir -p "$ROOT/handin"
        list_notebooks "$@" | while IFS= read -r nb; do
            "$JUPYTER" nbconvert --to html --embed-images --output-dir "$ROOT/handin" "$nb" >/dev/null 2>&1 \
                || die "could not export $nb"
            say "wrote handin/$(basename "$nb" .ipynb).html"
        done
        ;;
esac
