"""Qubes Manager packaging: one console entry point per tool.

The build step (qubesmanager/i18n_setup.py) compiles i18n/*.ts to .qm and
copies the top-level ui/ and icons/ into the package, where
qubesmanager.uiloader, qubesmanager.i18n and qubesmanager.widgets.icons
look first.  Desktop files and the application icon go to share/.
"""

import glob
import os
import sys

from setuptools import find_packages, setup

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # build backends differ on whether they add it
from qubesmanager.i18n_setup import BuildWithTranslations  # noqa: E402

CMDCLASS = {"build_py": BuildWithTranslations}



def _readme() -> str:
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as readme:
        return readme.read()


TOOLS = {
    "qubes-qube-manager": "qubesmanager.manager.app:main",
    "qubes-vm-settings": "qubesmanager.settings.app:main",
    "qubes-vm-create": "qubesmanager.dialogs.create:main",
    "qubes-vm-clone": "qubesmanager.dialogs.clone:main",
    "qubes-backup": "qubesmanager.backup.app:main",
    "qubes-backup-restore": "qubesmanager.restore.app:main",
    "qubes-template-manager": "qubesmanager.templates.app:main",
    "qubes-global-settings": "qubesmanager.globalsettings.app:main",
    "qubes-domains-tray": "qubesmanager.tray.app:main",
    "qubes-manager-sandbox": "qubesmanager.sandbox.__main__:main",
}

setup(
    name="qubesmanager",
    version="0.1.0",
    description="Qubes OS desktop management suite (PyQt5)",
    long_description=_readme(),
    long_description_content_type="text/markdown",
    license="GPL-2.0-or-later",
    python_requires=">=3.11",
    packages=find_packages(include=["qubesmanager", "qubesmanager.*"]),
    include_package_data=True,
    package_data={"qubesmanager": ["i18n/*.qm", "icons/*.svg", "ui/*.ui"]},
    data_files=[
        ("share/applications", sorted(glob.glob("*.desktop"))),
        ("share/icons/hicolor/scalable/apps", ["icons/qubes-manager.svg"]),
    ],
    install_requires=[
        "PyQt5>=5.15,<5.16",
        "qasync>=0.27,<0.29",
        "humanize>=4.0,<5",
        "pyxdg>=0.28,<1",
        "PyYAML>=6.0,<7",
        "cryptography>=41",
    ],
    extras_require={
        "test": ["pytest>=8,<10", "pytest-qt>=4.4,<5",
                 "pytest-timeout>=2.3,<3"],
    },
    entry_points={"console_scripts": [f"{k}={v}" for k, v in TOOLS.items()]},
    cmdclass=CMDCLASS,
)
