"""``qubes-vm-settings`` / ``qubes-vm-create`` / ``qubes-vm-clone`` start
up for real (embedded sandbox, offscreen, --screenshot exits)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("module,args", [
    ("qubesmanager.settings.app", ["work", "--tab", "firewall"]),
    ("qubesmanager.dialogs.create", []),
    ("qubesmanager.dialogs.clone", ["work"]),
])
def test_tool_starts_and_renders(tmp_path, module, args):
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", module, "--sandbox", str(tmp_path / "state"),
         "--screenshot", str(shot), *args],
        env=env, capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.stat().st_size > 5000


def test_tab_choice_is_validated():
    proc = subprocess.run([sys.executable, "-m", "qubesmanager.settings.app", "work",
                           "--tab", "bogus"], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 2 and "invalid choice" in proc.stderr
