"""Compile Qt Linguist catalogues (top-level ``i18n/*.ts``) to ``.qm``.

Used three ways:

* ``setup.py`` build step (:mod:`qubesmanager.i18n_setup`): compiles into
  the built package (``qubesmanager/i18n/*.qm``) and copies the top-level
  ``ui/`` and ``icons/`` folders into the package, so an installed
  qubesmanager finds them next to its modules.
* ``python -m qubesmanager.i18n_build``: compiles in place into
  ``qubesmanager/i18n/`` of a checkout (gitignored).
* :mod:`qubesmanager.i18n` at start-up when no ``.qm`` exists (editable
  installs), through :func:`compile_ts`.

``lrelease`` (Debian ``qttools5-dev-tools``) is used when present; otherwise
a small writer of the QM format below does the job.  No Qt import here:
setup.py runs in build environments without PyQt5.

QM format, as QTranslator reads it: a 16-byte magic, then sections of
``tag:u8, length:u32be, data``.  ``Hashes`` (0x42) is a table of
``(hash:u32be, offset:u32be)`` sorted by hash, where hash is the ELF hash
of source text + disambiguation comment (UTF-8) and offset points into
``Messages`` (0x69).  A message is a run of ``tag:u8`` items --
translation (3: u32 byte length + UTF-16BE text; one per plural form),
comment (8), source text (6), context (7) (each u32 length + UTF-8) -- closed
by end (1).  ``NumerusRules`` (0x88) picks the plural form; ``Language``
(0xa7) names the language.  QTranslator stops reading when fewer than 16
bytes remain, so the small sections are written first.
"""

from __future__ import annotations

import logging
import os
import struct
import subprocess
import sys

log = logging.getLogger(__name__)

# Plain strings, no pathlib: the running tools import this module to find
# their catalogues, and pathlib (with urllib.parse and ipaddress) costs the
# long-running tray applet close to 1 MiB.  The build helpers below use it.
PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))   # qubesmanager/
SOURCE_ROOT = os.path.dirname(PACKAGE_DIR)                  # checkout root
TS_DIR = os.path.join(SOURCE_ROOT, "i18n")
QM_DIR = os.path.join(PACKAGE_DIR, "i18n")
CATALOGUE = "qubesmanager"

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_HASHES, _TAG_MESSAGES, _TAG_NUMERUS, _TAG_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8

# Plural rules in QTranslator's byte code: EQ=1, LEQ=3, BETWEEN=4, NOT=8,
# MOD_10=0x10, MOD_100=0x20, AND=0xfd, NEWRULE=0xff.  Form i is chosen by
# the i-th rule that matches; no match means the last form.
_ONE_OTHER = bytes([0x01, 1])                    # English, German, ...
_ZERO_ONE_OTHER = bytes([0x03, 1])               # French, Brazilian ...
_POLISH = bytes([0x01, 1, 0xFF, 0x10 | 0x04, 2, 4, 0xFD,
                 0x08 | 0x20 | 0x04, 12, 14])
_NUMERUS_RULES = {
    **{lang: _ONE_OTHER for lang in (
        "en", "de", "nl", "sv", "da", "nb", "nn", "no", "fi", "et", "it",
        "es", "pt", "el", "hu", "bg", "ca", "eo", "gl", "eu")},
    **{lang: _ZERO_ONE_OTHER for lang in ("fr", "pt_BR")},
    "pl": _POLISH,
}

LRELEASE_CANDIDATES = ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease",
                       "/usr/lib/x86_64-linux-gnu/qt5/bin/lrelease")


def elf_hash(data: bytes) -> int:
    """The hash QTranslator indexes messages by (never 0)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def read_ts(ts_path):
    """(language, [(context, source, comment, [translations])]) of a .ts file.

    Obsolete and vanished entries and empty translations are left out, as
    lrelease does; unfinished but filled-in translations are kept.
    """
    # Imported here: the running tools load this module to find catalogues
    # and must not pay for an XML parser they rarely need.
    import xml.etree.ElementTree as ET
    root = ET.parse(ts_path).getroot()
    language = root.get("language") or ""
    messages = []
    for context in root.iter("context"):
        ctx_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if not any(forms):
                continue
            comment = message.findtext("comment") or ""
            messages.append((ctx_name, source, comment, forms))
    return language, messages


def _bytes_item(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _section(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def qm_bytes(language: str, messages) -> bytes:
    """Serialise messages (as :func:`read_ts` returns them) to QM bytes."""
    hashes = []
    body = bytearray()
    for context, source, comment, forms in messages:
        offset = len(body)
        for form in forms:
            body += _bytes_item(_TRANSLATION, form.encode("utf-16-be"))
        body += _bytes_item(_COMMENT, comment.encode())
        body += _bytes_item(_SOURCE, source.encode())
        body += _bytes_item(_CONTEXT, context.encode())
        body.append(_END)
        hashes.append((elf_hash(source.encode() + comment.encode()), offset))
    hashes.sort()
    out = bytearray(QM_MAGIC)
    if language:
        out += _section(_TAG_LANGUAGE, language.encode())
    rules = _NUMERUS_RULES.get(language) or _NUMERUS_RULES.get(
        language.split("_")[0])
    if rules:
        out += _section(_TAG_NUMERUS, rules)
    out += _section(_TAG_HASHES, b"".join(struct.pack(">II", h, o)
                                          for h, o in hashes))
    out += _section(_TAG_MESSAGES, bytes(body))
    return bytes(out)


def read_qm(data: bytes):
    """(language, numerus rules, messages) of QM bytes; the inverse of :func:`qm_bytes`.

    Reads what both lrelease and :func:`qm_bytes` write (messages saved
    with their context and source text).  Raises ValueError on a file
    that is not a catalogue.
    """
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a Qt translation catalogue")
    pos, language, rules, body = len(QM_MAGIC), "", b"", b""
    while pos + 5 <= len(data):
        tag, length = struct.unpack_from(">BI", data, pos)
        pos += 5
        block = data[pos:pos + length]
        pos += length
        if tag == _TAG_LANGUAGE:
            language = block.decode()
        elif tag == _TAG_NUMERUS:
            rules = block
        elif tag == _TAG_MESSAGES:
            body = block
    messages, pos = [], 0
    current = {"forms": [], "context": "", "source": None, "comment": ""}
    while pos < len(body):
        tag = body[pos]
        pos += 1
        if tag == _END:
            if current["source"] is not None:
                messages.append((current["context"], current["source"],
                                 current["comment"], current["forms"]))
            current = {"forms": [], "context": "", "source": None,
                       "comment": ""}
            continue
        if tag == 5:                     # obsolete tag: a bare u32
            pos += 4
            continue
        (length,) = struct.unpack_from(">I", body, pos)
        pos += 4
        item = body[pos:pos + length] if length != 0xFFFFFFFF else b""
        pos += len(item)
        if tag == _TRANSLATION:
            current["forms"].append(item.decode("utf-16-be"))
        elif tag == _SOURCE:
            current["source"] = item.decode()
        elif tag == _CONTEXT:
            current["context"] = item.decode()
        elif tag == _COMMENT:
            current["comment"] = item.decode()
        else:
            raise ValueError(f"unknown QM message tag {tag:#x}")
    return language, rules, messages


def numerus_index(rules: bytes, n: int) -> int:
    """Plural form for ``n`` under QM numerus rules (QTranslator's algorithm)."""
    if not rules:
        return 0
    i, result, size = 0, 0, len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode, right = rules[i], rules[i + 1]
                i += 2
                left = n
                if opcode & 0x10:
                    left %= 10
                elif opcode & 0x20:
                    left %= 100
                elif opcode & 0x40:
                    while left >= 1000:
                        left //= 1000
                op = opcode & 0x07
                if op == 1:
                    truth = left == right
                elif op == 2:
                    truth = left < right
                elif op == 3:
                    truth = left <= right
                else:  # between
                    truth = right <= left <= rules[i]
                    i += 1
                if opcode & 0x08:
                    truth = not truth
                and_value = and_value and truth
                if i >= size or rules[i] != 0xFD:
                    break
                i += 1
            or_value = or_value or and_value
            if i >= size or rules[i] != 0xFE:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i >= size:
            return result
        i += 1                           # NEWRULE


def write_qm(ts_path, qm_path) -> int:
    """Pure-Python .ts -> .qm; returns the number of messages written."""
    language, messages = read_ts(ts_path)
    data = qm_bytes(language, messages)
    qm_path = os.fspath(qm_path)
    os.makedirs(os.path.dirname(qm_path), exist_ok=True)
    tmp = f"{qm_path}.{os.getpid()}.tmp"     # one per writer
    with open(tmp, "wb") as out:
        out.write(data)
    os.replace(tmp, qm_path)     # a reader never sees half a catalogue
    return len(messages)


def find_lrelease() -> str | None:
    """Path of Qt 5's lrelease, or None."""
    import shutil
    for candidate in LRELEASE_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def compile_ts(ts_path, qm_path, *, use_lrelease=True) -> str:
    """Compile one catalogue; returns which tool did it ("lrelease"/"python")."""
    tool = find_lrelease() if use_lrelease else None
    if tool:
        os.makedirs(os.path.dirname(os.fspath(qm_path)), exist_ok=True)
        result = subprocess.run([tool, "-silent", os.fspath(ts_path), "-qm",
                                 os.fspath(qm_path)], capture_output=True,
                                text=True, check=False)
        if result.returncode == 0 and os.path.isfile(qm_path):
            return "lrelease"
        log.warning("lrelease failed on %s (%s); using the built-in writer",
                    ts_path, result.stderr.strip())
    write_qm(ts_path, qm_path)
    return "python"


def compile_all(ts_dir=TS_DIR, qm_dir=QM_DIR) -> list:
    """Compile every ``<catalogue>_<lang>.ts`` of ``ts_dir`` into ``qm_dir``
    (returns the written paths).

    The template ``qubesmanager.ts`` (no language) is skipped.
    """
    from pathlib import Path
    ts_dir, qm_dir = Path(ts_dir), Path(qm_dir)
    written = []
    for ts_path in sorted(ts_dir.glob(f"{CATALOGUE}_*.ts")):
        qm_path = qm_dir / (ts_path.stem + ".qm")
        tool = compile_ts(ts_path, qm_path)
        log.info("%s -> %s (%s)", ts_path.name, qm_path, tool)
        written.append(qm_path)
    return written


def copy_tree_files(src, dst, pattern: str) -> list:
    """Copy ``src``'s files matching ``pattern`` into ``dst`` (build step)."""
    import shutil
    from pathlib import Path
    src, dst = Path(src), Path(dst)
    copied = []
    if src.is_dir():
        dst.mkdir(parents=True, exist_ok=True)
        for path in sorted(src.glob(pattern)):
            shutil.copy2(path, dst / path.name)
            copied.append(dst / path.name)
    return copied


def main(argv=None) -> int:
    """``python -m qubesmanager.i18n_build [TS_DIR [QM_DIR]]``."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    argv = sys.argv[1:] if argv is None else argv
    ts_dir = argv[0] if argv else TS_DIR
    qm_dir = argv[1] if len(argv) > 1 else QM_DIR
    written = compile_all(ts_dir, qm_dir)
    if not written:
        print(f"no {CATALOGUE}_*.ts in {ts_dir}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
