#!/usr/bin/env bash
# Speed and memory of the Java kernel (see environment/measure.py --help): sets up what is missing, then
#   bash environment/measure.sh [--only 06 09] [--repeat 3] [--variant LABEL=OPTIONS] [--kernel NAME@DIR]
# Takes about 10 minutes for every notebook and the suite, median of 3; best on an otherwise idle machine.
set -euo pipefail
SCRIPT=measure
. "$(dirname "$0")/common.sh"
bash "$ENV_DIR/setup.sh" --no-browser
find_jdk
use_venv
exec "$PYTHON" "$ENV_DIR/measure.py" "$@"
