"""Translations: the .qm writer, locale selection, the German catalogue."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PyQt5.QtCore import QCoreApplication, QTranslator

from qubesmanager import i18n, i18n_build

ROOT = Path(__file__).resolve().parent.parent
GERMAN_TS = ROOT / "i18n" / "qubesmanager_de.ts"

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Ctx</name>
<message><source>Hello</source><translation>Hallo</translation></message>
<message><source>Hello</source><comment>greeting</comment>
  <translation>Servus</translation></message>
<message numerus="yes"><source>%n qube(s)</source><translation>
  <numerusform>%n Qube</numerusform><numerusform>%n Qubes</numerusform>
</translation></message>
<message><source>Über &amp; „x“ &lt;b&gt;</source>
  <translation>Überß &amp; «y»</translation></message>
<message><source>Not yet</source><translation type="unfinished"></translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
</context>
<context><name>Other</name>
<message><source>Hello</source><translation>Grüß Gott</translation></message>
</context>
</TS>
"""

EXPECTED = [
    (("Ctx", "Hello", None, -1), "Hallo"),
    (("Ctx", "Hello", "greeting", -1), "Servus"),
    (("Other", "Hello", None, -1), "Grüß Gott"),
    (("Ctx", "%n qube(s)", None, 1), "1 Qube"),
    (("Ctx", "%n qube(s)", None, 7), "7 Qubes"),
    (("Ctx", "Über & „x“ <b>", None, -1), "Überß & «y»"),
    (("Ctx", "Not yet", None, -1), "Not yet"),       # untranslated: source
    (("Ctx", "Gone", None, -1), "Gone"),             # vanished: not shipped
    (("Nowhere", "Hello", None, -1), "Hello"),
]


def _translations_with(qm_path):
    app = QCoreApplication.instance()
    translator = QTranslator()
    assert translator.load(qm_path.name, str(qm_path.parent))
    app.installTranslator(translator)
    try:
        return translator.language(), [
            QCoreApplication.translate(*args) for args, _ in EXPECTED]
    finally:
        app.removeTranslator(translator)


@pytest.fixture
def sample_ts(tmp_path):
    path = tmp_path / "qubesmanager_de.ts"
    path.write_text(SAMPLE_TS, encoding="utf-8")
    return path


def test_python_qm_writer_is_read_by_qtranslator(qapp, sample_ts, tmp_path):
    qm_path = tmp_path / "py.qm"
    assert i18n_build.compile_ts(sample_ts, qm_path, use_lrelease=False) == "python"
    language, got = _translations_with(qm_path)
    assert language == "de_DE"
    assert got == [want for _, want in EXPECTED]


@pytest.mark.skipif(i18n_build.find_lrelease() is None, reason="no lrelease")
def test_lrelease_and_python_writer_agree(qapp, sample_ts, tmp_path):
    qm_path = tmp_path / "lr.qm"
    assert i18n_build.compile_ts(sample_ts, qm_path) == "lrelease"
    assert _translations_with(qm_path)[1] == [want for _, want in EXPECTED]


def test_qm_reader_reads_both_writers(sample_ts, tmp_path):
    language, messages = i18n_build.read_ts(sample_ts)
    data = i18n_build.qm_bytes(language, messages)
    lang, rules, back = i18n_build.read_qm(data)
    assert (lang, back) == (language, messages)
    assert rules == bytes([1, 1])
    if i18n_build.find_lrelease():
        qm_path = tmp_path / "lr.qm"
        i18n_build.compile_ts(sample_ts, qm_path)
        _, _, from_lrelease = i18n_build.read_qm(qm_path.read_bytes())
        assert sorted(from_lrelease) == sorted(messages)
    with pytest.raises(ValueError):
        i18n_build.read_qm(b"not a catalogue")


@pytest.mark.parametrize("rules,expected", [
    (bytes([1, 1]), {0: 1, 1: 0, 2: 1, 21: 1}),                 # German
    (bytes([3, 1]), {0: 0, 1: 0, 2: 1}),                        # French
    (i18n_build._POLISH, {1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 22: 1, 112: 2}),
    (b"", {0: 0, 7: 0}),
])
def test_numerus_index_follows_qt_rules(rules, expected):
    assert {n: i18n_build.numerus_index(rules, n) for n in expected} == expected


def test_elf_hash_matches_qt():
    # values from a catalogue compiled by Qt 5's lrelease
    assert i18n_build.elf_hash(b"Kernel") == 0x051C94BC
    assert i18n_build.elf_hash(b"Hello" + b"greeting") == 0x067F9BE7
    assert i18n_build.elf_hash(b"") == 1


@pytest.mark.parametrize("env,expected", [
    ({"LANG": "de_DE.UTF-8"}, ["de_DE", "de"]),
    ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, []),          # gettext: C wins
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "pl:de"}, ["pl", "de", "en_US", "en"]),
    ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, ["fr_FR", "fr"]),
    ({"LC_MESSAGES": "de_AT@euro"}, ["de_AT", "de"]),
    ({"LANG": "POSIX"}, []),
])
def test_preferred_languages(env, expected):
    assert i18n.preferred_languages(env) == expected


def _german_messages():
    root = ET.parse(GERMAN_TS).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_german_catalogue_has_no_unfinished_entries():
    """Every string in the committed catalogue is translated.

    Strings added to the code after the last catalogue refresh are not in
    the .ts yet and so do not fail this test; scripts/update-translations.sh
    brings them in.
    """
    todo = [message.findtext("source") for _, message in _german_messages()
            if message.find("translation").get("type") == "unfinished"]
    assert not todo, f"{len(todo)} unfinished, e.g. {todo[:5]}"


def test_german_catalogue_keeps_placeholders():
    """A translation must keep the %s/%n/{name} placeholders of its source."""
    import re
    pattern = re.compile(r"%\d*[sdn]|\{\w*\}|%L?\d")
    for context, message in _german_messages():
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or \
            [translation.text or ""]
        for form in forms:
            if not form:
                continue
            assert sorted(pattern.findall(form)) == sorted(
                pattern.findall(source)), (context, source, form)


def test_german_is_installed_for_a_german_locale(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    expected = [(ctx, m.findtext("source"), m.findtext("comment"),
                 m.find("translation").text)
                for ctx, m in _german_messages()
                if m.get("numerus") != "yes"
                and m.find("translation").get("type") is None
                and m.find("translation").text]
    assert len(expected) > 50
    installed = i18n.install_translators(qapp)
    try:
        assert installed
        assert qapp.property("qubesmanager_language") == "de_DE"
        wrong = [(ctx, src, QCoreApplication.translate(ctx, src, comment), want)
                 for ctx, src, comment, want in expected
                 if QCoreApplication.translate(ctx, src, comment) != want]
        assert not wrong, wrong[:5]
        # Qt's own catalogue came along: standard buttons speak German
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        # a context pylupdate5 could not know (PyQt's self.tr in a subclass)
        ctx, src, comment, want = expected[0]
        assert QCoreApplication.translate("SomeSubclass", src, comment) == want
        assert QCoreApplication.translate(
            "SomeSubclass", "no such string anywhere") == "no such string anywhere"
    finally:
        i18n.remove_translators(qapp)
    assert QCoreApplication.translate(*expected[0][:3]) == expected[0][1]


def test_context_fallback_picks_plural_forms(qapp, sample_ts, tmp_path):
    qm_path = tmp_path / "qubesmanager_de.qm"
    i18n_build.write_qm(sample_ts, qm_path)
    fallback = i18n.ContextFallbackTranslator(qm_path)
    qapp.installTranslator(fallback)
    try:
        assert QCoreApplication.translate("Elsewhere", "%n qube(s)", None, 1) == "1 Qube"
        assert QCoreApplication.translate("Elsewhere", "%n qube(s)", None, 3) == "3 Qubes"
        assert QCoreApplication.translate("Elsewhere", "Hello", "greeting") == "Servus"
        assert QCoreApplication.translate("Elsewhere", "Not yet") == "Not yet"
    finally:
        qapp.removeTranslator(fallback)


def test_c_locale_installs_nothing(qapp, monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert i18n.install_translators(qapp) == []
    assert qapp.property("qubesmanager_language") == "en"


def test_catalogue_is_compiled_on_the_fly_when_missing(monkeypatch, tmp_path):
    """A checkout without compiled .qm still gets translations (editable install)."""
    monkeypatch.setattr(i18n_build, "QM_DIR", tmp_path / "pkg-i18n")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    found = i18n.find_catalogue("de")
    assert Path(found) == tmp_path / "pkg-i18n" / "qubesmanager_de.qm"
    assert Path(found).read_bytes().startswith(i18n_build.QM_MAGIC)
    assert i18n.find_catalogue("xx") is None


def test_module_entry_point_compiles_in_place(tmp_path):
    out = tmp_path / "qm"
    result = subprocess.run(
        [sys.executable, "-m", "qubesmanager.i18n_build", str(ROOT / "i18n"),
         str(out)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert (out / "qubesmanager_de.qm").is_file()
    assert not (out / "qubesmanager.qm").exists()   # the template is skipped


def test_manager_labels_follow_a_translator_installed_after_import(qapp):
    """Action and column labels are kept as source text and translated when
    shown, so they do not depend on which language was installed when their
    modules were first imported."""
    from qubesmanager.manager import actions, columns
    start = actions.SPECS["start"]
    netvm = columns.COLUMNS[columns.COLUMN_INDEX["netvm"]]
    assert (start.text, netvm.title) == ("&Start", "Net qube")   # imported in English
    assert i18n.install_translators(qapp, ["de"])
    try:
        assert actions.tr(start.text) != start.text
        assert columns.tr(netvm.title) == "Netz-Qube"
        assert (start.text, netvm.title) == ("&Start", "Net qube")
    finally:
        i18n.remove_translators(qapp)
    assert columns.tr(netvm.title) == "Net qube"
