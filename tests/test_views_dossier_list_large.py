"""The dossier list stays quick with 50,000 dossiers: it shows a page, never loads them all."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from planmanager_desktop.app.db_worker import DbWorker, new_executor
from planmanager_desktop.composition import Services, build_services
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import Customer, Dossier, Repairer
from planmanager_desktop.views.dossier_list_model import PAGE_SIZE, DossierListModel

COUNT = 50_000


@pytest.fixture
def big(sqlite_database: Database, tmp_path: Path) -> Iterator[tuple[Services, DbWorker]]:
    services = build_services(sqlite_database, tmp_path / "data")
    start = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
    with sqlite_database.peewee.atomic():
        repairer = Repairer.create(name="Carrosserie Peeters")
        rows = [{"name": f"Klant {i:05d}"} for i in range(COUNT)]
        for chunk in range(0, COUNT, 5000):
            Customer.insert_many(rows[chunk : chunk + 5000]).execute()
        first = Customer.select(Customer.id).order_by(Customer.id).first().id
        dossiers = [
            {
                "number": f"PM-2015-{i:05d}",
                "repairer": repairer.id,
                "customer": first + i,
                "status": "open",
                "created_at": start + dt.timedelta(minutes=i),
                "updated_at": start,
            }
            for i in range(COUNT)
        ]
        for chunk in range(0, COUNT, 5000):
            Dossier.insert_many(dossiers[chunk : chunk + 5000]).execute()
    worker = DbWorker(new_executor(), sqlite_database)
    yield services, worker
    worker.shutdown()
    worker.deleteLater()


@pytest.mark.slow
def test_50000_dossiers_show_the_first_page_quickly_and_page_on_demand(
    qtbot: QtBot, big: tuple[Services, DbWorker]
) -> None:
    services, worker = big
    model = DossierListModel(services.dossiers, worker)
    started = time.perf_counter()
    model.reload()
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    elapsed = time.perf_counter() - started

    assert model.total == COUNT
    assert model.rowCount() == PAGE_SIZE  # one page, not 50,000 rows
    assert elapsed < 3.0, f"first page took {elapsed:.2f} s"
    assert model.index(0, 0).data() == "PM-2015-49999"  # newest first
    assert model.canFetchMore(QModelIndex())

    model.sort(3, Qt.SortOrder.AscendingOrder)  # Klant: sorted by the database
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.rowCount() == PAGE_SIZE
    assert model.index(0, 3).data() == "Klant 00000"

    model.set_search("Klant 4999")  # filtered by the database
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.total == 10  # Klant 49990 .. Klant 49999
    assert model.rowCount() == 10 and not model.canFetchMore(QModelIndex())

    model.set_search("")
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.rowCount() == PAGE_SIZE
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=10_000)
