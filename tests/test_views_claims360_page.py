"""The Claims360 page against the sandbox over HTTP, on both databases (C360-SYNC-2/4/6/8).

Vernieuwen fills the table with the sandbox's assignments (cells checked), the filters narrow it
in SQL, a double click opens the dossier, the info panel and the status bar sum the run up.
"""

from __future__ import annotations

import datetime as dt

import claims360_views_support as support
import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planmanager_desktop.composition import Services
from planmanager_desktop.persistence.models import Assignment, Dossier, SyncState
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sync.engine import SyncOutcome, SyncProgress, SyncResult
from planmanager_desktop.sync.lease import SyncLease
from planmanager_desktop.views.claims360_assignment_model import Claims360AssignmentModel
from planmanager_desktop.views.claims360_page import Claims360Page
from planmanager_desktop.views.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

qt_loop = support.qt_loop
c360 = support.c360
worker = support.worker
window = support.window

HEADERS = [
    "Nummer", "Compleet", "Werk", "Model", "Nummerplaat", "Klant", "Hersteller", "Datum Import",
    "Smart Expertise", "In PlanManager",
]  # fmt: skip


def _vernieuwen(qtbot: QtBot, main: MainWindow, repairer_id: int) -> tuple[SyncResult, list[SyncProgress]]:
    page = support.page_of(main)
    main.ui.tabWidget.setCurrentWidget(page)
    support.wait_targets(qtbot, page)
    page.ui.repairerCombo.setCurrentIndex(page.ui.repairerCombo.findData(repairer_id))
    assert page.ui.refreshButton.isEnabled()
    progress: list[SyncProgress] = []
    main.scheduler.progress.connect(progress.append)
    with qtbot.waitSignal(main.scheduler.round_finished, timeout=30_000) as finished:
        page.ui.refreshButton.click()
        assert not page.ui.progressBar.isHidden()  # the busy indicator while it runs
    qtbot.waitUntil(lambda: not page.model.loading and page.ui.progressBar.isHidden())
    [result] = finished.args[0]
    return result, progress


def _column(page: Claims360Page, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def _filtered(qtbot: QtBot, page: Claims360Page, change: object) -> list[str]:
    change()  # type: ignore[operator]
    page.apply_filters()
    qtbot.waitUntil(lambda: not page.model.loading)
    return _column(page, 0)


def test_C360_SYNC_2_SYNC_4_vernieuwen_fills_the_table_with_the_right_columns(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    page = support.page_of(window)
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)] == HEADERS
    result, progress = _vernieuwen(qtbot, window, repairer_id)
    assert result.outcome is SyncOutcome.OK, result.message
    expected = Assignment.select().where(Assignment.repairer == repairer_id).count()
    assert expected == 12 and page.model.rowCount() == 12 == result.counts.new
    assert progress and progress[-1].assignments == 12 and progress[-1].pages >= 1
    assert page.ui.progressLabel.text() == f"{result.repairer_name}: 12 nieuw, 0 gewijzigd, 0 ongewijzigd"

    # One row, cell by cell, against the database (Datum Import in local time, dd-MM-yyyy HH:mm).
    row = next(r for r in range(12) if page.model.index(r, 8).data() == "Ja")
    number = page.model.index(row, 0).data()
    a = Assignment.get(Assignment.number == number.split(" ")[0])
    dossier = Dossier.get_by_id(a.dossier_id)
    cells = [page.model.index(row, c).data() for c in range(10)]
    assert cells[1:] == [
        "Ja" if a.complete else "Nee",
        a.work or "",
        " ".join(p for p in (a.make, a.model) if p),
        a.license_plate or "",
        a.customer_name or "",
        sandbox_server.organisations[0]["name"],
        a.imported_at.astimezone().strftime("%d-%m-%Y %H:%M"),
        "Ja",
        dossier.number,
    ]
    dt.datetime.strptime(cells[7], "%d-%m-%Y %H:%M")


def test_C360_SYNC_4_SYNC_8_filters_number_plate_customer_repairer_complete_smart_expertise(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    first = support.configure(c360, sandbox_server, 0)
    second = support.configure(c360, sandbox_server, 1)
    _vernieuwen(qtbot, window, first)
    _vernieuwen(qtbot, window, second)
    page = support.page_of(window)
    ui = page.ui
    assert page.model.rowCount() == 24
    rows = {a.number: a for a in Assignment.select()}
    some = sorted(rows.values(), key=lambda a: a.number)[3]

    assert _filtered(qtbot, page, lambda: ui.numberFilterEdit.setText(some.number[-3:])) == [
        n for n in _all_numbers(rows) if some.number[-3:] in n
    ]
    page.clear_filters()
    plate = some.license_plate.replace("-", "").lower()  # typed without dashes, lower case
    assert some.number in " ".join(_filtered(qtbot, page, lambda: ui.plateFilterEdit.setText(plate)))
    page.clear_filters()
    customer = some.customer_name.split(" ")[0]
    found = _filtered(qtbot, page, lambda: ui.customerFilterEdit.setText(customer))
    assert found and all(customer in rows[n.split(" ")[0]].customer_name for n in found)
    page.clear_filters()

    # C360-SYNC-8: filter by repairer, beside the combo box that chooses whom to import.
    index = ui.repairerFilterCombo.findData(second)
    found = _filtered(qtbot, page, lambda: ui.repairerFilterCombo.setCurrentIndex(index))
    assert len(found) == 12 and set(_column(page, 6)) == {sandbox_server.organisations[1]["name"]}
    page.clear_filters()

    complete = [n for n, a in rows.items() if a.complete]
    found = _filtered(qtbot, page, lambda: ui.completeFilterCombo.setCurrentIndex(1))  # ja
    assert sorted(n.split(" ")[0] for n in found) == sorted(complete)
    found = _filtered(qtbot, page, lambda: ui.completeFilterCombo.setCurrentIndex(2))  # nee
    assert len(found) == 24 - len(complete)
    page.clear_filters()
    smart = [n for n, a in rows.items() if a.smart_expertise]
    found = _filtered(qtbot, page, lambda: ui.smartFilterCombo.setCurrentIndex(1))
    assert sorted(n.split(" ")[0] for n in found) == sorted(smart) and set(_column(page, 8)) <= {"Ja"}
    page.clear_filters()

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert _filtered(qtbot, page, lambda: ui.fromDateEdit.setDate(QDate(tomorrow))) == []
    page.clear_filters()
    assert len(_filtered(qtbot, page, lambda: ui.toDateEdit.setDate(QDate(dt.date.today())))) == 24


def _all_numbers(rows: dict[str, Assignment]) -> list[str]:
    """The table's default order: newest import first (ties: newest row first)."""
    ordered = sorted(rows.values(), key=lambda a: (a.imported_at, a.id), reverse=True)
    return [a.number for a in ordered]


def test_C360_SYNC_8_double_click_on_in_planmanager_opens_that_dossier(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    _vernieuwen(qtbot, window, repairer_id)
    page = support.page_of(window)
    table = page.ui.assignmentTable
    index = page.model.index(2, 9)
    dossier_number = index.data()
    assert dossier_number and index.data(Qt.ItemDataRole.ToolTipRole).startswith("Dubbelklik")
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    assert window.dossier_windows[0].dossier is not None
    assert window.dossier_windows[0].dossier.number == dossier_number
    assert page.ui.openDossierButton.isEnabled()


def test_C360_SYNC_6_info_panel_status_bar_and_notification_after_a_sync(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    page = support.page_of(window)
    support.wait_targets(qtbot, page)
    page.ui.repairerCombo.setCurrentIndex(page.ui.repairerCombo.findData(repairer_id))
    qtbot.waitUntil(lambda: page.ui.lastSyncValue.text() == "nog nooit")
    result, _ = _vernieuwen(qtbot, window, repairer_id)
    qtbot.waitUntil(lambda: page.ui.countsValue.text() == "12 nieuw, 0 gewijzigd, 0 ongewijzigd")
    assert page.ui.resultValue.text() == "gelukt"
    assert page.ui.lastSyncValue.text() == result.finished_at.astimezone().strftime("%H:%M")
    assert page.ui.infoBox.title() == f"Synchronisatie van {result.repairer_name}"
    assert page.ui.nextSyncValue.text() not in ("", "—")
    time = result.finished_at.astimezone().strftime("%H:%M")
    assert window.sync_status.text() == f"Claims360: laatste synchronisatie {time} — 12 nieuwe opdrachten"
    assert window.notifier.last_message == "12 nieuwe opdrachten"
    assert window.notifier.toast.isVisible() and window.notifier.toast.text() == "12 nieuwe opdrachten"

    # Nothing new the second time: no notification, the status bar says so.
    window.notifier.last_message = ""
    _vernieuwen(qtbot, window, repairer_id)
    # Incremental (C360-SYNC-3): nothing changed, so nothing came in at all.
    qtbot.waitUntil(lambda: page.ui.countsValue.text() == "0 nieuw, 0 gewijzigd, 0 ongewijzigd")
    assert window.sync_status.text().endswith("— geen nieuwe opdrachten")
    assert window.notifier.last_message == ""


def test_C360_SYNC_6_unreachable_and_skipped_are_explained_in_the_info_panel(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    page = support.page_of(window)
    c360.settings.set("claims360.base_url", support.dead_url())
    result, _ = _vernieuwen(qtbot, window, repairer_id)
    assert result.unreachable
    qtbot.waitUntil(lambda: "Claims360 niet bereikbaar — nieuwe poging om" in page.ui.messageValue.text())
    retry = page.ui.nextSyncValue.text()
    assert window.sync_status.text() == f"Claims360 niet bereikbaar — nieuwe poging om {retry}"
    assert page.ui.resultValue.text() == "mislukt"

    # Another PC holds the lease: the run is skipped, and the panel says who.
    c360.settings.set("claims360.base_url", sandbox_server.url)
    SyncLease(c360.database, "BOEKHOUDING-PC/4242/abcd").acquire(repairer_id)
    result, _ = _vernieuwen(qtbot, window, repairer_id)
    assert result.outcome is SyncOutcome.SKIPPED
    qtbot.waitUntil(lambda: "BOEKHOUDING-PC" in page.ui.messageValue.text())
    assert SyncState.get(SyncState.repairer == repairer_id).lease_holder.startswith("BOEKHOUDING-PC")


def test_claims360_assignment_model_passes_qtmodeltester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    c360: Services,
    window: MainWindow,
    worker: object,
    sandbox_server: SandboxServer,
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    _vernieuwen(qtbot, window, repairer_id)
    model = Claims360AssignmentModel(worker, page_size=5)  # type: ignore[arg-type]
    model.reload()
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 5 and model.total == 12
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.rowCount() == 10)  # the tester's fetchMore added a page
    model.sort(0)
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() >= 5 and model.query.sort == "number")
    assert _sorted_numbers(model) == sorted(_sorted_numbers(model))
    qtmodeltester.check(model)


def _sorted_numbers(model: Claims360AssignmentModel) -> list[str]:
    return [model.index(r, 0).data().split(" ")[0] for r in range(model.rowCount())]
