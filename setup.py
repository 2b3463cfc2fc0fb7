"""Qubes Manager packaging: one console entry point per tool.

Translations (i18n/*.ts) are compiled to .qm during build_py (see
qubesmanager/i18n_build.py) and installed inside the package.
"""

from setuptools import find_packages, setup

try:  # compile translations when building; absent tooling is not fatal
    from qubesmanager.i18n_build import BuildWithTranslations
    CMDCLASS = {"build_py": BuildWithTranslations}
except ImportError:  # pragma: no cover - during early bootstrap
    CMDCLASS = {}

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
    license="GPL-2.0-or-later",
    python_requires=">=3.11",
    packages=find_packages(include=["qubesmanager", "qubesmanager.*"]),
    include_package_data=True,
    package_data={"qubesmanager": ["i18n/*.qm", "icons/*.svg", "ui/*.ui"]},
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
