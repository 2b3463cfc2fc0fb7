#!/usr/bin/env bash
# Install everything the project needs on a fresh Debian 12 / Python 3.11
# machine with no display: the Debian libraries Qt needs to run offscreen
# (only those missing, via apt-get) and the Python packages (editable
# install with the test extras).
#
# Run it, or source it (scripts/test.sh and scripts/demo.sh do): it then
# leaves the Python interpreter to use in $PY.  That is python3 itself, or,
# when python3 is Debian's "externally managed" system interpreter (PEP
# 668), a virtual environment in .venv/ next to this checkout.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DEBS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core libxcb-xinerama0 \
libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-cursor0"

PY=${PYTHON:-python3}
externally_managed() {
  "$1" - <<'EOF'
import os, sys, sysconfig
in_venv = sys.prefix != sys.base_prefix
marker = os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")
sys.exit(0 if (not in_venv and os.path.exists(marker)) else 1)
EOF
}
if ! command -v "$PY" >/dev/null; then
  DEBS="$DEBS python3"
  PY=python3
elif externally_managed "$PY"; then
  DEBS="$DEBS python3-venv python3-pip"
elif ! "$PY" -m pip --version >/dev/null 2>&1; then
  DEBS="$DEBS python3-pip"
fi

missing=""
if command -v dpkg-query >/dev/null; then
  for p in $DEBS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" \
      || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing Debian packages:$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

if externally_managed "$PY"; then
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  PY="$PWD/.venv/bin/python"
fi

"$PY" -m pip install -q --disable-pip-version-check --root-user-action=ignore \
  -e ".[test]"
export PY
