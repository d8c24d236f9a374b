#!/usr/bin/env bash
# Makes what a teacher hands out to students: OUT/backprop-notebooks/ and OUT/backprop-notebooks.zip
# (OUT default handout/), which a student unpacks and starts with Python 3.11.5+ and a JDK 17+ only
# (no Maven, no clone of this repository): `python3 start.py` (see environment/handout/README.md).
#   handout.sh [OUT]                     the STUDENT EDITION of notebooks/: nbgrader generate_assignment on a
#                                        temporary course folder (solutions replaced by the "not done yet"
#                                        stub, answer cells emptied, hidden tests and outputs removed)
#   handout.sh --notebooks DIR [OUT]     DIR's notebooks as they are (notebooks/ for the teacher's edition, or
#                                        the release folder of a course of your own, release/ASSIGNMENT)
# Inside: notebooks/, lib/target/jars/ (the helper jar and its dependencies, where the notebooks'
# %classpath looks: ../lib/target/jars), lib/src/main/java/ (the library's source, which the lessons
# quote), requirements.txt, kernel/ (the Run-All-stops-at-an-error kernel, compiled here, and its
# source), tools/ (the offline hand-in), start.py and README.md.
set -euo pipefail
SCRIPT=handout
. "$(dirname "$0")/common.sh"

source_dir=""
out="$ROOT/handout"
while [ $# -gt 0 ]; do
    case $1 in
        --notebooks) [ $# -ge 2 ] || die "--notebooks needs a folder"; source_dir=$2; shift ;;
        --notebooks=*) source_dir=${1#--notebooks=} ;;
        -h | --help) sed -n '2,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
        -*) die "unknown option '$1' (try --help)" ;;
        *) out=$1 ;;
    esac
    shift
done
if [ -n "$source_dir" ]; then
    [ -d "$source_dir" ] || die "no notebook folder $source_dir"
    ls "$source_dir"/*.ipynb >/dev/null 2>&1 || die "no notebooks (*.ipynb) in $source_dir"
fi

bash "$ENV_DIR/setup.sh" --no-browser
find_jdk
use_venv
. "$ENV_DIR/kernel.sh"
kernel_jar="$(kernel_dir)/backprop-kernel.jar"
jars="$ROOT/lib/target/jars"
[ -f "$kernel_jar" ] || die "no $kernel_jar: setup.sh should have compiled it"
if [ ! -f "$jars/backprop-lib.jar" ] || [ ! -d "$jars/deps" ]; then die "no helper jar in $jars: setup.sh should have built it"; fi

mkdir -p "$out"
out=$(cd "$out" && pwd)

# The student edition: notebooks/ as the source of one nbgrader assignment in a temporary course folder,
# released with the course's own configuration (environment/nbgrader_config.py: the Java stub).
edition="$source_dir's notebooks as they are"
if [ -z "$source_dir" ]; then
    course=$(mktemp -d "${TMPDIR:-/tmp}/backprop-course.XXXXXX")
    trap 'rm -rf "$course"' EXIT
    mkdir -p "$course/source/backprop"
    cp "$ENV_DIR/nbgrader_config.py" "$course/"
    cp "$ROOT"/notebooks/*.ipynb "$course/source/backprop/"
    say "making the student edition: nbgrader generate_assignment (log: environment/.cache/logs/nbgrader.log)"
    mkdir -p "$CACHE/logs"
    if ! (cd "$course" && nbgrader generate_assignment backprop) >"$CACHE/logs/nbgrader.log" 2>&1 \
            || grep -q "| ERROR\]" "$CACHE/logs/nbgrader.log"; then
        tail -n 20 "$CACHE/logs/nbgrader.log" >&2
        die "nbgrader could not make the student edition of notebooks/"
    fi
    source_dir="$course/release/backprop"
    [ "$(find "$source_dir" -maxdepth 1 -name '*.ipynb' | wc -l)" -eq \
            "$(find "$ROOT/notebooks" -maxdepth 1 -name '*.ipynb' | wc -l)" ] \
        || die "nbgrader released fewer notebooks than notebooks/ holds (see $CACHE/logs/nbgrader.log)"
    edition="the student edition of notebooks/"
fi
bundle="$out/backprop-notebooks"
rm -rf "$bundle" "$out/backprop-notebooks.zip"
mkdir -p "$bundle/notebooks" "$bundle/lib/target/jars/deps" "$bundle/lib/src/main" "$bundle/kernel/src" "$bundle/tools"
cp "$source_dir"/*.ipynb "$bundle/notebooks/"
cp "$jars/backprop-lib.jar" "$bundle/lib/target/jars/"
cp "$jars"/deps/*.jar "$bundle/lib/target/jars/deps/"
cp -R "$ROOT/lib/src/main/java" "$bundle/lib/src/main/"
cp "$ENV_DIR/requirements.txt" "$bundle/requirements.txt"
cp "$kernel_jar" "$bundle/kernel/backprop-kernel.jar"
cp "$ENV_DIR/kernel/jvm-options.txt" "$bundle/kernel/jvm-options.txt"
cp "$ENV_DIR/lab-settings.json" "$bundle/tools/lab-settings.json"
(cd "$ENV_DIR/kernel" && find . -name '*.java' -exec cp --parents {} "$bundle/kernel/src/" \;)
cp "$ENV_DIR/execute.py" "$ENV_DIR/handin.py" "$ENV_DIR/handin-index.py" "$bundle/tools/"
cp "$ENV_DIR/handout/start.py" "$ENV_DIR/handout/README.md" "$bundle/"

# The zip: sorted entries, a fixed date, so the same inputs give the same file.
"$PYTHON" - "$bundle" "$out/backprop-notebooks.zip" <<'PY'
import os, sys, zipfile
bundle, target = sys.argv[1], sys.argv[2]
base = os.path.dirname(bundle)
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for folder, dirs, files in os.walk(bundle):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            info = zipfile.ZipInfo(os.path.relpath(path, base).replace(os.sep, "/"), (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o755 if os.access(path, os.X_OK) else 0o644) << 16
            with open(path, "rb") as f:
                z.writestr(info, f.read())
PY
say "hand-out ready: $out/backprop-notebooks.zip ($(du -h "$out/backprop-notebooks.zip" | cut -f1)) and the same in $bundle/"
say "  $(find "$bundle/notebooks" -maxdepth 1 -name '*.ipynb' | wc -l | tr -d ' ') notebooks: $edition; a student runs: python3 start.py"
