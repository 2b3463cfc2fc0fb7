"""launch.run_tool: options, embedded sandbox, screenshots, excepthook."""

from __future__ import annotations

import os
import subprocess
import sys

from PyQt5.QtGui import QImage
from PyQt5.QtWidgets import QApplication

from qubesmanager import launch

from test_manager_fixtures import top_level


def test_common_options():
    parser = launch.make_parser("x", lambda p: p.add_argument("--extra"))
    args = parser.parse_args(["--sandbox", "--screenshot", "a.png"])
    assert args.sandbox == "" and args.screenshot == "a.png"
    args = parser.parse_args(["--sandbox", "/tmp/dir", "--extra", "1"])
    assert args.sandbox == "/tmp/dir" and args.extra == "1"
    args = parser.parse_args(["--socket", "/run/s.sock"])
    assert args.socket == "/run/s.sock" and args.sandbox is None


def _run_manager(*options, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "qubesmanager.manager.app", *options],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_screenshot_with_embedded_sandbox(tmp_path):
    """--sandbox DIR starts a demo system there; --screenshot renders the
    populated window and exits."""
    shot = tmp_path / "shot.png"
    state = tmp_path / "state"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    result = _run_manager("--sandbox", str(state), "--screenshot", str(shot),
                          cwd=root)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800
    # The system persists in DIR: a second run reuses it.
    assert (state / "qubes.xml").exists()


def test_screenshot_against_socket(sandbox, tmp_path):
    shot = tmp_path / "socket.png"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    result = _run_manager("--socket", sandbox.socket, "--screenshot",
                          str(shot), cwd=root)
    assert result.returncode == 0, result.stderr[-2000:]
    assert not QImage(str(shot)).isNull()


def test_bad_socket_fails_cleanly(tmp_path):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    result = _run_manager("--socket", str(tmp_path / "missing.sock"),
                          "--screenshot", str(tmp_path / "x.png"), cwd=root)
    assert result.returncode != 0
    assert "cannot connect" in result.stderr and "missing.sock" in result.stderr
    assert "Traceback" not in result.stderr


def test_excepthook_shows_dialog_and_keeps_running(qtbot, qapp):
    old = sys.excepthook
    try:
        launch.install_excepthook(qapp)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: top_level("bug-dialog") is not None)
        box = top_level("bug-dialog")
        assert "boom in a slot" in box.informativeText()
        assert "RuntimeError" in box.detailedText()
        box.close()
        assert QApplication.instance() is qapp
    finally:
        sys.excepthook = old
