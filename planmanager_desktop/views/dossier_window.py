"""The dossier screen: header with the i button, tabs, "Bewaren". Several may be open at once.

The same window creates a new dossier (``dossier_id=None``; the number is assigned on save).
Its last tab is WinFormEx before the Claims360 activation and Claims360 after it; the main
window calls :meth:`DossierWindow.set_claims360_active` when the activation changes (C360-ACT-2).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMainWindow, QMessageBox, QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import DomainError, ValidationError
from planmanager_desktop.persistence.models import Dossier, EstimateVersion
from planmanager_desktop.views import dossier_form, labels, styling
from planmanager_desktop.views.dossier_claims360_actions import DossierClaims360Actions
from planmanager_desktop.views.dossier_link_tabs import DossierClaims360Tab, DossierWinFormExTab
from planmanager_desktop.views.estimate_model import EstimateLineModel, estimate_lines, estimate_versions
from planmanager_desktop.views.field_errors import FieldErrors
from planmanager_desktop.views.generated.ui_dossier_window import Ui_DossierWindow
from planmanager_desktop.views.photo_thumbnails import (
    AddResult,
    PhotoEntry,
    PhotoThumbnailModel,
    add_files,
    load_entries,
)


class DossierWindow(QMainWindow):
    """One dossier.

    Signals:
        saved(int): the dossier with this id was stored (the list reloads).
        closed(): the window closed.
        photos_changed(int): photos were added to the dossier with this id.
    """

    saved = Signal(int)
    closed = Signal()
    photos_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        dossier_id: int | None,
        *,
        claims360_active: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_DossierWindow()
        self.ui.setupUi(self)
        styling.apply(self)
        self.setWindowIcon(resources.icon("dossier"))
        self._services = services
        self._worker = worker
        self.dossier_id = dossier_id
        self.dossier: Dossier | None = None
        self.dirty = False
        self.photo_error_box: QMessageBox | None = None
        self._photo_entries: list[PhotoEntry] = []
        self._versions: list[EstimateVersion] = []
        self.claims360_active = claims360_active
        self.link_tab: DossierClaims360Tab | DossierWinFormExTab | None = None
        self._setup_widgets()
        self.errors = self._field_errors()
        self.claims360 = DossierClaims360Actions(self, services, worker)
        if dossier_id is not None:
            self.dossier = services.dossiers.get(dossier_id)
            dossier_form.fill(self.ui, self.dossier)
        self.set_claims360_active(claims360_active)
        self._show_header()
        self._watch_for_changes()
        self.reload_photos()
        self.reload_estimate()
        self.statusBar().hide()

    # Set-up ----------------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        tabs = ui.tabWidget
        tabs.setTabIcon(tabs.indexOf(ui.photosTab), resources.icon("photo"))
        ui.infoButton.setIcon(resources.icon("info"))
        ui.saveButton.setIcon(resources.icon("save"))
        ui.addPhotosButton.setIcon(resources.icon("add"))
        for repairer in self._services.repairers.list():
            ui.repairerCombo.addItem(repairer.name, repairer.id)
        if ui.repairerCombo.count() != 1:
            ui.repairerCombo.insertItem(0, self.tr("— Kies een hersteller —"), None)
            ui.repairerCombo.setCurrentIndex(0)
        for value in labels.status_values():
            ui.statusCombo.addItem(labels.status_text(value), value)
        ui.plateEdit.setPlaceholderText(self.tr("bv. 1-ABC-123"))
        ui.firstRegistrationEdit.setPlaceholderText(self.tr("dd/mm/jjjj"))
        ui.odometerEdit.setPlaceholderText(self.tr("bv. 125000"))
        ui.vinEdit.setMaxLength(17)
        ui.emailEdit.setPlaceholderText(self.tr("naam@voorbeeld.be"))
        ui.descriptionEdit.setTabChangesFocus(True)
        styling.mark(ui.photoStatusLabel, "note")
        styling.mark(ui.estimateInfoLabel, "note")
        styling.mark(ui.estimateEmptyLabel, "empty")
        self.photo_model = PhotoThumbnailModel(self)
        ui.photoList.setModel(self.photo_model)
        self.estimate_model = EstimateLineModel(self)
        ui.estimateTable.setModel(self.estimate_model)
        header = ui.estimateTable.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((50, 100, 110, 300, 80, 110, 110)):
            ui.estimateTable.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.estimateTable.verticalHeader().setDefaultSectionSize(ui.estimateTable.fontMetrics().height() + 8)
        ui.saveButton.clicked.connect(self.save)
        ui.addPhotosButton.clicked.connect(self._choose_photos)
        ui.versionCombo.currentIndexChanged.connect(self._show_version)

    def _field_errors(self) -> FieldErrors:
        ui = self.ui
        return FieldErrors(
            {
                "repairer": (ui.repairerCombo, ui.repairerError),
                "status": (ui.statusCombo, ui.statusError),
                "license_plate": (ui.plateEdit, ui.plateError),
                "vin": (ui.vinEdit, ui.vinError),
                "first_registration": (ui.firstRegistrationEdit, ui.firstRegistrationError),
                "odometer_km": (ui.odometerEdit, ui.odometerError),
                "customer_name": (ui.customerNameEdit, ui.customerNameError),
                "email": (ui.emailEdit, ui.emailError),
            },
            ui.formError,
            ui.tabWidget,
        )

    def _watch_for_changes(self) -> None:
        ui = self.ui
        for edit in (
            ui.insurerEdit, ui.claimNumberEdit, ui.plateEdit, ui.vinEdit, ui.makeEdit, ui.modelEdit,
            ui.firstRegistrationEdit, ui.odometerEdit, ui.customerNameEdit, ui.phoneEdit,
            ui.emailEdit, ui.addressEdit,
        ):  # fmt: skip
            edit.textEdited.connect(self._changed)
        ui.descriptionEdit.textChanged.connect(self._changed)
        ui.repairerCombo.activated.connect(self._changed)
        ui.statusCombo.activated.connect(self._changed)

    @Slot()
    def _changed(self) -> None:
        self.dirty = True

    # Header and link tab --------------------------------------------------------------------
    def _show_header(self) -> None:
        ui = self.ui
        dossier = self.dossier
        if dossier is None:
            ui.numberValue.setText(self.tr("Nieuw dossier"))
            ui.statusValue.hide()
            ui.summaryValue.setText(self.tr("Het dossiernummer wordt toegekend bij het bewaren."))
            self.setWindowTitle(self.tr("Nieuw dossier – PlanManager"))
            return
        ui.numberValue.setText(dossier.number)
        ui.statusValue.setText(labels.status_text(dossier.status))
        ui.statusValue.show()
        plate = dossier.vehicle.license_plate if dossier.vehicle else None
        customer = dossier.customer.name if dossier.customer else None
        parts = [
            plate or self.tr("geen nummerplaat"),
            customer or self.tr("geen klant"),
            dossier.repairer.name,
        ]
        ui.summaryValue.setText("   ·   ".join(parts))
        self.setWindowTitle(self.tr("Dossier {number} – PlanManager").format(number=dossier.number))

    @Slot(bool)
    def set_claims360_active(self, active: bool) -> None:
        """Swap the WinFormEx tab for the Claims360 tab (or back), keeping the user's place."""
        tabs = self.ui.tabWidget
        was_current = self.link_tab is not None and tabs.currentWidget() is self.link_tab
        if self.link_tab is not None:
            tabs.removeTab(tabs.indexOf(self.link_tab))
            self.link_tab.deleteLater()
        self.claims360_active = active
        if active:
            self.link_tab = DossierClaims360Tab(self)
            tabs.addTab(self.link_tab, resources.icon("claims360"), self.tr("Claims360"))
        else:
            self.link_tab = DossierWinFormExTab(self)
            tabs.addTab(self.link_tab, resources.icon("winformex"), self.tr("WinFormEx"))
        if was_current:
            tabs.setCurrentWidget(self.link_tab)
        self._show_link()
        self.claims360.set_active(active)  # the i button: export, send, sync (C360-DOS-1/2)

    @Slot()
    def claims360_changed(self, vehicle_sent: bool = False) -> None:
        """After an export, a send, an accepted estimate or sent photos: show the new state.

        ``vehicle_sent``: Claims360 accepted the plate and km-stand, which the core then saved on
        the dossier; the Voertuig tab shows them as saved (otherwise what the user typed stays).
        """
        if self.dossier_id is None:
            return
        dossier_id, dossiers = self.dossier_id, self._services.dossiers
        self._worker.submit(
            lambda: dossiers.get(dossier_id), lambda d: self._dossier_reloaded(d, vehicle_sent), owner=self
        )
        self.reload_photos()
        self.reload_estimate()
        self.claims360.refresh()

    def _dossier_reloaded(self, dossier: Dossier, vehicle_sent: bool) -> None:
        self.dossier = dossier
        if vehicle_sent:
            self.ui.plateEdit.setText(dossier.vehicle.license_plate or "" if dossier.vehicle else "")
            self.ui.odometerEdit.setText(str(dossier.odometer_km) if dossier.odometer_km is not None else "")
        self._show_header()
        self._show_link()

    def _show_link(self) -> None:
        if isinstance(self.link_tab, DossierClaims360Tab):
            self.link_tab.show_dossier(
                self.dossier,
                estimate_version=self._versions[0].version if self._versions else None,
                photos_sent=sum(1 for e in self._photo_entries if e.sent),
                photos_received=sum(1 for e in self._photo_entries if e.source == "claims360"),
            )
        elif isinstance(self.link_tab, DossierWinFormExTab):
            self.link_tab.show_dossier(self.dossier)

    def tab_titles(self) -> list[str]:
        tabs = self.ui.tabWidget
        return [tabs.tabText(i) for i in range(tabs.count())]

    # Saving ----------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        self.errors.clear()
        try:
            data = dossier_form.read(self.ui)
            if self.dossier_id is None:
                dossier = self._services.dossiers.create(data)
            else:
                dossier = self._services.dossiers.update(self.dossier_id, data)
        except ValidationError as exc:
            self.errors.show(str(exc), exc.field)
            return False
        except DomainError as exc:
            self.errors.show(str(exc))
            return False
        was_new = self.dossier_id is None
        self.dossier, self.dossier_id = dossier, dossier.id
        self.dirty = False
        self._show_header()
        self._show_link()
        if was_new:
            self.reload_photos()
            self.reload_estimate()
            self.claims360.refresh()
        self.ui.formError.setText("")
        self.statusBar().show()
        self.statusBar().showMessage(self.tr("Bewaard."), 4000)
        self.saved.emit(dossier.id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Wijzigingen bewaren?"),
                self.tr("Dit dossier heeft wijzigingen die nog niet bewaard zijn. Wilt u ze bewaren?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        self.closed.emit()
        event.accept()

    # Photos ----------------------------------------------------------------------------------
    def reload_photos(self) -> None:
        ui = self.ui
        if self.dossier_id is None:
            ui.addPhotosButton.setEnabled(False)
            ui.photoStatusLabel.setText(self.tr("Bewaar het dossier eerst; daarna kunt u foto's toevoegen."))
            return
        ui.addPhotosButton.setEnabled(True)
        dossier_id, photos = self.dossier_id, self._services.photos
        self._worker.submit(lambda: load_entries(photos, dossier_id), self._photos_loaded, owner=self)

    def _photos_loaded(self, entries: list[PhotoEntry]) -> None:
        self._photo_entries = entries
        self.photo_model.set_entries(entries)
        if entries:
            self.ui.photoStatusLabel.setText(
                self.tr("Foto's in dit dossier: {count}").format(count=len(entries))
            )
        else:
            self.ui.photoStatusLabel.setText(self.tr("Nog geen foto's in dit dossier."))
        self._show_link()

    @Slot()
    def _choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Foto's toevoegen"),
            str(Path.home()),
            self.tr("Foto's (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif);;Alle bestanden (*)"),
        )
        if files:
            self.add_photos([Path(f) for f in files])

    def add_photos(self, files: list[Path]) -> None:
        """Check and store ``files`` on the database thread; then show them, or what went wrong."""
        if self.dossier_id is None or not files:
            return
        self.ui.addPhotosButton.setEnabled(False)
        self.ui.photoStatusLabel.setText(self.tr("Foto's controleren en bewaren…"))
        dossier_id, photos = self.dossier_id, self._services.photos
        self._worker.submit(
            lambda: add_files(photos, dossier_id, files), self._photos_added, self._photos_failed, owner=self
        )

    def _photos_added(self, result: AddResult) -> None:
        self.ui.addPhotosButton.setEnabled(True)
        self.reload_photos()
        if result.added and self.dossier_id is not None:
            self.photos_changed.emit(self.dossier_id)
        if result.errors:
            added = self.tr("Toegevoegd: {count}.").format(count=result.added)
            self._photo_message(
                self.tr("Niet elke foto kon toegevoegd worden. {added}").format(added=added),
                "\n".join(f"• {e}" for e in result.errors),
            )

    def _photos_failed(self, exc: BaseException) -> None:
        self.ui.addPhotosButton.setEnabled(True)
        self.reload_photos()
        self._photo_message(self.tr("De foto's konden niet bewaard worden. Probeer opnieuw."), str(exc))

    def _photo_message(self, text: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Foto's toevoegen"), text, parent=self)
        box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.photo_error_box = box
        box.open()

    # Estimate --------------------------------------------------------------------------------
    def reload_estimate(self) -> None:
        if self.dossier_id is None:
            self._estimate_loaded([])
            return
        dossier_id = self.dossier_id
        self._worker.submit(lambda: estimate_versions(dossier_id), self._estimate_loaded, owner=self)

    def _estimate_loaded(self, versions: list[EstimateVersion]) -> None:
        self._versions = versions
        combo = self.ui.versionCombo
        combo.blockSignals(True)
        combo.clear()
        for version in versions:
            when = labels.local_date(version.estimate_date or version.accepted_at)
            combo.addItem(self.tr("Versie {version} van {date}").format(version=version.version, date=when))
        combo.blockSignals(False)
        combo.setEnabled(bool(versions))
        self.ui.estimateStack.setCurrentWidget(
            self.ui.estimateLinesPage if versions else self.ui.estimateEmptyPage
        )
        self._show_version(0)
        self._show_link()

    @Slot(int)
    def _show_version(self, index: int) -> None:
        if not 0 <= index < len(self._versions):
            self.estimate_model.set_lines([])
            self.ui.estimateTotalsLabel.clear()
            self.ui.estimateInfoLabel.clear()
            return
        version = self._versions[index]
        version_id, currency = version.id, version.currency
        self._worker.submit(
            lambda: estimate_lines(version_id),
            lambda lines: self.estimate_model.set_lines(lines, currency),
            owner=self,
        )
        latest = self.tr("meest recente versie") if index == 0 else self.tr("oudere versie")
        self.ui.estimateInfoLabel.setText(latest)
        money = labels.money
        parts = [
            (self.tr("Onderdelen"), money(version.total_parts, currency)),
            (self.tr("Arbeid"), money(version.total_labour, currency)),
            (self.tr("Lakwerk"), money(version.total_paint, currency)),
            (self.tr("Overige"), money(version.total_other, currency)),
            (self.tr("Totaal excl. btw"), money(version.total_net, currency)),
            (self.tr("Btw"), money(version.total_vat, currency)),
        ]
        text = " &nbsp;&nbsp; ".join(f"{label}: {value}" for label, value in parts)
        gross = self.tr("Totaal incl. btw")
        self.ui.estimateTotalsLabel.setText(
            f"{text}<br><b>{gross}: {money(version.total_gross, currency)}</b>"
        )
