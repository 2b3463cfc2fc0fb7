"""Icons: every SVG loads at 16/32/64 px, tints follow labels and palettes."""

import xml.etree.ElementTree as ET

from pathlib import Path

import pytest
from PyQt5.QtCore import QSize
from PyQt5.QtGui import QColor, QGuiApplication, QIcon, QPalette

from qubesmanager.common import states
from qubesmanager.common.labels import DEFAULT_LABELS
from qubesmanager.widgets import icons

SIZES = (16, 32, 64)


def _all_icons():
    out = [("action", name, icons.action_icon(name)) for name in icons.ACTIONS]
    out += [("state", s, icons.state_icon(s)) for s in icons.STATE_ICONS]
    out += [("badge", b, icons.badge_icon(b)) for b in icons.BADGES]
    out += [("class", k, icons.class_icon(k, 0xCC0000))
            for k in icons.CLASS_ICONS]
    out += [("class-neutral", k, icons.class_icon(k)) for k in icons.CLASS_ICONS]
    out += [("label", n, icons.label_icon(c)) for _, n, c in DEFAULT_LABELS]
    out.append(("app", "app", icons.app_icon()))
    return out


def _opaque_pixels(image):
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if QColor.fromRgba(image.pixel(x, y)).alpha() > 0)


def _image(icon, size, mode=QIcon.Normal):
    return icon.pixmap(QSize(size, size), mode).toImage()


@pytest.fixture
def palette(qapp):
    """Restore the application palette after a test changes it."""
    saved = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(saved)


def test_every_icon_renders_at_every_size(qapp):
    for kind, name, icon in _all_icons():
        assert not icon.isNull(), (kind, name)
        for size in SIZES:
            image = _image(icon, size)
            assert (image.width(), image.height()) == (size, size), (kind, name)
            # something visible, and not a filled square
            opaque = _opaque_pixels(image)
            assert 0 < opaque < size * size, (kind, name, size, opaque)


def test_every_svg_is_ours_and_inert():
    """Plain SVG: parses, no scripts, no external references, our own comment."""
    files = sorted(Path(icons.icons_dir()).glob("*.svg"))
    assert len(files) >= 60
    for path in files:
        text = path.read_text()
        root = ET.fromstring(text)
        assert root.tag.endswith("svg"), path
        assert "<script" not in text and "href" not in text, path
        assert "qubesmanager" in text or "Qube Manager" in text, path


def test_every_mapped_file_exists():
    stems = (list(icons.STATE_ICONS.values()) + list(icons.CLASS_ICONS.values())
             + [f"action-{a}" for a in icons.ACTIONS]
             + [f"badge-{b}" for b in icons.BADGES] + ["label", "qubes-manager"])
    for stem in stems:
        assert Path(icons.icon_path(stem)).is_file(), stem
    for state in states.ALL:
        assert state in icons.STATE_ICONS


def test_class_icons_differ_by_label(qapp):
    for klass in icons.CLASS_ICONS:
        images = [_image(icons.class_icon(klass, colour), 32)
                  for _, _, colour in DEFAULT_LABELS]
        distinct = {bytes(img.constBits().asstring(img.sizeInBytes()))
                    for img in images}
        assert len(distinct) == len(DEFAULT_LABELS), klass


def test_label_icon_shows_the_label_colour(qapp):
    image = _image(icons.label_icon(0x73D216), 32)
    centre = QColor(image.pixel(16, 16))
    assert (centre.red(), centre.green(), centre.blue()) == (0x73, 0xD2, 0x16)
    same = _image(icons.label_icon("0x73d216"), 32)
    assert same == image


def test_line_icons_follow_the_palette_text_colour(palette):
    """currentColor becomes the text colour: dark on light, light on dark."""
    for text, window in (("#101010", "#f0f0f0"), ("#f0f0f0", "#202020")):
        pal = QPalette()
        pal.setColor(QPalette.WindowText, QColor(text))
        pal.setColor(QPalette.Window, QColor(window))
        QGuiApplication.setPalette(pal)
        image = _image(icons.action_icon("pause"), 64)
        # the pause bars' outline runs through x=6*64/24=16, y=32
        strongest = max((QColor.fromRgba(image.pixel(x, 32))
                         for x in range(14, 19)), key=lambda c: c.alpha())
        assert strongest.alpha() > 200
        assert strongest.name() == text


def test_selected_mode_uses_highlighted_text(palette):
    pal = QPalette()
    pal.setColor(QPalette.WindowText, QColor("#000000"))
    pal.setColor(QPalette.HighlightedText, QColor("#ffffff"))
    QGuiApplication.setPalette(pal)
    normal = _image(icons.action_icon("start"), 32, QIcon.Normal)
    selected = _image(icons.action_icon("start"), 32, QIcon.Selected)
    assert normal != selected


def test_badges_change_the_state_icon(qapp):
    plain = _image(icons.state_icon(states.RUNNING), 32)
    outdated = _image(icons.state_icon(states.RUNNING, outdated=True), 32)
    updates = _image(icons.state_icon(states.HALTED, updates=True), 32)
    assert plain != outdated
    assert _image(icons.state_icon(states.HALTED), 32) != updates
    # badge names are accepted, unknown ones are ignored (plain icon)
    eol = _image(icons.state_icon(states.HALTED, outdated="eol"), 32)
    assert eol != _image(icons.state_icon(states.HALTED), 32)
    bogus = _image(icons.state_icon(states.RUNNING, outdated="bogus"), 32)
    assert bogus == plain


def test_icons_are_cached_and_unknown_names_are_harmless(qapp):
    assert icons.action_icon("start").cacheKey() == \
        icons.action_icon("start").cacheKey()
    assert icons.action_icon("unpause").cacheKey() == \
        icons.action_icon("resume").cacheKey()
    assert icons.action_icon("no-such-action").isNull()
    assert not icons.class_icon("FutureVM", 0x3465A4).isNull()
    assert not icons.state_icon("Weird").isNull()


def test_hidpi_pixmaps_are_rendered_at_full_resolution(qapp):
    """Asked for 128 px (64 px at 2x) the engine draws 128 px, not a scaled 64."""
    image = _image(icons.class_icon("AppVM", 0x3465A4), 128)
    assert (image.width(), image.height()) == (128, 128)
    small = _image(icons.class_icon("AppVM", 0x3465A4), 64)
    assert _opaque_pixels(image) > 3 * _opaque_pixels(small)


def test_class_key_picks_pseudo_classes():
    assert icons.class_key("AppVM", template_for_dispvms=True) == "DispVMTemplate"
    assert icons.class_key("AppVM", provides_network=True) == "ServiceVM"
    assert icons.class_key("TemplateVM", provides_network=True) == "TemplateVM"
    assert icons.class_key("DispVM") == "DispVM"


def test_icons_render_at_device_pixel_ratio_2(tmp_path):
    """On a 2x screen a 16 px icon is drawn with 32 device pixels."""
    import os
    import subprocess
    import sys
    code = """
from PyQt5.QtCore import QSize, Qt, QCoreApplication
QCoreApplication.setAttribute(Qt.AA_EnableHighDpiScaling)
from PyQt5.QtWidgets import QApplication
app = QApplication([])
from qubesmanager.widgets import icons
pm = icons.class_icon("AppVM", 0xCC0000).pixmap(QSize(16, 16))
print(app.devicePixelRatio(), pm.width(), pm.devicePixelRatio())
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, env=env, check=True).stdout.split()
    assert [float(v) for v in out] == [2.0, 32.0, 2.0]
