#!/usr/bin/env bash
# Sets up everything the notebooks need, installing only what is missing: checks the JDK, installs
# Jupyter (Debian packages) and the Java kernel, and builds the helper jar; on Debian also Chromium for the
# browser test. Safe to run again.
#   --no-build     skip the helper jar (test.sh lets `mvn verify` build it)
#   --no-browser   skip Chromium and ChromeDriver (notebooks.sh: only the tests use them)
set -euo pipefail
SCRIPT=setup
. "$(dirname "$0")/common.sh"
. "$ENV_DIR/jupyter.sh"
. "$ENV_DIR/kernel.sh"
. "$ENV_DIR/browser.sh"

build=yes
browser=yes
for arg in "$@"; do
    case $arg in
        --no-build) build=no ;;
        --no-browser) browser=no ;;
        -h | --help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die "unknown option '$arg' (try --help)" ;;
    esac
done

find_jdk
say "JDK: Java $JAVA_MAJOR at $JAVA_BIN"
if ! command -v mvn >/dev/null; then
    command -v apt-get >/dev/null || die "Maven is missing: install Apache Maven 3.8 or newer and run this again."
    apt_install_missing maven
fi
ensure_jupyter
ensure_kernel
[ "$browser" = no ] || ensure_browser

# Rebuilt only when a pom or a main source is newer than the jar: test.sh's `mvn verify` and the
# notebooks' `%jars ../lib/target/jars` both use this jar.
if [ "$build" = yes ]; then
    jar="$ROOT/lib/target/jars/backprop-lib.jar"
    if [ -f "$jar" ] && [ -z "$(find "$ROOT/pom.xml" "$ROOT/lib/pom.xml" "$ROOT/lib/src/main" -newer "$jar" -print | head -n 1)" ]; then
        say "helper jar: up to date ($jar)"
    else
        say "helper jar: building (mvn -q -B -DskipTests package)"
        run_mvn -DskipTests package || die "the build failed; Maven's messages are above."
        say "helper jar: built ($jar)"
    fi
fi
say "ready."
