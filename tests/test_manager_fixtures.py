"""Helpers shared by the mirror and manager tests (no tests in here).

Everything runs against a real sandbox over its socket: a second client
(``other``) plays "another program" (qvm-* tools, another manager).
"""

from __future__ import annotations

import argparse
import time

from PyQt5.QtWidgets import QApplication

from qubesmanager.admin import connect
from qubesmanager.launch import Context
from qubesmanager.mirror import Mirror


def pump_until(predicate, timeout: float = 15.0) -> bool:
    """Process Qt events until ``predicate()`` holds (module fixtures have
    no qtbot)."""
    deadline = time.monotonic() + timeout
    app = QApplication.instance()
    while time.monotonic() < deadline:
        app.processEvents()
        if predicate():
            return True
        time.sleep(0.005)
    return predicate()


def started_mirror(socket: str, **kwargs) -> Mirror:
    """A mirror on ``socket``, started and fully loaded."""
    mirror = Mirror(connect(socket), **kwargs)
    mirror.start()
    assert pump_until(lambda: mirror.is_loaded, 30), "mirror did not load"
    return mirror


def make_context(sandbox, mirror) -> Context:
    args = argparse.Namespace(socket=sandbox.socket, sandbox=None,
                              screenshot=None)
    return Context(app=mirror.app, mirror=mirror, args=args, sandbox=sandbox,
                   simulated=True)


def call(client, dest: str, method: str, arg=None, payload=None) -> str:
    """A raw call from the second client."""
    if isinstance(payload, str):
        payload = payload.encode()
    return client.qubesd_call(dest, method, arg, payload).decode()


def top_level(name: str):
    """The visible top-level widget with this accessible name, or None."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.accessibleName() == name:
            return widget
    return None
