"""Packaging: entry points, desktop files, scripts, and a real non-editable install."""

import ast
import importlib
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_FILES = sorted(ROOT.glob("*.desktop"))


def _setup_literal(name):
    """A literal assigned or passed in setup.py (no setup() run)."""
    tree = ast.parse((ROOT / "setup.py").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
        if isinstance(node, ast.keyword) and node.arg == name:
            return ast.literal_eval(node.value)
    raise KeyError(name)


TOOLS = _setup_literal("TOOLS")


def test_every_tool_has_an_entry_point():
    assert set(TOOLS) == {
        "qubes-qube-manager", "qubes-vm-settings", "qubes-vm-create",
        "qubes-vm-clone", "qubes-backup", "qubes-backup-restore",
        "qubes-template-manager", "qubes-global-settings",
        "qubes-domains-tray", "qubes-manager-sandbox"}


@pytest.mark.parametrize("command", sorted(TOOLS))
def test_entry_point_resolves_to_a_callable(command):
    module_name, func = TOOLS[command].split(":")
    module = importlib.import_module(module_name)
    assert callable(getattr(module, func)), TOOLS[command]


def test_requirements_match_setup():
    listed = {line.strip() for line in (ROOT / "requirements.txt").read_text()
              .splitlines() if line.strip() and not line.startswith("#")}
    declared = set(_setup_literal("install_requires"))
    declared |= set(_setup_literal("extras_require")["test"])
    assert listed == declared


@pytest.mark.parametrize("path", DESKTOP_FILES, ids=[p.name for p in DESKTOP_FILES])
def test_desktop_file_is_valid(path):
    from xdg.DesktopEntry import DesktopEntry
    entry = DesktopEntry(str(path))
    entry.validate()                       # raises on errors
    assert not [e for e in entry.errors], entry.errors
    assert entry.getType() == "Application"
    assert entry.getExec().split()[0] in TOOLS
    assert entry.getIcon() == "qubes-manager"
    assert (ROOT / "icons" / "qubes-manager.svg").is_file()
    assert entry.getCategories()
    assert entry.get("Name", locale=True) and "Name[de]" in path.read_text()


def test_main_desktop_file_and_upstream_tools_exist():
    names = {p.name for p in DESKTOP_FILES}
    assert {"qubes-manager.desktop", "qubes-backup.desktop",
            "qubes-backup-restore.desktop",
            "qubes-template-manager.desktop"} <= names


def test_scripts_parse_and_ci_runs_the_readme_test_command():
    for script in [*ROOT.glob("scripts/*.sh"), ROOT / ".ci" / "run"]:
        result = subprocess.run(["bash", "-n", str(script)],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, (script, result.stderr)
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "bash scripts/test.sh" in readme and "bash scripts/demo.sh" in readme


def _build_tools_available():
    try:
        import setuptools  # noqa: F401
        import wheel  # noqa: F401
        return True
    except ImportError:
        return False


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A non-editable ``pip install .`` into a fresh prefix.

    ``--prefix`` with ``--ignore-installed`` leaves the current (editable)
    install alone; the checks run in a subprocess whose PYTHONPATH puts the
    new copy first, from a folder outside the checkout.
    """
    prefix = tmp_path_factory.mktemp("prefix")
    cmd = [sys.executable, "-m", "pip", "install", "-q", "--no-deps",
           "--ignore-installed", "--disable-pip-version-check",
           "--root-user-action=ignore", "--prefix", str(prefix)]
    if _build_tools_available():
        cmd.append("--no-build-isolation")
    build_dir = ROOT / "build"
    had_build = build_dir.exists()
    result = subprocess.run([*cmd, str(ROOT)], capture_output=True,
                            text=True, cwd=prefix, check=False)
    if not had_build:  # do not leave setuptools' build/ in the checkout
        subprocess.run(["rm", "-rf", str(build_dir)], check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    site = Path(sysconfig.get_path("purelib", vars={
        "base": str(prefix), "platbase": str(prefix)}))
    return prefix, site


def _run_installed(installed, code):
    prefix, site = installed
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="de_DE.UTF-8",
               XDG_CACHE_HOME=str(prefix / "cache"), PYTHONPATH=str(site))
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True,
                            text=True, cwd=prefix, env=env, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()


def test_install_ships_ui_icons_and_compiled_translations(installed):
    prefix, site = installed
    lines = _run_installed(installed, """
import qubesmanager
from PyQt5.QtWidgets import QApplication
from qubesmanager import i18n, uiloader
from qubesmanager.widgets import icons
app = QApplication([])
print(qubesmanager.__file__)
print(icons.icons_dir())
print(uiloader.ui_dir())
print(i18n.find_catalogue("de"))
print(bool(i18n.install_translators(app)))
print(icons.app_icon().pixmap(32, 32).isNull())
""")
    package = site / "qubesmanager"
    assert lines[0] == str(package / "__init__.py")
    assert lines[1] == str(package / "icons")
    assert lines[2] == str(package / "ui")
    assert lines[3] == str(package / "i18n" / "qubesmanager_de.qm")
    assert lines[4:] == ["True", "False"]
    assert (prefix / "share" / "applications" / "qubes-manager.desktop").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "apps"
            / "qubes-manager.svg").is_file()
    for command in TOOLS:
        assert (prefix / "bin" / command).is_file(), command
