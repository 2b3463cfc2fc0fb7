"""Engine messages: English str() for logs, translatable for the wizard."""

import pickle
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from qubesmanager.backupformat.errors import TruncatedArchive, WrongPassphrase
from qubesmanager.restore.engine import RestoreFailed
from qubesmanager.restore.messages import (CONTEXT, QT_TRANSLATE_NOOP,
                                           Message, translated)
from qubesmanager.restore.sources import SourceError, open_source

ROOT = Path(__file__).resolve().parent.parent

GERMAN = {
    "{reason} Everything restored so far was removed again.":
        "{reason} Alles entfernt.",
    "The archive holds no data for: {qubes} (truncated or incomplete "
    "archive).": "Keine Daten für: {qubes}.",
    "Wrong passphrase, or the archive was altered.": "Falsche Passphrase.",
    "Cannot open the backup {where}: {error}": "Öffnen fehlgeschlagen "
    "({where}): {error}",
    "file {path}": "Datei {path}",
}


def german(context, text):
    assert context == CONTEXT
    return GERMAN.get(text, text)


def test_english_text_is_the_formatted_template():
    msg = Message(QT_TRANSLATE_NOOP("RestoreEngine", "Created {qube}"),
                  qube="work")
    assert msg == "Created work" and isinstance(msg, str)
    assert msg.template == "Created {qube}" and msg.params == {"qube": "work"}
    assert translated(msg, lambda c, t: t) == "Created work"
    assert pickle.loads(pickle.dumps(msg)).template == "Created {qube}"


def test_nested_messages_and_errors_are_translated():
    cause = TruncatedArchive(Message(
        "The archive holds no data for: {qubes} (truncated or incomplete "
        "archive).", qubes="a, b"))
    err = RestoreFailed(Message(
        "{reason} Everything restored so far was removed again.",
        reason=Message("{error}", error=cause)), ["a"])
    assert str(err) == ("The archive holds no data for: a, b (truncated or "
                        "incomplete archive). Everything restored so far was "
                        "removed again.")
    assert translated(err, german) == "Keine Daten für: a, b. Alles entfernt."


def test_reader_errors_get_a_translated_headline_only_when_translated():
    err = WrongPassphrase("Wrong passphrase: the header could not be "
                          "authenticated.")
    assert translated(err, lambda c, t: t) == str(err)
    assert translated(err, german) == f"Falsche Passphrase. ({err})"


def test_source_error_keeps_english_str(tmp_path):
    source = open_source("dom0", str(tmp_path / "nope.bak"), None)
    try:
        source.open()
    except SourceError as err:
        assert str(err).startswith(
            f"Cannot open the backup file {tmp_path / 'nope.bak'}: ")
        assert translated(err, german).startswith(
            f"Öffnen fehlgeschlagen (Datei {tmp_path / 'nope.bak'}): ")
    else:
        raise AssertionError("a missing archive opened")


def test_a_broken_translation_falls_back_to_english():
    msg = Message("Created {qube}", qube="work")
    assert msg.translate(lambda c, t: "Erstellt {name}") == "Created work"


def test_pylupdate5_extracts_the_engine_templates(tmp_path):
    out = tmp_path / "engine.ts"
    sources = [str(ROOT / "qubesmanager" / "restore" / name) for name in
               ("engine.py", "sources.py", "messages.py")]
    subprocess.run([sys.executable, "-m", "PyQt5.pylupdate_main", *sources,
                    "-ts", str(out)], check=True, capture_output=True)
    root = ET.parse(out).getroot()
    found = {m.findtext("source") for c in root.iter("context")
             if c.findtext("name") == CONTEXT for m in c.iter("message")}
    assert {"Created {qube}", "The restore was cancelled.",
            "Cannot open the backup {where}: {error}",
            "Wrong passphrase, or the archive was altered."} <= found
    assert len(found) >= 25
