"""Fixtures and helpers shared by the ``test_views_*`` modules (Qt layer only).

Used as ``worker = views_support.worker`` in a test module: pytest finds fixtures assigned to
module attributes, and the Qt-free tests never import this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from planmanager_desktop.app.db_worker import DbWorker, new_executor
from planmanager_desktop.app.language import LanguagePreference
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import CustomerInput, DossierInput, VehicleInput
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence.models import Dossier, Repairer
from planmanager_desktop.views.activation_watcher import ActivationWatcher
from planmanager_desktop.views.dossier_list_model import DossierListModel
from planmanager_desktop.views.main_window import MainWindow


class Today:
    """An injectable "today" for the activation watcher: a scheduled date can pass in a test."""

    def __init__(self, value: dt.date) -> None:
        self.value = value

    def __call__(self) -> dt.date:
        return self.value


@pytest.fixture
def worker(services: Services) -> Iterator[DbWorker]:
    db_worker = DbWorker(new_executor(), services.database)
    yield db_worker
    db_worker.shutdown()
    db_worker.deleteLater()


@pytest.fixture
def language(tmp_path: Path) -> LanguagePreference:
    """This test's own per-user settings file (never the real user profile)."""
    return LanguagePreference(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def today() -> Today:
    return Today(dt.date.today())


@pytest.fixture
def main_window(
    qtbot: QtBot, services: Services, worker: DbWorker, language: LanguagePreference, today: Today
) -> Iterator[MainWindow]:
    watcher = ActivationWatcher(services.activation, today=today)
    window = MainWindow(services, worker, language=language, watcher=watcher)
    window.show()
    wait_loaded(qtbot, window.dossier_page.model)
    yield window
    for dossier_window in list(window.dossier_windows):
        dossier_window.dirty = False
    window.close()
    window.deleteLater()
    qtbot.wait(1)


def wait_loaded(qtbot: QtBot, model: DossierListModel) -> None:
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)


def add_repairer(services: Services, name: str = "Carrosserie Peeters", ref: str | None = None) -> Repairer:
    return services.repairers.add(RepairerInput(name=name, external_reference=ref))


def add_dossier(
    services: Services, repairer: Repairer, *, plate: str = "", customer: str = "", **extra: object
) -> Dossier:
    return services.dossiers.create(
        DossierInput(
            repairer_id=repairer.id,
            vehicle=VehicleInput(license_plate=plate),
            customer=CustomerInput(name=customer),
            **extra,  # type: ignore[arg-type]
        )
    )


def all_rows(model: DossierListModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


Wait = Callable[[], None]
