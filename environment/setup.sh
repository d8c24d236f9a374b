#!/usr/bin/env bash
# Sets up everything the notebooks need, installing only what is missing: checks the JDK, makes the
# project's Python environment (.venv: JupyterLab, Notebook, JJava, nbclient) from requirements.txt,
# installs the Java kernel into it, and builds the helper jar; on Debian also fonts for the charts and
# Chromium for the browser test. Safe to run again.
#   --no-build     skip the helper jar (test.sh lets Maven build it)
#   --no-browser   skip Chromium and ChromeDriver (notebooks.sh: only the tests use them)
set -euo pipefail
SCRIPT=setup
. "$(dirname "$0")/common.sh"
. "$ENV_DIR/venv.sh"
. "$ENV_DIR/kernel.sh"
. "$ENV_DIR/browser.sh"

build=yes
browser=yes
for arg in "$@"; do
    case $arg in
        --no-build) build=no ;;
        --no-browser) browser=no ;;
        -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die "unknown option '$arg' (try --help)" ;;
    esac
done

mkdir -p "$CACHE"
find_jdk
say "JDK: Java $JAVA_MAJOR at $JAVA_HOME"
ensure_venv
ensure_lab_settings
use_venv
ensure_kernel
# Charts are drawn by Java's 2D graphics, which needs fontconfig and at least one font.
if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
    apt_install_missing fontconfig fonts-dejavu-core
fi
[ "$browser" = no ] || ensure_browser

# Rebuilt only when a pom or a main source is newer than the jar: the notebooks' %classpath and the tests
# both use this jar.
if [ "$build" = yes ]; then
    jar="$ROOT/lib/target/jars/backprop-lib.jar"
    if [ -f "$jar" ] && [ -z "$(find "$ROOT/pom.xml" "$ROOT/lib/pom.xml" "$ROOT/lib/src/main" -newer "$jar" -print | head -n 1)" ]; then
        say "helper jar: up to date ($jar)"
    else
        say "helper jar: building (./mvnw -q -B -DskipTests package)"
        run_mvn -DskipTests package -pl lib -am || die "the build failed; Maven's messages are above."
        say "helper jar: built ($jar)"
    fi
fi
say "ready."
