#!/usr/bin/env bash
# Install everything, then run the whole test suite offscreen.
# Extra arguments go to pytest (e.g. `bash scripts/test.sh tests/test_icons.py -x`).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh          # sets $PY
export QT_QPA_PLATFORM=offscreen
status=0
"$PY" -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then            # pytest: "no tests were collected"
  echo "test.sh: pytest collected no tests: treating that as a failure" >&2
  exit 1
fi
exit "$status"
