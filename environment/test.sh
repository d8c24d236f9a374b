#!/usr/bin/env bash
# Sets up what is missing (setup.sh; the build is left to Maven), then runs the whole test suite:
# `mvn -B verify` from the root, i.e. the library's unit tests and every notebook executed through
# the kernel (lib/src/test/java/backprop/notebook/NotebooksIT.java). Extra arguments go to Maven.
set -euo pipefail
SCRIPT=test
. "$(dirname "$0")/common.sh"

bash "$ENV_DIR/setup.sh" --no-build
find_jupyter || die "no usable Jupyter after setup"
find_jdk
# The notebook tests start the same Jupyter, and Maven the same JDK, that setup.sh checked.
export JUPYTER
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$JAVA_BIN")")}
cd "$ROOT"
say "mvn -B verify $*"
exec mvn -B verify "$@"
