"""The accessibility audit (tests/test_a11y.py) passes in German too.

Translations bring their own mnemonics (``&``); two in one page clash.
This reruns the audit in a subprocess with the German catalogue installed
for the whole session.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "tests" / "test_a11y.py"

PLUGIN = textwrap.dedent('''
    import pytest

    @pytest.fixture(autouse=True, scope="session")
    def _german(qapp):
        from qubesmanager import i18n
        assert i18n.install_translators(qapp, ["de_DE", "de"])
        yield
        i18n.remove_translators(qapp)
''')


@pytest.mark.skipif(not AUDIT.exists(), reason="no accessibility audit")
def test_accessibility_audit_passes_in_german(tmp_path):
    (tmp_path / "german_session.py").write_text(PLUGIN)
    env = dict(os.environ, PYTHONPATH=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               LANG="de_DE.UTF-8", XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("LANGUAGE", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(AUDIT), "-p", "german_session",
         "-q", "-p", "no:cacheprovider"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        check=False)
    assert result.returncode == 0, result.stdout[-4000:]
