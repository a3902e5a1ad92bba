"""The dossier list and the dossier window, driven like a user would (typing, clicking)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import views_support
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planmanager_desktop.composition import Services
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import Assignment, Dossier, EstimateLine, EstimateVersion
from planmanager_desktop.views.dossier_list_model import DossierListModel
from planmanager_desktop.views.dossier_window import DossierWindow
from planmanager_desktop.views.main_window import MainWindow
from planmanager_desktop.views.queue_model import QueueModel, load_waiting

#: The offscreen test platform cannot raise windows or pass size hints; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

worker = views_support.worker
language = views_support.language
today = views_support.today
main_window = views_support.main_window


def _new_window(main_window: MainWindow) -> DossierWindow:
    window = main_window.new_dossier()
    window.dirty = False
    return window


def test_create_dossier_by_typing_and_saving_shows_it_in_the_list(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    views_support.add_repairer(services, "Carrosserie Peeters")
    views_support.add_repairer(services, "Garage Dubois")
    qtbot.mouseClick(main_window.dossier_page.ui.newButton, Qt.MouseButton.LeftButton)
    window = main_window.dossier_windows[-1]
    ui = window.ui
    assert ui.numberValue.text() == "Nieuw dossier"
    ui.repairerCombo.setCurrentIndex(ui.repairerCombo.findText("Garage Dubois"))
    ui.tabWidget.setCurrentWidget(ui.vehicleTab)
    qtbot.keyClicks(ui.plateEdit, "1 abc 123")
    qtbot.keyClicks(ui.makeEdit, "Volkswagen")
    qtbot.keyClicks(ui.odometerEdit, "125.000")
    qtbot.keyClicks(ui.firstRegistrationEdit, "15/03/2019")
    ui.tabWidget.setCurrentWidget(ui.customerTab)
    qtbot.keyClicks(ui.customerNameEdit, "Jan Peeters")
    assert window.dirty

    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    assert window.dossier_id is not None and not window.dirty
    stored = services.dossiers.get(window.dossier_id)
    assert stored.vehicle.license_plate == "1-ABC-123"
    assert stored.vehicle.first_registration == dt.date(2019, 3, 15)
    assert stored.odometer_km == 125_000
    assert stored.customer.name == "Jan Peeters"
    assert stored.repairer.name == "Garage Dubois"
    assert ui.numberValue.text() == stored.number
    model = main_window.dossier_page.model
    qtbot.waitUntil(lambda: stored.number in views_support.all_rows(model, 0), timeout=10_000)


def test_validation_message_appears_next_to_the_field(main_window: MainWindow, services: Services) -> None:
    views_support.add_repairer(services)
    window = _new_window(main_window)
    window.ui.emailEdit.setText("geen-adres")
    window.ui.customerNameEdit.setText("Jan")
    assert not window.save()
    assert window.ui.emailError.text() == "Het e-mailadres van de klant is ongeldig."
    assert window.ui.emailError.isVisibleTo(window)
    assert window.ui.tabWidget.currentWidget() is window.ui.customerTab
    assert Dossier.select().count() == 0


def test_missing_repairer_and_bad_km_are_refused_in_dutch(
    main_window: MainWindow, services: Services
) -> None:
    views_support.add_repairer(services, "A")
    views_support.add_repairer(services, "B")
    window = _new_window(main_window)
    assert not window.save()
    assert window.ui.repairerError.text() == "Kies een hersteller voor dit dossier."
    window.ui.repairerCombo.setCurrentIndex(1)
    window.ui.odometerEdit.setText("veel")
    assert not window.save()
    assert "km-stand" in window.ui.odometerError.text()
    assert not window.ui.repairerError.isVisibleTo(window)


def test_open_existing_dossier_by_double_click_and_edit(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    repairer = views_support.add_repairer(services)
    dossier = views_support.add_dossier(services, repairer, plate="1-XYZ-999", customer="An Jacobs")
    page = main_window.dossier_page
    page.reload()
    views_support.wait_loaded(qtbot, page.model)
    table = page.ui.dossierTable
    rect = table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.ui.openButton.isEnabled()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    window = main_window.dossier_windows[-1]
    assert window.dossier_id == dossier.id
    assert window.ui.plateEdit.text() == "1-XYZ-999"
    assert "An Jacobs" in window.ui.summaryValue.text()
    assert main_window.open_dossier(dossier.id) is window  # opened once, raised again

    window.ui.customerNameEdit.setText("An Jacobs-Peeters")
    assert window.save()
    assert services.dossiers.get(dossier.id).customer.name == "An Jacobs-Peeters"


def test_search_filters_the_list_in_sql(qtbot: QtBot, main_window: MainWindow, services: Services) -> None:
    repairer = views_support.add_repairer(services)
    views_support.add_dossier(services, repairer, plate="1-ABC-123", customer="Jan Peeters")
    views_support.add_dossier(services, repairer, plate="2-DEF-456", customer="Sofie Janssens")
    views_support.add_dossier(services, repairer, plate="3-GHI-789", customer="Luc Maes")
    page = main_window.dossier_page
    page.reload()
    views_support.wait_loaded(qtbot, page.model)
    assert page.model.rowCount() == 3

    qtbot.keyClicks(page.ui.searchEdit, "def456")  # a plate typed without dashes
    assert page.search_timer.isActive()  # debounced: no query per key press
    page.search_timer.timeout.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading)
    assert page.model.index(0, 3).data() == "Sofie Janssens"
    assert page.ui.countLabel.text() == "1 gevonden"

    page.ui.searchEdit.setText("maes")
    page.search_timer.timeout.emit()
    qtbot.waitUntil(lambda: page.model.index(0, 3).data() == "Luc Maes" and not page.model.loading)

    page.ui.searchEdit.clear()
    page.search_timer.timeout.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.loading)


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, main_window: MainWindow, services: Services) -> None:
    repairer = views_support.add_repairer(services)
    for name in ("Bart", "Anna", "Carl"):
        views_support.add_dossier(services, repairer, customer=name)
    page = main_window.dossier_page
    page.reload()
    views_support.wait_loaded(qtbot, page.model)
    header = page.ui.dossierTable.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 3))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.query.sort.value == "customer")
    names = views_support.all_rows(page.model, 3)
    assert names in (["Anna", "Bart", "Carl"], ["Carl", "Bart", "Anna"])


def _section_centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_adding_a_photo_from_disk_shows_a_thumbnail(
    qtbot: QtBot, main_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    repairer = views_support.add_repairer(services)
    dossier = views_support.add_dossier(services, repairer, plate="1-ABC-123")
    photo = tmp_path / "schade voorzijde.jpg"
    Image.new("RGB", (800, 600), "#4a78b5").save(photo, "JPEG")
    window = main_window.open_dossier(dossier.id)
    window.ui.tabWidget.setCurrentWidget(window.ui.photosTab)

    window.add_photos([photo])
    qtbot.waitUntil(lambda: window.photo_model.rowCount() == 1, timeout=10_000)

    index = window.photo_model.index(0, 0)
    assert index.data() == "schade voorzijde.jpg"
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert window.ui.photoStatusLabel.text() == "Foto's in dit dossier: 1"
    assert window.photo_error_box is None
    assert len(services.photos.for_dossier(dossier.id)) == 1


def test_C360_PHO_1_a_photo_without_a_picture_shows_a_tile_that_says_why(
    qtbot: QtBot, main_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    """C360-PHO-1: on the Foto's tab, a photo whose file is not on this PC (a shared database)
    and one that turns out damaged each show a tile with the reason, not an empty space; the
    tooltip says it in a sentence."""
    repairer = views_support.add_repairer(services)
    dossier = views_support.add_dossier(services, repairer)
    for name, colour in (("voorkant.jpg", "#4a78b5"), ("achterkant.jpg", "#b54a4a")):
        Image.new("RGB", (640, 480), colour).save(tmp_path / name, "JPEG")
        services.photos.add_from_file(dossier.id, tmp_path / name)
    gone, damaged = sorted(services.photos.for_dossier(dossier.id), key=lambda p: p.original_name or "")[::-1]
    services.photos.store.path(gone).unlink()
    data = bytearray(services.photos.store.path(damaged).read_bytes())
    dht = data.index(b"\xff\xc4")  # a Huffman table that cannot exist: whole, but undecodable
    counts = data[dht + 5 : dht + 21]
    largest = max(range(16), key=lambda k: counts[k])
    data[dht + 5] += 3
    data[dht + 5 + largest] -= 3
    services.photos.store.path(damaged).write_bytes(bytes(data))

    window = main_window.open_dossier(dossier.id)
    window.ui.tabWidget.setCurrentWidget(window.ui.photosTab)
    qtbot.waitUntil(lambda: window.photo_model.rowCount() == 2, timeout=10_000)

    tiles = {}
    for row in range(2):
        index = window.photo_model.index(row, 0)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
        tiles[index.data()] = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Het bestand van deze foto staat niet op deze pc." in tiles["voorkant.jpg"]
    assert "beschadigd" in tiles["achterkant.jpg"]


def test_C360_PHO_3_bad_photo_file_is_refused_with_a_dutch_message(
    qtbot: QtBot, main_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    repairer = views_support.add_repairer(services)
    dossier = views_support.add_dossier(services, repairer)
    fake = tmp_path / "factuur.jpg"
    fake.write_text("dit is geen foto")
    good = tmp_path / "goed.png"
    Image.new("RGB", (64, 48), "red").save(good, "PNG")
    window = main_window.open_dossier(dossier.id)

    window.add_photos([fake, good])
    qtbot.waitUntil(lambda: window.photo_error_box is not None, timeout=10_000)

    box = window.photo_error_box
    assert box is not None
    assert box.text() == "Niet elke foto kon toegevoegd worden. Toegevoegd: 1."
    assert "factuur.jpg" in box.informativeText()
    assert "geen" in box.informativeText()
    box.close()
    qtbot.waitUntil(lambda: window.photo_model.rowCount() == 1)


def test_estimate_tab_shows_versions_lines_and_totals(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    repairer = views_support.add_repairer(services)
    dossier = views_support.add_dossier(services, repairer)
    empty = main_window.open_dossier(dossier.id)
    qtbot.waitUntil(lambda: not main_window.worker.busy)
    assert empty.ui.estimateStack.currentWidget() is empty.ui.estimateEmptyPage
    empty.close()

    _estimate(dossier.id, version=1)
    _estimate(dossier.id, version=2)
    window = main_window.open_dossier(dossier.id)
    qtbot.waitUntil(lambda: window.estimate_model.rowCount() == 2, timeout=10_000)
    assert window.ui.versionCombo.count() == 2
    assert window.ui.versionCombo.itemText(0).startswith("Versie 2")
    assert window.estimate_model.index(0, 1).data() == "Onderdeel"
    assert "1.346,61" in window.ui.estimateTotalsLabel.text()


def _estimate(dossier_id: int, version: int) -> EstimateVersion:
    ev = EstimateVersion.create(
        dossier=dossier_id, version=version, total_net=Decimal("1112.90"), total_gross=Decimal("1346.61")
    )
    EstimateLine.create(
        estimate_version=ev, line_no=1, kind="part", description="Bumper voor",
        quantity=Decimal("1"), unit_price=Decimal("312.50"), amount=Decimal("312.50"),
    )  # fmt: skip
    EstimateLine.create(
        estimate_version=ev, line_no=2, kind="labour", description="Montage",
        quantity=Decimal("2.5"), unit_price=Decimal("76"), amount=Decimal("190"),
    )  # fmt: skip
    return ev


def test_queue_shows_waiting_assignments_or_empty_text(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    page = main_window.queue_page
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text() == "Er wachten geen opdrachten."
    repairer = views_support.add_repairer(services)
    _assignment(repairer.id, "8902305", "queued")
    _assignment(repairer.id, "8902306", "auto")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.ui.stack.currentWidget() is page.ui.tablePage
    assert page.model.index(0, 0).data() == "8902305"


def _assignment(repairer_id: int, number: str, queue_state: str) -> Assignment:
    now = utcnow()
    return Assignment.create(
        repairer=repairer_id, number=number, license_plate="1-LMH-260", customer_name="Sophia",
        remote_created_at=now, remote_updated_at=now, queue_state=queue_state,
    )  # fmt: skip


# qtmodeltester on every table model ----------------------------------------------------------
def test_dossier_list_model_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, worker: object
) -> None:
    repairer = views_support.add_repairer(services)
    for i in range(7):
        views_support.add_dossier(services, repairer, plate=f"1-ABC-10{i}", customer=f"Klant {i}")
    model = DossierListModel(services.dossiers, worker, page_size=3)  # type: ignore[arg-type]
    model.reload()
    views_support.wait_loaded(qtbot, model)
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.rowCount() == 6)  # the tester's fetchMore added a page
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 7)
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_repairer_queue_estimate_and_photo_models_pass_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, main_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    repairer = views_support.add_repairer(services, "Carrosserie Peeters", "0403170701")
    views_support.add_repairer(services, "Garage Dubois")
    dossier = views_support.add_dossier(services, repairer)
    _assignment(repairer.id, "1", "queued")
    _estimate(dossier.id, 1)
    photo = tmp_path / "a.png"
    Image.new("RGB", (64, 48), "red").save(photo, "PNG")
    main_window.repairers_page.reload()
    qtmodeltester.check(main_window.repairers_page.model)

    queue = QueueModel()
    queue.set_rows(load_waiting(services.queue))
    qtmodeltester.check(queue)

    window = main_window.open_dossier(dossier.id)
    window.add_photos([photo])
    qtbot.waitUntil(lambda: window.photo_model.rowCount() == 1 and window.estimate_model.rowCount() == 2)
    qtmodeltester.check(window.estimate_model)
    qtmodeltester.check(window.photo_model)
