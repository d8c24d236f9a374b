# shellcheck shell=bash
# Sourced by setup.sh: the project's Python environment ($VENV) with everything in requirements.txt.

ensure_venv() {
    local python stamp="$VENV/.requirements.txt"
    if [ ! -x "$VENV/bin/python" ]; then
        python=$(command -v python3 || command -v python) || die "no Python 3 found. Install Python 3.11.5 or newer (python.org, or your system's package manager)."
        "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11, 5))' \
            || die "$python is $("$python" --version 2>&1); the pinned requirements (environment/requirements.txt) need Python 3.11.5 or newer."
        say "creating the Python environment $VENV ($("$python" --version 2>&1))"
        "$python" -m venv "$VENV" 2>"$CACHE/venv.err" || {
            cat "$CACHE/venv.err" >&2
            die "could not create $VENV (on Debian/Ubuntu: apt-get install python3-venv)"
        }
    fi
    if cmp -s "$ENV_DIR/requirements.txt" "$stamp"; then
        say "Python environment: up to date ($VENV)"
        return 0
    fi
    say "installing JupyterLab, JJava and the test tools into $VENV (pip, environment/requirements.txt)"
    mkdir -p "$CACHE/logs"
    if ! "$VENV/bin/python" -m pip install --disable-pip-version-check -r "$ENV_DIR/requirements.txt" \
            >"$CACHE/logs/pip.log" 2>&1; then
        tail -n 20 "$CACHE/logs/pip.log" >&2
        die "pip could not install environment/requirements.txt (full log: environment/.cache/logs/pip.log)"
    fi
    cp "$ENV_DIR/requirements.txt" "$stamp"
    say "Python environment: ready ($("$VENV/bin/jupyter" lab --version 2>/dev/null | sed 's/^/JupyterLab /'))"
}

# JupyterLab's defaults for this environment (its settings/overrides.json): no "Jupyter news?" prompt over the
# first notebook a student opens, and no update check (the versions are pinned). A student's own settings
# still win.
ensure_lab_settings() {
    local target="$VENV/share/jupyter/lab/settings/overrides.json"
    cmp -s "$ENV_DIR/lab-settings.json" "$target" && return 0
    mkdir -p "$(dirname "$target")"
    cp "$ENV_DIR/lab-settings.json" "$target"
    say "JupyterLab: no news prompt, no update check ($target)"
}
