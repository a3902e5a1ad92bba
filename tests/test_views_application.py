"""The entry point the command line calls: ``run_gui(services, demo_info=…, smoke_test=…)``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from planmanager_desktop.app import resources
from planmanager_desktop.app.application import run_gui
from planmanager_desktop.composition import Services

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def test_run_gui_smoke_test_shows_the_main_window_and_returns_0(
    qapp: QApplication, services: Services
) -> None:
    assert run_gui(services, demo_info={"Sandbox": "http://127.0.0.1:1"}, smoke_test=True) == 0
    assert qapp.organizationName() == "InSyPro"
    assert qapp.applicationName() == "PlanManager Desktop"
    assert not qapp.windowIcon().isNull()


def test_every_icon_the_program_uses_is_shipped() -> None:
    names = ["app", "dossier", "repairer", "queue", "settings", "claims360", "winformex", "info", "add",
             "search", "refresh", "photo", "open", "edit", "save"]  # fmt: skip
    for name in names:
        assert resources.icon_path(name).is_file()
    assert (resources.resources_dir() / resources.WINDOWS_ICON).is_file()


def test_a_missing_icon_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match="ontbreekt"):
        resources.icon_path("bestaat-niet")
