#!/usr/bin/env bash
# Refresh the Qt Linguist catalogues in i18n/ from the sources (every
# self.tr()/QCoreApplication.translate() string in qubesmanager/ and every
# string of the Designer forms in ui/), keeping existing translations.
# Then translate the entries marked "unfinished" (Qt Linguist or by hand);
# `python -m qubesmanager.i18n_build` compiles them for a checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/update_translations.py
