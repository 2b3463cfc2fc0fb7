#!/usr/bin/env bash
# Install everything, then run the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
exec python3 -m pytest "$@"
