# shellcheck shell=bash
# Shared by the scripts in environment/ (sourced, not run): paths, messages, and the checks that find
# a JDK and the project's Python environment. Written for bash 3.2 too, the bash macOS ships.

ENV_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$ENV_DIR")
CACHE="$ENV_DIR/.cache"
# The project's own Python environment: JupyterLab, JJava and the test drivers, from requirements.txt.
VENV=${BACKPROP_VENV:-$ROOT/.venv}
# shellcheck disable=SC2034  # read by kernel.sh and the scripts that source this
KERNEL_NAME=java
SCRIPT=${SCRIPT:-$(basename "$0" .sh)}

say() { printf '[%s] %s\n' "$SCRIPT" "$*"; }
die() { printf '[%s] ERROR: %s\n' "$SCRIPT" "$*" >&2; exit 1; }

# Maven through the wrapper (no Maven install needed), quiet, from the project root, with the checked JDK.
run_mvn() {
    (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -q -B "$@")
}

# Sets JAVA_BIN, JAVA_MAJOR and exports JAVA_HOME: the JDK in $JAVA_HOME if set, else the java on PATH.
# The kernel compiles every cell with JShell inside its own JVM, so a JRE is not enough.
find_jdk() {
    local java version major
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        java="$JAVA_HOME/bin/java"
    else
        java=$(command -v java) || die "no Java found. Install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk) or set JAVA_HOME."
    fi
    java=$(readlink -f "$java" 2>/dev/null || echo "$java")
    version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    major=${version%%.*}
    [ "${major:-0}" -ge 17 ] 2>/dev/null || die "$java is Java ${version:-of unknown version}; the helper jar needs 17 or newer. Set JAVA_HOME to a newer JDK."
    case "$("$java" --list-modules 2>/dev/null)" in
        *jdk.jshell@*) ;;
        *) die "$java has no JShell (a JRE, not a JDK); install a full JDK 17+ (Debian: openjdk-17-jdk)." ;;
    esac
    [ -x "$(dirname "$java")/javac" ] || die "no javac beside $java; install a full JDK 17+."
    # shellcheck disable=SC2034  # read by the scripts that call this
    JAVA_BIN=$java
    # shellcheck disable=SC2034
    JAVA_MAJOR=$major
    JAVA_HOME=$(dirname "$(dirname "$java")")
    export JAVA_HOME
}

# Points this shell at the project's environment: its jupyter first on PATH, and its kernelspecs ahead of
# any a user installed elsewhere (a personal "java" kernelspec would otherwise win).
use_venv() {
    [ -x "$VENV/bin/jupyter" ] || die "no Python environment at $VENV: run  bash environment/setup.sh  first."
    JUPYTER="$VENV/bin/jupyter"
    PYTHON="$VENV/bin/python"
    PATH="$VENV/bin:$PATH"
    JUPYTER_PATH="$VENV/share/jupyter"
    # jupyter_core otherwise warns on every start that it will move its folders.
    JUPYTER_PLATFORM_DIRS=1
    export JUPYTER PYTHON PATH JUPYTER_PATH JUPYTER_PLATFORM_DIRS
}

# Installs the Debian packages among "$@" that are not installed yet (sudo unless root). Only for
# what is not Python: fonts for the charts, Chromium for the browser test.
apt_install_missing() {
    local package missing="" sudo=""
    for package in "$@"; do
        [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = "install ok installed" ] || missing="$missing $package"
    done
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "not root and no sudo: ask an administrator to install:$missing"
        sudo="sudo"
    fi
    say "installing Debian packages:$missing (log: environment/.cache/logs/apt.log)"
    mkdir -p "$CACHE/logs"
    # dpkg reports every file it unpacks: that goes to the log, shown only when something fails.
    # shellcheck disable=SC2086
    if ! { $sudo apt-get update && $sudo env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends $missing; } >"$CACHE/logs/apt.log" 2>&1; then
        tail -n 20 "$CACHE/logs/apt.log" >&2
        die "apt-get could not install:$missing"
    fi
}
