"""The one place that maps power states, labels, qube classes and actions to icons.

Every icon is one of our SVGs in the top-level ``icons/`` folder (installed
inside the package as ``qubesmanager/icons``).  The SVGs carry placeholder
colours that are replaced when the icon is painted, so that one drawing
serves every theme and every label:

* ``currentColor`` -> the palette's text colour for the icon mode (window
  text normally, highlighted text in selected rows, the disabled text colour
  for disabled actions): line icons stay legible on light and dark themes.
* ``#ff00ff`` -> the qube's label colour (class icons, label swatches).
* ``#00ffff`` -> black or white, whichever reads on that label colour.
* ``#fffffe`` -> the palette's window colour (the ring that separates a
  badge from the state icon under it).

Icons are vector-rendered on demand by :class:`SvgIconEngine` at whatever
pixel size Qt asks for, so they stay crisp at any device pixel ratio
(this module turns on ``Qt.AA_UseHighDpiPixmaps``, without which Qt 5
asks icons for device-independent sizes only).  QIcons are cached
per name and colour; rendered pixmaps are cached per size, mode and palette
colour, so a palette change is picked up without clearing anything.
"""

from __future__ import annotations

import functools
import logging
import os

from PyQt5.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt
from PyQt5.QtGui import (QColor, QGuiApplication, QIcon, QIconEngine, QImage,
                         QPainter, QPalette, QPixmap)
from PyQt5.QtSvg import QSvgRenderer

from qubesmanager.common import states

log = logging.getLogger(__name__)

# Qt 5 reads this attribute at every QIcon.pixmap() call, so setting it
# here (even after the QApplication exists) makes icons render at the
# screen's device pixel ratio.
QCoreApplication.setAttribute(Qt.AA_UseHighDpiPixmaps, True)

LABEL_PLACEHOLDER = b"#ff00ff"
INK_PLACEHOLDER = b"#00ffff"
WINDOW_PLACEHOLDER = b"#fffffe"
TEXT_PLACEHOLDER = b"currentColor"

#: Power state (as qubesd reports it, plus the synthesised "Blocked" for a
#: halted qube with feature prohibit-start) -> icon file stem.
STATE_ICONS = {
    states.RUNNING: "state-running",
    states.TRANSIENT: "state-transient",
    states.HALTING: "state-halting",
    states.DYING: "state-halting",
    states.PAUSED: "state-paused",
    states.SUSPENDED: "state-suspended",
    states.HALTED: "state-halted",
    states.CRASHED: "state-crashed",
    states.UNKNOWN: "state-unknown",
    "Blocked": "state-blocked",
}

#: Small marks drawn over a state icon's bottom-right corner.
BADGES = ("outdated", "to-be-outdated", "updates", "skipped", "eol",
          "preloaded")

#: Qube classes (``klass`` from admin.vm.List) and the pseudo-classes the
#: views distinguish -> icon file stem.
CLASS_ICONS = {
    "AdminVM": "class-adminvm",
    "AppVM": "class-appvm",
    "TemplateVM": "class-templatevm",
    "StandaloneVM": "class-standalonevm",
    "DispVM": "class-dispvm",
    "DispVMTemplate": "class-dispvm-template",
    "ServiceVM": "class-servicevm",
    "RemoteVM": "class-remotevm",
}

#: Action names accepted by :func:`action_icon`.
ACTIONS = (
    "start", "pause", "resume", "shutdown", "restart", "kill", "settings",
    "create", "clone", "remove", "template", "netvm", "label", "backup",
    "restore", "logs", "terminal", "run", "firewall", "update",
    "global-settings", "template-manager", "about", "refresh", "exit",
    "apps", "devices", "notes", "search", "console", "files", "warning",
    "error", "info", "boot-from-device", "show-hidden", "hide",
    "dom0-terminal", "pause-all",
)
#: Other spellings views may use for the same action.
ACTION_ALIASES = {
    "unpause": "resume", "delete": "remove", "new": "create",
    "network": "netvm", "quit": "exit", "console-dom0": "dom0-terminal",
    "app-shortcuts": "apps", "qube-settings": "settings",
}

# Badge placement inside the icon square: bottom-right, a bit over half size.
_BADGE_RECT = (0.45, 0.45, 0.55, 0.55)
_FULL_RECT = (0.0, 0.0, 1.0, 1.0)


def icons_dir() -> str:
    """Folder holding the SVGs: inside the installed package, else the checkout's.

    Plain ``os.path`` (no pathlib): the tray applet loads this module and
    stays smaller without pathlib and what it imports.
    """
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # qubesmanager/
    for candidate in (os.path.join(here, "icons"),
                      os.path.join(os.path.dirname(here), "icons")):
        if os.path.isfile(os.path.join(candidate, "qubes-manager.svg")):
            return candidate
    env = os.environ.get("QUBESMANAGER_ICONS")
    if env:
        return env
    raise FileNotFoundError("qubesmanager icons not found next to "
                            f"{here} (neither installed nor a checkout)")


def icon_path(stem: str) -> str:
    """Path of one SVG by file stem (``"state-running"``)."""
    return os.path.join(icons_dir(), f"{stem}.svg")


@functools.lru_cache(maxsize=None)
def _svg(stem: str) -> bytes:
    with open(icon_path(stem), "rb") as svg:
        return svg.read()


def _hex(colour: QColor) -> bytes:
    return colour.name().encode()


def ink_for(colour: int) -> QColor:
    """Black or white, whichever contrasts better with ``colour`` (0xrrggbb)."""
    red, green, blue = (colour >> 16) & 255, (colour >> 8) & 255, colour & 255
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return QColor(Qt.black) if luminance > 150 else QColor(Qt.white)


def _palette_colours(mode: QIcon.Mode) -> tuple[QColor, QColor]:
    """(text, window) colours of the application palette for an icon mode."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Disabled:
        return (palette.color(QPalette.Disabled, QPalette.WindowText),
                palette.color(QPalette.Disabled, QPalette.Window))
    if mode == QIcon.Selected:
        return (palette.color(QPalette.Active, QPalette.HighlightedText),
                palette.color(QPalette.Active, QPalette.Highlight))
    return (palette.color(QPalette.Active, QPalette.WindowText),
            palette.color(QPalette.Active, QPalette.Window))


class SvgIconEngine(QIconEngine):
    """Paints one or more SVG layers, substituting the placeholder colours.

    ``layers`` is a tuple of ``(svg_bytes, (x, y, w, h))`` with the rectangle
    given as fractions of the icon square, so a badge can sit in a corner.
    ``label`` is the label colour (0xrrggbb) for class and label icons.
    """

    def __init__(self, layers, label: int | None = None):
        super().__init__()
        self._layers = tuple(layers)
        self._label = label
        self._pixmaps: dict[tuple, QPixmap] = {}

    def _substituted(self, data: bytes, text: QColor, window: QColor) -> bytes:
        data = data.replace(TEXT_PLACEHOLDER, _hex(text))
        data = data.replace(WINDOW_PLACEHOLDER, _hex(window))
        if self._label is not None:
            data = data.replace(LABEL_PLACEHOLDER,
                                b"#%06x" % (self._label & 0xFFFFFF))
            data = data.replace(INK_PLACEHOLDER, _hex(ink_for(self._label)))
        else:  # no label known: a neutral fill from the palette
            mid = QGuiApplication.palette().color(QPalette.Mid)
            data = data.replace(LABEL_PLACEHOLDER, _hex(mid))
            data = data.replace(INK_PLACEHOLDER, _hex(ink_for(mid.rgb())))
        return data

    def _render(self, painter: QPainter, rect: QRectF, mode) -> None:
        text, window = _palette_colours(mode)
        side = min(rect.width(), rect.height())
        left = rect.x() + (rect.width() - side) / 2
        top = rect.y() + (rect.height() - side) / 2
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        for data, (fx, fy, fw, fh) in self._layers:
            renderer = QSvgRenderer(
                QByteArray(self._substituted(data, text, window)))
            renderer.render(painter, QRectF(left + fx * side, top + fy * side,
                                            fw * side, fh * side))

    # QIconEngine interface -------------------------------------------------
    def paint(self, painter, rect, mode, state):  # noqa: D102 (Qt override)
        painter.save()
        self._render(painter, QRectF(rect), mode)
        painter.restore()

    def pixmap(self, size, mode, state):  # noqa: D102 (Qt override)
        text, window = _palette_colours(mode)
        key = (size.width(), size.height(), int(mode), text.rgba(),
               window.rgba())
        cached = self._pixmaps.get(key)
        if cached is not None:
            return QPixmap(cached)
        image = QImage(size, QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.transparent)
        if not size.isEmpty():
            painter = QPainter(image)
            self._render(painter, QRectF(0, 0, size.width(), size.height()),
                         mode)
            painter.end()
        pixmap = QPixmap.fromImage(image)
        if len(self._pixmaps) > 64:  # palette churn: do not grow forever
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return QPixmap(pixmap)

    def actualSize(self, size, mode, state):  # noqa: D102,N802 (Qt override)
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self):  # noqa: D102 (Qt override)
        return SvgIconEngine(self._layers, self._label)

    def key(self):  # noqa: D102 (Qt override)
        return "qubesmanager-svg"


def _make(layers, label: int | None = None) -> QIcon:
    return QIcon(SvgIconEngine(layers, label))


@functools.lru_cache(maxsize=None)
def _cached_icon(stems: tuple[str, ...], label: int | None) -> QIcon:
    layers = [(_svg(stems[0]), _FULL_RECT)]
    layers += [(_svg(stem), _BADGE_RECT) for stem in stems[1:]]
    return _make(layers, label)


def _badge_stem(flag, default: str) -> str | None:
    if not flag:
        return None
    name = flag if isinstance(flag, str) else default
    if name not in BADGES:
        log.warning("unknown badge %r", name)
        return None
    return f"badge-{name}"


def state_icon(state: str, outdated=False, updates=False) -> QIcon:
    """Icon for a power state, with optional badges.

    ``outdated`` is True for "restart to apply changes", or a badge name
    (``"to-be-outdated"``, ``"eol"``, ``"skipped"``, ``"preloaded"``);
    ``updates`` is True when updates are available (or a badge name).
    """
    stem = STATE_ICONS.get(state, "state-unknown")
    badges = [b for b in (_badge_stem(outdated, "outdated"),
                          _badge_stem(updates, "updates")) if b]
    # A second badge would cover the first: the restart hint wins, as the
    # update cannot be applied before the restart anyway.
    return _cached_icon((stem, *badges[:1]), None)


def badge_icon(name: str) -> QIcon:
    """A badge on its own (for legends, tooltips, list items)."""
    if name not in BADGES:
        log.warning("unknown badge %r", name)
        return QIcon()
    return _cached_icon((f"badge-{name}",), None)


def _colour(colour) -> int | None:
    if colour is None:
        return None
    if isinstance(colour, str):          # "0xcc0000" or "#cc0000"
        return int(colour.replace("#", "0x"), 16)
    if isinstance(colour, QColor):
        return colour.rgb() & 0xFFFFFF
    return int(colour) & 0xFFFFFF


def label_icon(colour) -> QIcon:
    """A rounded square swatch in a label colour (int 0xrrggbb or "0xrrggbb")."""
    return _cached_icon(("label",), _colour(colour))


def class_key(klass: str, template_for_dispvms: bool = False,
              provides_network: bool = False, servicevm: bool = False) -> str:
    """The pseudo-class a qube's icon shows, from facts the mirror holds."""
    if klass == "AppVM" and template_for_dispvms:
        return "DispVMTemplate"
    if klass in ("AppVM", "StandaloneVM") and (provides_network or servicevm):
        return "ServiceVM"
    return klass


def class_icon(klass: str, colour=None) -> QIcon:
    """Qube class icon tinted by the label colour (None: a neutral grey).

    ``klass`` is a qubesd class or a pseudo-class from :func:`class_key`.
    Unknown classes (a future qubesd) get the AppVM drawing.
    """
    stem = CLASS_ICONS.get(klass, "class-appvm")
    return _cached_icon((stem,), _colour(colour))


def action_icon(name: str) -> QIcon:
    """Icon for a menu/toolbar action; see :data:`ACTIONS`.

    An unknown name logs a warning and gives an empty icon, so a typo in a
    view costs a missing picture, not a crash.
    """
    name = ACTION_ALIASES.get(name, name)
    if name not in ACTIONS:
        log.warning("unknown action icon %r", name)
        return QIcon()
    return _cached_icon((f"action-{name}",), None)


def app_icon() -> QIcon:
    """The application icon (fixed colours, also installed for .desktop files)."""
    return _cached_icon(("qubes-manager",), None)


def clear_cache() -> None:
    """Forget cached icons and SVG text (tests; an icon folder swapped at run time)."""
    _cached_icon.cache_clear()
    _svg.cache_clear()
