"""Where icons and translations are found, in a checkout and in the installed program.

Decision (read by the installer's ``build_installer.spec``): the files live in the top-level
``resources/`` folder of the repository (``resources/icons/*.svg``, ``resources/icons/planmanager.ico``,
``resources/translations/*.qm``) and are **not** compiled into Python code, so that they stay
plain files a designer can open. They are found like this:

* in a PyInstaller bundle (``sys.frozen``): ``<sys._MEIPASS>/resources`` — the spec must ship the
  folder under that name: ``datas=[("resources/icons", "resources/icons"),
  ("resources/translations", "resources/translations")]`` (the ``.ts`` sources may be left out);
* in a checkout or an editable install: ``<repository>/resources``;
* ``PLANMANAGER_RESOURCES`` overrides both (a test or a packager that puts them elsewhere).

A missing icon is a packaging bug, so :func:`icon_path` raises instead of showing a blank button.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES_ENV = "PLANMANAGER_RESOURCES"
#: The folder name inside a PyInstaller bundle (``sys._MEIPASS``).
BUNDLE_DIRNAME = "resources"
#: The file the Windows installer and the ``.exe`` use as their icon.
WINDOWS_ICON = "icons/planmanager.ico"


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / BUNDLE_DIRNAME
    return Path(__file__).resolve().parents[2] / BUNDLE_DIRNAME


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    """``name`` without extension, e.g. ``"dossier"``; raises when the file is not shipped."""
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"Pictogram {name!r} ontbreekt in {icons_dir()}: installatie onvolledig.")
    return path


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (cached: every tab and button shares one)."""
    return QIcon(str(icon_path(name)))


def app_icon() -> QIcon:
    return icon("app")
