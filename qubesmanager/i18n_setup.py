"""The setuptools ``build_py`` step that ships ui/, icons/ and compiled
translations inside the package.

Kept apart from :mod:`qubesmanager.i18n_build` so the running tools never
import setuptools (several MiB of modules in a long-running applet).
"""

from __future__ import annotations

from pathlib import Path

from setuptools.command.build_py import build_py

from qubesmanager.i18n_build import compile_all, copy_tree_files


class BuildWithTranslations(build_py):
    """build_py that also ships ui/, icons/ and compiled translations in the package."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # editable installs read the checkout directly
        root = Path(self.get_package_dir("qubesmanager")).resolve().parent
        target = Path(self.build_lib) / "qubesmanager"
        self._extra = []
        self._extra += copy_tree_files(root / "ui", target / "ui", "*.ui")
        self._extra += copy_tree_files(root / "icons", target / "icons",
                                       "*.svg")
        self._extra += compile_all(root / "i18n", target / "i18n")

    def get_outputs(self, include_bytecode=True):
        return super().get_outputs(include_bytecode) + [
            str(p) for p in getattr(self, "_extra", [])]
