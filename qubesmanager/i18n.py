"""Load translations for the user's locale: Qt's own and ours.

:func:`install_translators` is called once by ``launch.py`` after the
QApplication exists.  The language comes from the environment the way
gettext programs read it (``LANGUAGE`` list, then ``LC_ALL``,
``LC_MESSAGES``, ``LANG``; ``LANGUAGE`` is ignored under the C locale),
falling back to ``QLocale.system()``.

Our catalogue is ``qubesmanager_<lang>.qm`` in the package's ``i18n/``
folder (installed by setup.py, or compiled in place with ``python -m
qubesmanager.i18n_build``).  In a checkout or editable install without
compiled catalogues, the ``.ts`` source is compiled on the fly into a
cache folder, so translations work without a build step.
"""

from __future__ import annotations

import logging
import os

from PyQt5.QtCore import (QCoreApplication, QLibraryInfo, QLocale,
                          QTranslator)

from qubesmanager import i18n_build

log = logging.getLogger(__name__)

CATALOGUE = i18n_build.CATALOGUE
#: Qt's catalogues worth loading (standard buttons, file dialogs, ...).
QT_CATALOGUES = ("qtbase", "qt")


def _is_c_locale(value: str) -> bool:
    base = value.split(".")[0].split("@")[0]
    return base in ("C", "POSIX")


def preferred_languages(environ=None) -> list[str]:
    """Languages to try, best first, e.g. ``["de_DE", "de"]``.

    Empty under the C/POSIX locale (English, the source language).
    """
    env = os.environ if environ is None else environ
    locale_value = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG")
                         if env.get(k)), "")
    names: list[str] = []
    if locale_value and _is_c_locale(locale_value):
        return []
    if env.get("LANGUAGE"):
        names += [n for n in env["LANGUAGE"].split(":") if n]
    if locale_value:
        names.append(locale_value)
    if not names:
        names.append(QLocale.system().name())
    out: list[str] = []
    for name in names:
        base = name.split(".")[0].split("@")[0]
        if not base or _is_c_locale(base):
            continue
        for candidate in (base, base.split("_")[0]):
            if candidate not in out:
                out.append(candidate)
    return out


def _cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "qubesmanager", "i18n")


def find_catalogue(lang: str) -> str | None:
    """Path of our compiled catalogue for ``lang``, compiling it if needed."""
    name = f"{CATALOGUE}_{lang}"
    ts_path = os.path.join(i18n_build.TS_DIR, f"{name}.ts")
    installed = os.path.join(i18n_build.QM_DIR, f"{name}.qm")
    if not os.path.isfile(ts_path):         # an installed package
        return installed if os.path.isfile(installed) else None
    # A checkout: use a compiled file only if it is newer than its source.
    ts_mtime = os.stat(ts_path).st_mtime
    for folder in (i18n_build.QM_DIR, _cache_dir()):
        qm_path = os.path.join(folder, f"{name}.qm")
        if os.path.isfile(qm_path) and os.stat(qm_path).st_mtime >= ts_mtime:
            return qm_path
    for folder in (i18n_build.QM_DIR, _cache_dir()):
        qm_path = os.path.join(folder, f"{name}.qm")
        try:
            i18n_build.write_qm(ts_path, qm_path)
            return qm_path
        except OSError as exc:             # read-only checkout: try the cache
            log.debug("cannot write %s: %s", qm_path, exc)
    return None


def _load(translator: QTranslator, path) -> bool:
    path = os.fspath(path)
    return translator.load(os.path.basename(path), os.path.dirname(path))


class ContextFallbackTranslator(QTranslator):
    """Finds a translation by source text when its context does not match.

    PyQt's ``self.tr()`` uses the *runtime* class name as context, so a
    string in a base class method, called on a subclass, is looked up under
    the subclass's name, while pylupdate5 filed it under the base class;
    helpers such as ``parent.tr(...)`` have the same problem.  Installed
    behind the real catalogue, this translator answers those misses from
    the same catalogue, keyed by source text (and disambiguation).
    """

    def __init__(self, qm_path, parent=None):
        super().__init__(parent)
        with open(qm_path, "rb") as qm_file:
            _lang, self._rules, messages = i18n_build.read_qm(qm_file.read())
        self._by_key: dict[tuple[str, str], list[str]] = {}
        for _context, source, comment, forms in messages:
            if forms and any(forms):
                self._by_key.setdefault((source, comment), forms)
                self._by_key.setdefault((source, ""), forms)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        forms = self._by_key.get((source or "", disambiguation or ""))
        if not forms:
            return None  # a null QString: Qt goes on to the next translator
        if n is not None and n >= 0 and len(forms) > 1:
            index = i18n_build.numerus_index(self._rules, n)
            return forms[min(index, len(forms) - 1)]
        return forms[0]

    def isEmpty(self):  # noqa: D102,N802 (Qt override)
        return not self._by_key


def install_translators(app: QCoreApplication | None = None,
                        languages: list[str] | None = None) -> list[QTranslator]:
    """Install Qt's and our translators for the first available language.

    Returns the translators (also kept on the application object, so they
    live as long as it).  Nothing is installed for English / C.
    """
    app = app or QCoreApplication.instance()
    languages = preferred_languages() if languages is None else languages
    installed: list[QTranslator] = []
    for lang in languages:
        ours = find_catalogue(lang)
        if ours is None:
            continue
        translator = QTranslator(app)
        if not _load(translator, ours):
            log.warning("could not load %s", ours)
            continue
        # consulted last: Qt asks the most recently installed translator first
        try:
            fallback = ContextFallbackTranslator(ours, app)
        except (OSError, ValueError) as exc:
            log.warning("no context fallback for %s: %s", ours, exc)
        else:
            app.installTranslator(fallback)
            installed.append(fallback)
        qt_dir = QLibraryInfo.location(QLibraryInfo.TranslationsPath)
        for catalogue in QT_CATALOGUES:
            qt_translator = QTranslator(app)
            if qt_translator.load(f"{catalogue}_{lang}", qt_dir):
                app.installTranslator(qt_translator)
                installed.append(qt_translator)
                break
        app.installTranslator(translator)
        installed.append(translator)
        app._qubesmanager_locale = QLocale()  # pylint: disable=protected-access
        QLocale.setDefault(QLocale(lang))
        _activate_humanize(lang)
        log.info("translations: %s", lang)
        break
    app.setProperty("qubesmanager_language",
                    languages[0] if installed else "en")
    # keep Python references alive with the application
    app._qubesmanager_translators = installed  # pylint: disable=protected-access
    return installed


#: the name ``launch.install_translations`` looks for
install = install_translators


def _activate_humanize(lang: str) -> None:
    """Humanized sizes and times in the same language, when humanize has it."""
    try:
        import humanize.i18n
    except ImportError:  # pragma: no cover - humanize is a dependency
        return
    for candidate in (lang, f"{lang}_{lang.upper()}"):
        try:
            humanize.i18n.activate(candidate)
            return
        except OSError:          # no catalogue for this spelling
            continue


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Undo :func:`install_translators` (tests switch languages)."""
    app = app or QCoreApplication.instance()
    for translator in getattr(app, "_qubesmanager_translators", []):
        app.removeTranslator(translator)
    app._qubesmanager_translators = []  # pylint: disable=protected-access
    previous = getattr(app, "_qubesmanager_locale", None)
    if previous is not None:
        QLocale.setDefault(previous)
    try:
        import humanize.i18n
        humanize.i18n.deactivate()
    except ImportError:  # pragma: no cover
        pass
