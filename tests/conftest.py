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


@pytest.fixture(scope="module")
def sb(tmp_path_factory):
    """A demo sandbox shared by one test module (tests leave it usable)."""
    sandbox = start_sandbox(tmp_path_factory.mktemp("module") / "state",
                            demo=True, time_scale=0)
    yield sandbox
    sandbox.stop()


@pytest.fixture(scope="module")
def other(sb):
    """A second client of the module's sandbox (changes "from elsewhere")."""
    from qubesmanager.admin import connect
    return connect(sb.socket)


@pytest.fixture
def sandbox(tmp_path):
    """A running demo sandbox; ``.socket`` is its path, ``.restart()``, ``.kill()``."""
    sb = start_sandbox(tmp_path / "state", demo=True, time_scale=0)
    yield sb
    sb.stop()


def _settings_dir(path) -> None:
    """Point every QSettings of the user scope at ``path``.

    ``QSettings(org, app)`` uses the *native* format, which on Unix is
    stored like the INI one but has its own path entry: setting only the
    IniFormat path left the code writing to ~/.config (read once, from
    XDG_CONFIG_HOME, at the first use).  Both entries are set, and Qt
    looks them up on every construction, so a new path takes effect at
    once.
    """
    from PyQt5.QtCore import QSettings
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, str(path))


@pytest.fixture(scope="session", autouse=True)
def _session_settings(tmp_path_factory):
    """No test reads or writes the real user's settings."""
    _settings_dir(tmp_path_factory.mktemp("session-config"))


@pytest.fixture
def qsettings(tmp_path, monkeypatch, tmp_path_factory):
    """Empty settings of the test's own (QSettings and other XDG state)."""
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    _settings_dir(config)
    yield config
    # Later tests without the fixture must not see this test's values.
    _settings_dir(tmp_path_factory.mktemp("after-config"))
