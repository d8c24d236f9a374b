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

# The scripts students and CI run must stay shellcheck-clean: an unquoted expansion breaks on a path
# with a space, which no other test here would notice.
if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
    apt_install_missing shellcheck
fi
if command -v shellcheck >/dev/null; then
    say "shellcheck: the project's shell scripts"
    find "$ROOT/environment" "$ROOT/bench" "$ROOT/binder" "$ROOT/.ci" -type f \( -name '*.sh' -o -name run -o -name postBuild \) \
            -not -path '*/.cache/*' -not -path '*/target/*' -print0 | xargs -0 shellcheck -x \
        || die "shellcheck found the problems above in the project's shell scripts"
else
    say "shellcheck: not installed here (Debian: apt-get install shellcheck); the scripts were not checked"
fi
say "./mvnw -B verify $* (Java $JAVA_MAJOR)"
exec ./mvnw -B verify "$@"
