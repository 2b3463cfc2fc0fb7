"""Common start-up of every GUI tool (docs/DESIGN.md "launch.py").

Parses ``--sandbox [DIR]``, ``--socket PATH`` and ``--screenshot FILE``,
creates the QApplication with translations and an excepthook that shows a
dialog instead of dying, runs a qasync loop, connects to qubesd (or to an
embedded demo sandbox), starts the shared Mirror and asks the tool's
``build(ctx)`` for its main widget.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import traceback
from typing import Callable

log = logging.getLogger(__name__)

#: Seconds a --screenshot waits for the background disk pass at most.
SCREENSHOT_DISK_WAIT = 60.0
#: Seconds a --screenshot waits for the initial load before giving up.
SCREENSHOT_LOAD_WAIT = 90.0


@dataclasses.dataclass
class Context:
    """What a tool's ``build`` gets: the client, the mirror, its options."""

    app: object
    mirror: object
    args: argparse.Namespace
    sandbox: object | None = None
    #: True on a sandbox: actions that would run programs inside a qube
    #: (terminal, run command, update) are simulated and must say so.
    simulated: bool = False
    qapp: object | None = None


def make_parser(description: str, add_arguments=None,
                prog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument(
        "--sandbox", nargs="?", const="", default=None, metavar="DIR",
        help="start an embedded demo sandbox (reusing the system kept in "
             "DIR if given) and open against it")
    parser.add_argument("--socket", metavar="PATH",
                        help="qubesd socket to use (default: the system's)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render the populated window to a PNG and exit")
    if add_arguments is not None:
        add_arguments(parser)
    return parser


def install_excepthook(qapp) -> None:
    """Unhandled exceptions in slots show a dialog; the app stays up."""
    def hook(exc_type, exc_value, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            qapp.quit()
            return
        log.error("unhandled exception:\n%s",
                  "".join(traceback.format_exception(exc_type, exc_value, tb)))
        try:
            from qubesmanager.widgets.errors import show_bug
            show_bug(qapp.activeWindow(), exc_type, exc_value, tb)
        except Exception:  # noqa: BLE001 - never recurse from the hook
            traceback.print_exc()
            traceback.print_exception(exc_type, exc_value, tb)
    sys.excepthook = hook


def install_translations(qapp) -> None:
    """Load our Qt translations when the i18n module is there."""
    try:
        from qubesmanager import i18n
    except ImportError:
        return
    for name in ("install", "install_translations", "install_translator"):
        fn = getattr(i18n, name, None)
        if callable(fn):
            try:
                fn(qapp)
            except Exception:  # noqa: BLE001 - untranslated beats not starting
                log.exception("installing translations failed")
            return


def _is_simulated(args, sandbox) -> bool:
    if sandbox is not None:
        return True
    # A --socket on a machine that is not Qubes can only be a sandbox.
    return bool(args.socket) and not os.path.exists("/etc/qubes-release")


def connect_for(args):
    """Connect as asked: (client, sandbox or None)."""
    from qubesmanager.admin import connect
    sandbox = None
    socket_path = args.socket
    if args.sandbox is not None:
        from qubesmanager.sandbox.launcher import start_sandbox
        state_dir = args.sandbox or None
        sandbox = start_sandbox(state_dir, demo=True, time_scale=1)
        socket_path = sandbox.socket
    if socket_path:
        if not os.path.exists(socket_path):
            raise FileNotFoundError(f"no qubesd socket at {socket_path}")
        return connect(socket_path), sandbox
    return connect(), sandbox


def take_screenshot(widget, path: str) -> bool:
    """Render ``widget`` (offscreen is fine) to a PNG; True on success."""
    from PyQt5.QtWidgets import QApplication
    QApplication.processEvents()
    pixmap = widget.grab()
    return pixmap.save(path, "PNG")


def _schedule_screenshot(ctx: Context, widget, path: str, qapp) -> None:
    """After the load and the disk pass (or a bounded wait), save and quit."""
    from PyQt5.QtCore import QTimer
    mirror = ctx.mirror
    state = {"done": False}

    def shoot() -> None:
        if state["done"]:
            return
        state["done"] = True
        # Let views apply the last signals before painting.
        QTimer.singleShot(300, lambda: finish())

    def finish() -> None:
        ok = take_screenshot(widget, path)
        print(f"screenshot {'saved to' if ok else 'FAILED for'} {path}")
        qapp.exit(0 if ok else 1)

    def after_load() -> None:
        if mirror.disk is None or mirror.disk.first_pass_seconds is not None:
            shoot()
            return
        mirror.disk_loaded.connect(shoot)
        QTimer.singleShot(int(SCREENSHOT_DISK_WAIT * 1000), shoot)

    def give_up() -> None:
        if not state["done"]:
            state["done"] = True
            take_screenshot(widget, path)
            print(f"screenshot: the system did not load in time; saved the "
                  f"window as it was to {path}", file=sys.stderr)
            qapp.exit(1)

    if mirror.is_loaded:
        after_load()
    else:
        mirror.loaded.connect(after_load)
    QTimer.singleShot(int(SCREENSHOT_LOAD_WAIT * 1000), give_up)


def no_gl_integration() -> None:
    """Tell Qt's X11 platform not to set up OpenGL.

    Our windows are plain widgets and never use OpenGL, but on X11 Qt
    initialises GLX at start-up, which loads the Mesa driver (and LLVM for
    software rendering): measured +52 MiB resident for a hello-world window
    under Xvfb.  ``QT_XCB_GL_INTEGRATION=none`` skips that; a value the
    user set is kept.  No effect on other platforms.
    """
    os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")


def run_tool(argv, build: Callable, description: str, add_arguments=None,
             *, name: str | None = None,
             mirror_options: dict | None = None,
             asyncio_loop: bool = True) -> int:
    """Start a tool: see the module docstring.  Returns the exit status.

    ``mirror_options`` go to the :class:`Mirror` (e.g. the tray's
    ``disk=False`` and its short list of properties).  ``asyncio_loop``
    False runs Qt's own event loop instead of qasync's, for a tool with no
    coroutines on the UI thread (the tray: half a MiB less, for weeks).
    """
    argv = list(sys.argv if argv is None else argv)
    prog = name or os.path.basename(argv[0] or "qubes-manager")
    args = make_parser(description, add_arguments, prog).parse_args(argv[1:])
    logging.basicConfig(level=os.environ.get("QUBESMANAGER_LOG", "WARNING"))
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    no_gl_integration()

    from PyQt5.QtWidgets import QApplication
    from qubesmanager.mirror import Mirror

    if QApplication.instance() is None:
        # Must precede the QApplication: scale layouts on HiDPI screens
        # (icons are vector and already render at the device pixel ratio).
        from PyQt5.QtCore import Qt
        QApplication.setAttribute(Qt.AA_EnableHighDpiScaling, True)
        QApplication.setAttribute(Qt.AA_UseHighDpiPixmaps, True)
    qapp = QApplication.instance() or QApplication(argv)
    from qubesmanager.widgets.icons import app_icon
    qapp.setWindowIcon(app_icon())
    qapp.setOrganizationName("qubes-os")
    qapp.setApplicationName(prog)
    if hasattr(qapp, "setDesktopFileName"):
        qapp.setDesktopFileName(prog)
    install_translations(qapp)
    install_excepthook(qapp)
    loop = None
    if asyncio_loop:
        import asyncio

        import qasync
        loop = qasync.QEventLoop(qapp)
        asyncio.set_event_loop(loop)

    try:
        client, sandbox = connect_for(args)
    except Exception as err:  # noqa: BLE001 - tell the user, do not trace
        from qubesmanager.widgets.errors import error_box
        print(f"{prog}: cannot connect to qubesd: {err}", file=sys.stderr)
        if not args.screenshot:
            error_box(None, QApplication.translate("launch", "Cannot connect"),
                      err).exec_()
        return 1

    mirror = Mirror(client, **(mirror_options or {}))
    if sandbox is not None:
        mirror.log_dir = os.path.join(str(sandbox.state_dir), "log", "qubes")
    ctx = Context(app=client, mirror=mirror, args=args, sandbox=sandbox,
                  simulated=_is_simulated(args, sandbox), qapp=qapp)
    status = 0
    try:
        widget = build(ctx)
        mirror.start()
        if widget is not None:
            widget.show()
            if args.screenshot:
                _schedule_screenshot(ctx, widget, args.screenshot, qapp)
        if loop is None:
            status = qapp.exec_()
        else:
            with loop:
                status = loop.run_forever() or 0
    finally:
        mirror.stop()
        if sandbox is not None:
            sandbox.stop()
    return int(status or 0)
