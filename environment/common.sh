# Shared by the scripts in environment/ (sourced, not run): paths, messages, and the checks that
# find a JDK and a Jupyter. Written for bash 3.2 too, the bash macOS ships.

ENV_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$ENV_DIR")
CACHE="$ENV_DIR/.cache"
KERNEL_NAME=rapaio-jupyter-kernel
SCRIPT=${SCRIPT:-$(basename "$0" .sh)}

# Debian's Python 3.11 Jupyter otherwise prints a debugger warning on every start.
export PYDEVD_DISABLE_FILE_VALIDATION=1

say() { printf '[%s] %s\n' "$SCRIPT" "$*"; }
die() { printf '[%s] ERROR: %s\n' "$SCRIPT" "$*" >&2; exit 1; }

# Maven, quiet, from the project root. Debian's Maven 3.8.7 writes colour resets even with -B;
# they are stripped so that the messages stay readable in logs.
run_mvn() {
    (cd "$ROOT" && mvn -q -B "$@") 2>&1 | sed $'s/\033\\[[0-9;]*m//g'
}

# The kernel version is a property of the root pom, so Maven and these scripts never disagree.
kernel_version() {
    sed -n 's:.*<kernel.version>\(.*\)</kernel.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1
}

# Sets JAVA_BIN to a JDK >= 17 (JAVA_HOME first, then PATH). The kernel runs JShell inside its own
# JVM, so a JRE is not enough: jdk.jshell and javac must be there.
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
    [ "${major:-0}" -ge 17 ] 2>/dev/null || die "$java is Java ${version:-of unknown version}; the kernel needs 17 or newer. Set JAVA_HOME to a newer JDK."
    case "$("$java" --list-modules 2>/dev/null)" in
        *jdk.jshell@*) ;;
        *) die "$java has no JShell (a JRE, not a JDK); install a full JDK 17+ (Debian: openjdk-17-jdk)." ;;
    esac
    [ -x "$(dirname "$java")/javac" ] || die "no javac beside $java; install a full JDK 17+."
    JAVA_BIN=$java
    JAVA_MAJOR=$major
}

# Sets JUPYTER to a jupyter command that can list kernels and execute notebooks: $JUPYTER if given,
# then the one on PATH (a pip or conda JupyterLab), then Debian's.
find_jupyter() {
    local candidate
    for candidate in "${JUPYTER:-}" "$(command -v jupyter 2>/dev/null)" /usr/bin/jupyter; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        if "$candidate" nbconvert --version >/dev/null 2>&1 && "$candidate" kernelspec list >/dev/null 2>&1; then
            JUPYTER=$candidate
            export JUPYTER
            return 0
        fi
    done
    return 1
}

# Installs the Debian packages among "$@" that are not installed yet (sudo unless root).
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
