"""``qubes-domains-tray``: the domains tray applet.

With ``--screenshot FILE`` the menu is opened offscreen once the mirror has
loaded (and the first stats arrived, or a few seconds passed) and rendered
to a PNG; no system tray is needed for that.  Without a tray and without
``--screenshot`` a small window holds the menu and says why.
"""

from __future__ import annotations

import sys

from PyQt5.QtCore import QCoreApplication, QPoint, QTimer
from PyQt5.QtWidgets import QSystemTrayIcon

#: Longest wait for the first ``vm-stats`` round before a screenshot (ms).
STATS_WAIT_MS = 5000


def mirror_options() -> dict:
    """The tray's mirror: no disk-usage pass (it shows memory and CPU, not
    disk), only the properties and features the menu reads, no tags, and
    two loading threads (the applet runs for weeks; nobody waits on its
    start-up)."""
    from .entries import FEATURES, PROPERTIES
    return {"disk": False, "props": PROPERTIES, "features": FEATURES,
            "tags": False, "load_threads": 2}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DomainsTray", text)


def screenshot_menu(tray, path: str, qapp) -> None:
    """Open the menu offscreen after load + first stats, save it, quit."""
    from qubesmanager.launch import take_screenshot
    mirror = tray.mirror
    state = {"done": False}

    def shoot() -> None:
        if state["done"]:
            return
        state["done"] = True
        tray.sync()
        menu = tray.popup(QPoint(0, 0))
        QTimer.singleShot(300, lambda: finish(menu))

    def finish(menu) -> None:
        ok = take_screenshot(menu, path)
        print(f"screenshot {'saved to' if ok else 'FAILED for'} {path}")
        qapp.exit(0 if ok else 1)

    def after_load() -> None:
        dom0 = mirror.get("dom0")
        if dom0 is not None and dom0.stats:
            QTimer.singleShot(200, shoot)
            return
        mirror.stats_changed.connect(lambda _n: QTimer.singleShot(500, shoot))
        QTimer.singleShot(STATS_WAIT_MS, shoot)

    if getattr(mirror, "is_loaded", False):
        after_load()
    else:
        mirror.loaded.connect(after_load)


def build(ctx):
    """Create the applet; returns no widget (the tray icon is the window)."""
    from .applet import DomainsTray
    tray = DomainsTray(ctx.mirror, ctx)
    ctx.tray = tray  # keep it alive as long as the event loop runs
    if ctx.args.screenshot:
        screenshot_menu(tray, ctx.args.screenshot, ctx.qapp)
        return None
    if not QSystemTrayIcon.isSystemTrayAvailable():
        print(_tr("qubes-domains-tray: no system tray on this desktop; showing "
                  "the domains menu in a window instead (use --screenshot FILE "
                  "to render the menu to a PNG)."), file=sys.stderr)
    ctx.tray_window = tray.show()
    # Closing the fallback window must not end a tray applet with a tray.
    ctx.qapp.setQuitOnLastWindowClosed(ctx.tray_window is not None)
    return None


def skip_tls() -> None:
    """Keep the TLS library out of this long-running process.

    asyncio imports ``ssl`` when it can (about 4.5 MiB resident for
    libssl/libcrypto); the tray only ever talks over a Unix socket or
    qrexec, so it never needs TLS.  asyncio treats a missing ``ssl`` as
    "no TLS support".  Must run before anything imports asyncio.
    """
    if "ssl" not in sys.modules:
        sys.modules["ssl"] = None  # type: ignore[assignment]


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Cap glibc's per-thread malloc arenas for this long-running process.

    The mirror's worker threads would each get an arena of their own,
    which stays resident after the burst of work that created it; two
    arenas keep the applet's footprint small at no measurable cost for a
    process that mostly waits on events.  No-op where glibc is absent.
    """
    try:
        import ctypes
        libc = ctypes.CDLL("libc.so.6")
        m_arena_max = -8  # from glibc's malloc.h
        libc.mallopt(m_arena_max, arenas)
    except (OSError, AttributeError):
        pass


def main(argv=None) -> int:
    skip_tls()
    limit_malloc_arenas()
    from qubesmanager.launch import run_tool
    return run_tool(argv, build, "Qubes domains tray applet: running qubes, "
                                 "their memory and CPU, and quick actions",
                    name="qubes-domains-tray", mirror_options=mirror_options(),
                    asyncio_loop=False)


if __name__ == "__main__":
    sys.exit(main())
