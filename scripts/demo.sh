#!/usr/bin/env bash
# Install everything, then run the Qube Manager on an embedded demo sandbox
# (a simulated qubesd with a believable demo system; nothing touches a real
# Qubes).  With no display it renders the window to a PNG and says where:
# `bash scripts/demo.sh [OUTPUT.png]`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh          # sets $PY
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  out="$(realpath -m "${1:-qube-manager-demo.png}")"
  QT_QPA_PLATFORM=offscreen "$PY" -m qubesmanager.manager.app --sandbox --screenshot "$out"
  echo "No display: screenshot of the Qube Manager written to $out"
else
  exec "$PY" -m qubesmanager.manager.app --sandbox
fi
