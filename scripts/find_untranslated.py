"""List user-visible strings that cannot be translated.

    python3 scripts/find_untranslated.py [PATH ...]     (default: qubesmanager/)

Two kinds of findings, as ``file:line: text``:

* a string literal handed straight to a Qt text setter or widget
  constructor (``setText("…")``, ``QPushButton("…")``, ``addItem("…")``…)
  without going through ``tr()`` / ``QCoreApplication.translate()``;
* a ``tr(…)`` / ``translate(…)`` call evaluated at import time (module or
  class level): it runs before the translators are installed, so it always
  gives English.  Wrap such tables in a function, or keep the English and
  mark it with ``QT_TRANSLATE_NOOP`` and translate when displaying.

A heuristic, for a developer to read: it exits 0 whatever it finds.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTERS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle",
    "setPlaceholderText", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "addItem", "addAction", "addMenu", "addTab",
    "setTabText", "showMessage", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setAccessibleName", "setAccessibleDescription", "setSuffix", "setPrefix",
    "setSpecialValueText", "insertItem", "setButtonText",
}
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction",
    "QGroupBox", "QMenu", "QToolButton", "QCommandLinkButton",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
TRANSLATORS = {"tr", "translate", "_tr", "_"}


def _is_text(node) -> bool:
    """A literal that reads like prose (not a key, path or single symbol)."""
    if isinstance(node, ast.JoinedStr):
        return True
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    text = node.value.strip()
    return any(c.isalpha() for c in text) and (" " in text or text[:1].isupper())


def _name(func) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


class Finder(ast.NodeVisitor):
    def __init__(self, path: Path):
        self.path = path
        self.depth = 0           # >0 inside a function body
        self.found: list[tuple[int, str]] = []

    def visit_FunctionDef(self, node):  # noqa: N802
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_Lambda = visit_FunctionDef

    def visit_Call(self, node):  # noqa: N802
        name = _name(node.func)
        if name in TRANSLATORS and self.depth == 0:
            self.found.append((node.lineno, "translated at import time: "
                               + ast.unparse(node)[:70]))
        elif name in SETTERS | WIDGETS or (
                name in MESSAGE_BOXES and "QMessageBox" in ast.unparse(node.func)):
            for arg in node.args:
                if _is_text(arg):
                    self.found.append((node.lineno, f"{name}: "
                                       + ast.unparse(arg)[:70]))
        self.generic_visit(node)


def scan(paths) -> int:
    count = 0
    for base in paths:
        files = [base] if base.is_file() else sorted(base.rglob("*.py"))
        for path in files:
            if "sandbox" in path.parts or "bench" in path.parts:
                continue  # no GUI text there
            finder = Finder(path)
            finder.visit(ast.parse(path.read_text(encoding="utf-8")))
            for line, text in finder.found:
                print(f"{path.relative_to(ROOT)}:{line}: {text}")
                count += 1
    return count


if __name__ == "__main__":
    targets = [Path(p).resolve() for p in sys.argv[1:]] or [ROOT / "qubesmanager"]
    total = scan(targets)
    print(f"{total} finding(s)", file=sys.stderr)
