#!/usr/bin/env bash
# Install everything, then run the Qube Manager on an embedded demo sandbox.
# With no display it renders the window to a PNG and says where.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  out="${1:-$PWD/qube-manager-demo.png}"
  QT_QPA_PLATFORM=offscreen python3 -m qubesmanager.manager.app --sandbox --screenshot "$out"
  echo "No display: screenshot of the Qube Manager written to $out"
else
  exec python3 -m qubesmanager.manager.app --sandbox
fi
