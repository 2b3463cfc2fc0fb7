"""The catalogue refresh keeps translations and files helper strings correctly."""

import importlib.util
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path):
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")):
            (m.find("translation").text, m.find("translation").get("type"))
            for c in root.iter("context") for m in c.iter("message")}


@pytest.fixture
def project(tmp_path):
    pkg = tmp_path / "qubesmanager" / "part"
    pkg.mkdir(parents=True)
    (tmp_path / "ui").mkdir()
    (tmp_path / "i18n").mkdir()
    (tmp_path / "qubesmanager" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "common.py").write_text(textwrap.dedent('''
        from PyQt5.QtCore import QCoreApplication

        def tr(text):
            return QCoreApplication.translate("Part", text)
        '''))
    (pkg / "view.py").write_text(textwrap.dedent('''
        from PyQt5.QtWidgets import QWidget
        from qubesmanager.part.common import tr

        class View(QWidget):
            def build(self):
                self.setWindowTitle(self.tr("Qube settings"))
                return tr("Start on boot")
        '''))
    (tmp_path / "i18n" / "qubesmanager_de.ts").write_text(textwrap.dedent('''\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE TS>
        <TS version="2.1" language="de_DE">
        <context><name>View</name>
        <message><source>Qube settings</source><translation>Qube-Einstellungen</translation></message>
        </context>
        <context><name>Part</name>
        <message><source>Start on boot</source><translation>Beim Systemstart starten</translation></message>
        </context>
        </TS>
        '''))
    return tmp_path


def test_refresh_keeps_translations_and_resolves_helper_contexts(project):
    tool = _tool()
    counts = tool.update(project)
    ts = project / "i18n" / "qubesmanager_de.ts"
    messages = _messages(ts)
    assert messages[("View", "Qube settings")] == ("Qube-Einstellungen", None)
    # pylupdate5 files tr() of the helper under "@default"; the tool moves
    # it to the helper's real context and keeps the translation
    assert messages[("Part", "Start on boot")] == ("Beim Systemstart starten", None)
    assert not any(ctx == "@default" for ctx, _ in messages)
    assert counts == {"i18n/qubesmanager_de.ts": (2, 0)}
    before = ts.read_bytes()
    tool.update(project)
    assert ts.read_bytes() == before            # a second run changes nothing


def test_new_strings_arrive_unfinished_and_removed_ones_go(project):
    view = project / "qubesmanager" / "part" / "view.py"
    view.write_text(view.read_text().replace(
        '"Qube settings"', '"Qube notes"'))
    _tool().update(project)
    messages = _messages(project / "i18n" / "qubesmanager_de.ts")
    assert messages[("View", "Qube notes")][1] == "unfinished"
    assert ("View", "Qube settings") not in messages
