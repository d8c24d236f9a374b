#!/usr/bin/env bash
# Load test (see environment/loadtest.py --help): sets up what is missing, then one Jupyter server on
# 127.0.0.1 and N students at once, then their abandoned kernels culled. Not part of test.sh (minutes).
#   bash environment/loadtest.sh [--sessions 20] [--ramp 20] [--timeout 900] [--cull-idle 30] [--json FILE]
set -euo pipefail
SCRIPT=loadtest
. "$(dirname "$0")/common.sh"
bash "$ENV_DIR/setup.sh" --no-browser
find_jdk
use_venv
exec "$PYTHON" "$ENV_DIR/loadtest.py" "$@"
