#!/usr/bin/env bash
# Install everything the project needs on a fresh Debian 12 / Python 3.11
# machine with no display: the Debian libraries Qt needs to run offscreen
# (only when missing) and the Python packages (editable install).
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
libdbus-1-3 libglib2.0-0 fonts-dejavu-core libxcb-xinerama0 libxcb-icccm4 \
libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xfixes0 libxcb-cursor0 qttools5-dev-tools"
missing=""
for p in $DEBS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing Debian packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

python3 -m pip install -q --disable-pip-version-check -e ".[test]"
