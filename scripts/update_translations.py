"""Refresh i18n/*.ts from the sources, keeping every existing translation.

Run by scripts/update-translations.sh.  Steps:

1. remember every translation in the catalogues, keyed by (context,
   source, comment);
2. run pylupdate5 (ships with PyQt5, run as PyQt5.pylupdate_main) over qubesmanager/**/*.py and ui/*.ui;
3. pylupdate5 files calls of a module-level helper such as
   ``def tr(text): return QCoreApplication.translate("Settings", text)``
   under the pseudo-context "@default", which never matches at run time:
   move those messages to the context the helper really uses;
4. put back remembered translations that step 2 dropped or left empty;
5. print what is left to translate.
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELPER_RE = re.compile(
    r"def\s+(\w+)\s*\([^)]*\)[^:]*:\s*(?:\"\"\"[^\"]*\"\"\"\s*)?return\s+"
    r"QCoreApplication\.translate\(\s*[\"']([^\"']+)[\"']")
IMPORT_RE = re.compile(r"from\s+([\w.]+)\s+import\s+([^\n(]+|\([^)]*\))")


def helper_context(py_file: Path, seen=None, root: Path = ROOT):
    """Context of the ``tr``-like helper a module defines or imports, if any."""
    seen = seen or set()
    if py_file in seen or not py_file.is_file():
        return None
    seen.add(py_file)
    text = py_file.read_text(encoding="utf-8")
    for match in HELPER_RE.finditer(text):
        if match.group(1) == "tr":
            return match.group(2)
    for module, names in IMPORT_RE.findall(text):
        if re.search(r"\btr\b", names):
            target = root / (module.replace(".", "/") + ".py")
            return helper_context(target, seen, root)
    return None


def _where(message):
    location = message.find("location")
    if location is None:
        return ("~", 0, message.findtext("source"))
    return (location.get("filename"), int(location.get("line", 0)),
            message.findtext("source"))


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "")


def remember(paths):
    memory = {}
    for path in paths:
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and (translation.text or list(translation)):
                    memory[(path, *key(name, message))] = translation
    return memory


def fix_and_restore(path: Path, memory, project: Path = ROOT) -> tuple[int, int]:
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    default = contexts.get("@default")
    if default is not None:
        for message in list(default.findall("message")):
            location = message.find("location")
            if location is None:
                continue
            source_file = (path.parent / location.get("filename")).resolve()
            ctx = helper_context(source_file, root=project)
            if not ctx:
                continue
            default.remove(message)
            target = contexts.get(ctx)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = ctx
                contexts[ctx] = target
            if any(key(ctx, m) == key(ctx, message) for m in target.findall("message")):
                continue  # already there (same string used twice)
            target.append(message)
        if not default.findall("message"):
            root.remove(default)
    total = todo = 0
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            total += 1
            translation = message.find("translation")
            old = memory.get((path, *key(name, message)))
            if old is not None and translation.get("type") == "unfinished":
                message.remove(translation)
                message.append(old)
                translation = old
            if translation.get("type") == "unfinished":
                todo += 1
    root[:] = sorted(root.findall("context"), key=lambda c: c.findtext("name"))
    for context in root.findall("context"):   # stable order: by file and line
        messages = sorted(context.findall("message"), key=_where)
        for message in messages:
            context.remove(message)
        context.extend(messages)
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return total, todo


def update(root: Path = ROOT) -> dict[str, tuple[int, int]]:
    """Refresh ``root/i18n/qubesmanager*.ts``; {catalogue: (messages, unfinished)}."""
    catalogues = sorted((root / "i18n").glob("qubesmanager*.ts"))
    sources = sorted(str(p.relative_to(root)) for p in (root / "qubesmanager").rglob("*.py"))
    sources += sorted(str(p.relative_to(root)) for p in (root / "ui").glob("*.ui"))
    memory = remember(catalogues)
    # pylupdate5 as a module: works in a venv whose bin/ is not on PATH
    subprocess.run([sys.executable, "-W", "ignore::DeprecationWarning",
                    "-m", "PyQt5.pylupdate_main",
                    "-noobsolete", *sources, "-ts",
                    *(str(p.relative_to(root)) for p in catalogues)],
                   cwd=root, check=True)
    return {str(path.relative_to(root)): fix_and_restore(path, memory, root)
            for path in catalogues}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(argv[0]).resolve() if argv else ROOT
    for name, (total, todo) in update(root).items():
        print(f"{name}: {total} messages, {todo} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
