#!/usr/bin/env bash
# Sets up what is missing (setup.sh; the build is left to Maven), then runs the whole test suite:
# `./mvnw -B verify` from the root, i.e. the library's unit tests and every notebook executed through
# the kernel, the browser tests and the hand-in. Extra arguments go to Maven.
# The JDK is $JAVA_HOME's, else the java on PATH; the notebooks' kernel runs on the same JDK.
set -euo pipefail
SCRIPT="test"
. "$(dirname "$0")/common.sh"

bash "$ENV_DIR/setup.sh" --no-build
find_jdk
use_venv
cd "$ROOT"
say "./mvnw -B verify $* (Java $JAVA_MAJOR)"
exec ./mvnw -B verify "$@"
