"""Shared fixtures: every test talks to a real sandbox over a real socket.

``sandbox`` gives a fresh demo system (instant power transitions) on a
temporary socket and state dir.  Tests that need another shape start their
own with :func:`qubesmanager.sandbox.launcher.start_sandbox`.
"""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
os.environ.setdefault("LANG", "C.UTF-8")

from qubesmanager.sandbox.launcher import start_sandbox  # noqa: E402


@pytest.fixture
def sandbox(tmp_path):
    """A running demo sandbox; ``.socket`` is its path, ``.restart()``, ``.kill()``."""
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    yield sb
    sb.stop()


@pytest.fixture
def qsettings(tmp_path, monkeypatch):
    """Isolate QSettings (and other XDG state) in the test's tmp dir."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    from PyQt5.QtCore import QSettings
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope,
                      str(tmp_path / "config"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    return tmp_path / "config"
