"""Accessibility and keyboard audit of every finished window.

One generic walker (:func:`unnamed_widgets`) goes through a window's widget
tree and lists each interactive widget a screen reader could not name: no
``accessibleName``, no buddy label, and (for buttons) no text.  It is
applied to the settings window (every tab), the qube dialogs, the template
manager, the global settings, the backup and restore wizards and the tray
menu.  Further checks: mnemonics are not used twice in one page, dialogs
close on Esc, and every enabled interactive widget can take keyboard focus.

One sandbox and mirror for the whole module (``env`` from
test_settings_support); nothing here writes to the daemon.
"""

from __future__ import annotations

import re
import types

import pytest
from PyQt5.QtCore import Qt
from PyQt5.QtWidgets import (QAbstractButton, QAbstractItemView,
                             QAbstractSlider, QAbstractSpinBox, QComboBox,
                             QDialog, QLabel, QLineEdit, QPlainTextEdit,
                             QScrollBar, QTabBar, QTextEdit, QWidget, QWizard)

from test_settings_support import open_settings, own, wait_tab

#: the module-scoped ``env`` fixture (sandbox + loaded mirror)
pytest_plugins = ("test_settings_support",)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QTextEdit, QPlainTextEdit, QAbstractSlider)
#: parts of composite widgets that the composite itself names for AT
INNER_OWNERS = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar,
                QLineEdit)  # a line edit's clear button: not in the Tab chain


def _is_inner(widget: QWidget, root: QWidget) -> bool:
    """A sub-widget Qt builds inside another control (a spin box's line
    edit, a tab bar's scroll arrows, an item view's editor)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INNER_OWNERS):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every interactive widget of ``root`` a user can reach, inner parts of
    composite controls and scroll bars left out."""
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QScrollBar):
            continue
        if _is_inner(w, root):
            continue
        found.append(w)
    return found


def buddies(root: QWidget) -> dict[int, QLabel]:
    """Widget id -> the label that names it (QLabel.setBuddy)."""
    out = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            out[id(buddy)] = label
    return out


def _has_name(widget: QWidget, named_by: dict[int, QLabel]) -> bool:
    if widget.accessibleName().strip():
        return True
    if id(widget) in named_by:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().replace("&", "").strip())
    return False


def _describe(widget: QWidget) -> str:
    return (f"{type(widget).__name__} objectName={widget.objectName()!r} "
            f"text={getattr(widget, 'text', lambda: '')()!r} "
            f"toolTip={widget.toolTip()!r}")


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` with no accessible name, no buddy
    label and (buttons) no text: what a screen reader would call "unlabelled"."""
    named_by = buddies(root)
    return [_describe(w) for w in interactive_widgets(root)
            if not _has_name(w, named_by)]


def unfocusable_widgets(root: QWidget) -> list[str]:
    """Enabled interactive widgets that Tab can never reach."""
    return [_describe(w) for w in interactive_widgets(root)
            if w.isEnabled() and not w.focusPolicy() & Qt.TabFocus
            and not isinstance(w, QAbstractButton)]


_MNEMONIC = re.compile(r"&([^&\s])")


def duplicate_mnemonics(page: QWidget, also=()) -> dict[str, list[str]]:
    """Alt+letter keys claimed by more than one visible-on-the-same-page
    label or button (the second one is unreachable by its letter).  ``also``:
    texts visible at the same time outside ``page`` (tab titles, the
    window's own buttons)."""
    seen: dict[str, list[str]] = {}
    texts = [w.text() for w in page.findChildren((QLabel, QAbstractButton))
             if not _is_inner(w, page) and w.isVisibleTo(page)]
    for text in texts + list(also):
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            seen.setdefault(match.group(1).lower(), []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


def window_texts(win: QWidget, tabs=None) -> list[str]:
    """Tab titles and dialog buttons: on screen whatever the page."""
    from PyQt5.QtWidgets import QDialogButtonBox
    out = [tabs.tabText(i) for i in range(tabs.count())] if tabs is not None else []
    for box in win.findChildren(QDialogButtonBox):
        out += [b.text() for b in box.buttons() if b.isVisibleTo(win)]
    return out


_ID_LIKE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")


def id_like_names(root: QWidget) -> list[str]:
    """Accessible names that are identifiers ("backup-progress"), which a
    screen reader would spell out instead of saying what the widget is."""
    return [_describe(w) + f" accessibleName={w.accessibleName()!r}"
            for w in [root] + root.findChildren(QWidget)
            if _ID_LIKE.match(w.accessibleName())]


def own_colours(root: QWidget) -> list[str]:
    """Widgets that bring their own colours (a style sheet or a palette of
    their own) instead of following the desktop theme: the dark-theme risk."""
    return [_describe(w) for w in [root] + root.findChildren(QWidget)
            if w.styleSheet() or w.testAttribute(Qt.WA_SetPalette)]


def assert_accessible(root: QWidget) -> None:
    colours = own_colours(root)
    assert not colours, "own colours:\n" + "\n".join(colours)
    missing = unnamed_widgets(root)
    assert not missing, "unnamed interactive widgets:\n" + "\n".join(missing)
    unreachable = unfocusable_widgets(root)
    assert not unreachable, "not reachable by Tab:\n" + "\n".join(unreachable)
    ids = id_like_names(root)
    assert not ids, "identifiers as accessible names:\n" + "\n".join(ids)


def clipped_labels(root: QWidget) -> list[str]:
    """Visible word-wrapped labels shorter than their text needs at their
    width: the end of the text (often the warning) is cut off."""
    return [f"{w.objectName()}: {w.text()[:60]!r} {w.height()} < "
            f"{w.heightForWidth(w.width())}"
            for w in root.findChildren(QLabel)
            if w.isVisible() and w.wordWrap() and w.text()
            and w.height() < w.heightForWidth(w.width())]


def assert_escape_closes(qtbot, dialog: QDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


# -- the walker itself --------------------------------------------------------------


def test_walker_finds_unnamed_widgets(qtbot):
    """The helper must flag what it is meant to flag, or every test below
    passes for nothing."""
    from PyQt5.QtWidgets import QFormLayout, QPushButton, QToolButton
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    named = QLineEdit()
    form.addRow("&Name:", named)           # addRow with text sets the buddy
    bare = QLineEdit()
    bare.setObjectName("bare")
    form.addRow(bare)
    icon_only = QToolButton()
    icon_only.setObjectName("icon_only")
    form.addRow(icon_only)
    form.addRow(QPushButton("&Go"))
    form.addRow(QPushButton("&Gone"))
    spin_named = QComboBox()
    spin_named.setAccessibleName("Kind")
    form.addRow(spin_named)
    assert not own_colours(root)
    icon_only.setStyleSheet("color: red")
    assert len(own_colours(root)) == 1
    icon_only.setStyleSheet("")
    icon_only.setAccessibleName("icon-only")
    assert len(id_like_names(root)) == 1
    icon_only.setAccessibleName("")
    missing = unnamed_widgets(root)
    assert len(missing) == 2
    assert any("'bare'" in m for m in missing)
    assert any("'icon_only'" in m for m in missing)
    assert set(duplicate_mnemonics(root)) == {"g"}
    assert set(duplicate_mnemonics(root, ["&Name tab"])) == {"g", "n"}


# -- settings window ----------------------------------------------------------------

SETTINGS_TABS = ("basic", "advanced", "firewall", "devices", "applications",
                 "services", "notes")


def test_settings_window_every_tab(env, qtbot):
    win = open_settings(env, qtbot, "work")
    around = window_texts(win, win.tabs)
    for key in SETTINGS_TABS:
        page = wait_tab(qtbot, win, key)
        assert_accessible(page)
        qtbot.waitUntil(lambda: not clipped_labels(page), timeout=3000)
        assert not duplicate_mnemonics(page, around), (key, duplicate_mnemonics(page, around))
    assert_accessible(win)
    win.confirm_discard = lambda: True
    assert_escape_closes(qtbot, win)


def test_settings_window_dom0(env, qtbot):
    win = open_settings(env, qtbot, "dom0")
    assert_accessible(win)


def test_firewall_rule_dialog(qtbot):
    from qubesmanager.settings.fwrule import FirewallRuleDialog
    dlg = own(qtbot, FirewallRuleDialog())
    assert_accessible(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: not clipped_labels(dlg), timeout=3000)
    assert not duplicate_mnemonics(dlg)
    assert_escape_closes(qtbot, dlg)


def test_rename_dialog(env, qtbot):
    from qubesmanager.settings.rename import RenameDialog
    dlg = own(qtbot, RenameDialog(env.mirror, "work", []))
    assert_accessible(dlg)
    assert_escape_closes(qtbot, dlg)


# -- qube dialogs -------------------------------------------------------------------


def _dialogs(env):
    from qubesmanager.dialogs.bootdevice import BootDeviceDialog
    from qubesmanager.dialogs.clone import CloneQubeDialog
    from qubesmanager.dialogs.create import CreateQubeDialog
    from qubesmanager.dialogs.logs import LogDialog
    from qubesmanager.dialogs.remove import RemoveQubesDialog
    log_dir = env.sandbox.state_dir / "log" / "qubes"
    return {
        "create": lambda: CreateQubeDialog(env.mirror),
        "clone": lambda: CloneQubeDialog(env.mirror, "work"),
        "remove": lambda: RemoveQubesDialog(env.mirror, ["work", "personal"]),
        "bootdevice": lambda: BootDeviceDialog(env.mirror, "work"),
        "logs": lambda: LogDialog(env.mirror, "sys-net", log_dir=log_dir),
    }


@pytest.mark.parametrize("which", ["create", "clone", "remove", "bootdevice", "logs"])
def test_qube_dialogs(env, qtbot, which):
    dlg = own(qtbot, _dialogs(env)[which]())
    assert_accessible(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: not clipped_labels(dlg), timeout=3000)
    assert not duplicate_mnemonics(dlg), duplicate_mnemonics(dlg)
    assert_escape_closes(qtbot, dlg)


# -- other tools --------------------------------------------------------------------


def test_template_manager(env, qtbot):
    from qubesmanager.templates.window import TemplateManagerWindow
    win = own(qtbot, TemplateManagerWindow(env.mirror))
    win.show()
    qtbot.waitUntil(lambda: "fedora-42-xfce" in win._templates, timeout=10000)
    assert_accessible(win)
    qtbot.waitUntil(lambda: not clipped_labels(win), timeout=3000)
    assert not duplicate_mnemonics(win), duplicate_mnemonics(win)
    with qtbot.waitActive(win):
        win.activateWindow()
    qtbot.keyClick(win.tree, Qt.Key_W, Qt.ControlModifier)     # a main window: Ctrl+W
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5000)


def test_global_settings(env, qtbot):
    from qubesmanager.globalsettings.window import GlobalSettingsWindow
    win = own(qtbot, GlobalSettingsWindow(env.mirror))
    win.show()
    qtbot.waitUntil(lambda: bool(win.clockvm.value()), timeout=10000)
    assert_accessible(win)
    around = window_texts(win, win.tabs)
    for i in range(win.tabs.count()):
        page = win.tabs.widget(i)
        win.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda: not clipped_labels(page), timeout=3000)
        assert not duplicate_mnemonics(page, around), duplicate_mnemonics(page, around)
    assert_escape_closes(qtbot, win)


def _wizard_pages(wiz: QWizard):
    return [wiz.page(pid) for pid in wiz.pageIds()]


def _wizard_buttons(wiz: QWizard) -> list[str]:
    """Back / Next / Cancel: shown under every page."""
    return [wiz.buttonText(b) for b in (QWizard.BackButton, QWizard.NextButton,
                                         QWizard.CancelButton)]


def test_backup_wizard(env, qtbot):
    from qubesmanager.backup.wizard import BackupWizard
    wiz = own(qtbot, BackupWizard(env.mirror, ["work"],
                                  state_dir=env.sandbox.state_dir))
    wiz.show()
    qtbot.waitUntil(lambda: not clipped_labels(wiz), timeout=3000)
    around = _wizard_buttons(wiz)
    for page in _wizard_pages(wiz):
        assert_accessible(page)
        assert not duplicate_mnemonics(page, around), duplicate_mnemonics(page, around)
    assert_escape_closes(qtbot, wiz)


def test_restore_wizard(env, qtbot):
    from qubesmanager.restore.wizard import RestoreWizard
    wiz = own(qtbot, RestoreWizard(env.mirror, state_dir=env.sandbox.state_dir))
    wiz.show()
    qtbot.waitUntil(lambda: not clipped_labels(wiz), timeout=3000)
    around = _wizard_buttons(wiz)
    for page in _wizard_pages(wiz):
        assert_accessible(page)
        assert not duplicate_mnemonics(page, around), duplicate_mnemonics(page, around)
    assert_escape_closes(qtbot, wiz)


def test_tray_menu_entries_have_text(env, qtbot):
    """The tray is a menu: every action needs text a screen reader can read."""
    from qubesmanager.tray.applet import DomainsTray
    from qubesmanager.tray.submenu import fill_submenu
    ctx = types.SimpleNamespace(simulated=True, sandbox=env.sandbox,
                                args=types.SimpleNamespace(socket=env.sandbox.socket))
    tray = DomainsTray(env.mirror, ctx)
    env.other.domains["personal"].start()           # the menu lists running qubes
    qtbot.waitUntil(lambda: "personal" in tray.entries, timeout=10000)
    actions = [a for a in tray.menu.actions() if not a.isSeparator()]
    assert actions
    for name, entry in tray.entries.items():
        fill_submenu(entry.submenu, env.mirror.get(name), tray.actions)
        actions += [a for a in entry.submenu.actions() if not a.isSeparator()]
    blank = [a for a in actions if not a.text().replace("&", "").strip()]
    env.other.domains["personal"].kill()
    assert len(actions) > 5
    assert not blank, [a.toolTip() for a in blank]


def test_wrapped_text_grows_the_dialog(env, qtbot):
    """A warning that grows after the dialog is shown (a translation, a
    longer message) makes the window taller instead of being cut off."""
    from qubesmanager.settings.rename import RenameDialog
    dlg = own(qtbot, RenameDialog(env.mirror, "work", []))
    dlg.show()
    qtbot.waitExposed(dlg)
    height = dlg.height()
    dlg.warning_label.setText(" ".join([dlg.warning_label.text()] * 6))
    assert clipped_labels(dlg)                      # the check sees the problem…
    qtbot.waitUntil(lambda: not clipped_labels(dlg), timeout=3000)
    assert dlg.height() > height                    # …and the window grew


def test_backup_run_page_offers_no_cancel_once_done(env, qtbot, tmp_path):
    """After the backup ended, only Finish remains: a "Cancel backup" next to
    it would read as if the archive could still be undone."""
    from qubesmanager.backup.wizard import BackupWizard
    wiz = own(qtbot, BackupWizard(env.mirror, ["work"],
                                  state_dir=env.sandbox.state_dir))
    wiz.show()
    wiz.next()
    dest = wiz.dest_page
    dest.qube.setCurrentIndex(dest.qube.findData("dom0"))
    dest.path.setText(str(tmp_path))
    dest.save.setChecked(False)
    qtbot.keyClicks(dest.passphrase, "audit pass")
    qtbot.keyClicks(dest.confirm, "audit pass")
    wiz.next()
    qtbot.waitUntil(wiz.summary_page.isComplete, timeout=15000)
    wiz.next()
    cancel = wiz.button(QWizard.CancelButton)
    assert cancel.isVisible()                       # while running: it cancels
    qtbot.waitUntil(lambda: wiz.run_page.outcome is not None, timeout=30000)
    assert wiz.run_page.outcome is True
    qtbot.waitUntil(lambda: not cancel.isVisible(), timeout=3000)
    assert wiz.button(QWizard.FinishButton).isVisible()
