"""The photo picker: choose the dossier's photos to send to Claims360 (C360-PHO-2).

Opened from the i button ("Gegevens versturen naar Claims360"). The thumbnails arrive a few at a
time from :class:`ThumbnailLoader` (the window stays responsive with two hundred photos whose
thumbnails were never made). **Versturen** uploads the checked photos one after the other with a
progress bar and a result per photo; a failed one can be tried again on its own (**Opnieuw
proberen**), one over 10 MB can be scaled down (**Verkleinen**). Never twice: the core skips
what is already in Claims360 and resumes an unanswered send with its key; the picker does not even
offer a photo that is already there.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from planmanager_desktop.app.async_tasks import AsyncTasks
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import DomainError
from planmanager_desktop.domain.photo_upload import PickerPhoto, UploadProgress, UploadResult
from planmanager_desktop.persistence.models import Photo
from planmanager_desktop.views import styling
from planmanager_desktop.views.generated.ui_photo_picker_dialog import Ui_PhotoPickerDialog
from planmanager_desktop.views.photo_picker_model import ITEM_SIZE, ItemState, PhotoPickerModel
from planmanager_desktop.views.thumbnail_loader import ThumbnailLoader

log = logging.getLogger(__name__)


def load_picker(services: Services, dossier_id: int) -> tuple[list[PickerPhoto], list[Photo]]:
    """Runs on the database thread: the picker's rows and the photo rows for the thumbnails."""
    picker = services.photo_upload.picker(dossier_id)
    photos = {p.id: p for p in services.photos.for_dossier(dossier_id)}
    return picker, [photos[p.photo_id] for p in picker if p.photo_id in photos]


class PhotoPickerDialog(QDialog):
    """Signals:
    loaded(): the list of photos is shown (thumbnails may still be coming).
    thumbnails_done(): every thumbnail is shown.
    photos_changed(): photos were sent or a scaled-down copy was added (the dossier reloads).
    upload_finished(list): the results of one Versturen or Opnieuw proberen.
    """

    loaded = Signal()
    thumbnails_done = Signal()
    photos_changed = Signal()
    upload_finished = Signal(list)

    def __init__(
        self, services: Services, worker: DbWorker, dossier_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PhotoPickerDialog()
        self.ui.setupUi(self)
        styling.apply(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._services = services
        self._worker = worker
        self.dossier_id = dossier_id
        self._tasks = AsyncTasks(self)
        self._task: asyncio.Task[None] | None = None
        self.model = PhotoPickerModel(self)
        self.loader = ThumbnailLoader(services.photos.store, self)
        self._setup_widgets()

    def _setup_widgets(self) -> None:
        ui = self.ui
        ui.photoList.setModel(self.model)
        ui.photoList.setGridSize(ITEM_SIZE)
        ui.progressBar.hide()
        styling.mark(ui.countLabel, "note")
        ui.selectAllButton.clicked.connect(lambda: self.model.set_all_checked(True))
        ui.selectNoneButton.clicked.connect(lambda: self.model.set_all_checked(False))
        ui.sendButton.clicked.connect(self.send)
        ui.retryButton.clicked.connect(self.retry_selected)
        ui.scaleDownButton.clicked.connect(self.scale_down_selected)
        ui.closeButton.clicked.connect(self.reject)
        ui.scaleDownButton.setToolTip(
            self.tr("Maakt een kleinere kopie (onder 10 MB) van de gekozen foto die te groot is.")
        )
        ui.retryButton.setToolTip(
            self.tr("Verstuurt de gekozen foto waarvan het versturen mislukte opnieuw.")
        )
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.photoList.selectionModel().selectionChanged.connect(self._selection_changed)
        self.loader.loaded.connect(self.model.add_thumbnails)
        self.loader.finished.connect(self.thumbnails_done)
        self._tasks.failed.connect(self._task_failed)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    # Loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ui.statusLabel.setText(self.tr("Foto's laden…"))
        services, dossier_id = self._services, self.dossier_id
        self._worker.submit(
            lambda: load_picker(services, dossier_id), self._loaded, self._load_failed, owner=self
        )

    def _loaded(self, result: tuple[list[PickerPhoto], list[Photo]]) -> None:
        picker, photos = result
        self.model.set_photos(picker)
        sent = sum(1 for p in picker if p.in_claims360)
        if not picker:
            self.ui.statusLabel.setText(self.tr("Dit dossier heeft nog geen foto's."))
        else:
            self.ui.statusLabel.setText(
                self.tr("{count} foto's, waarvan {sent} al in Claims360.").format(
                    count=len(picker), sent=sent
                )
            )
        self.loader.start([p for p in photos if not self.model.has_thumbnail(p.id)])
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        log.error("Fotokiezer laden mislukt", exc_info=exc)
        styling.mark(self.ui.statusLabel, "error")
        self.ui.statusLabel.setText(
            self.tr("De foto's konden niet geladen worden: {error}").format(error=exc)
        )

    # Choosing --------------------------------------------------------------------------------
    @Slot()
    def _update_buttons(self) -> None:
        ui = self.ui
        busy = self.busy
        chosen = len(self.model.checked_ids())
        choosable = sum(1 for r in range(self.model.rowCount()) if self.model.item(r).checkable)
        if not busy:  # while sending, the progress bar says how far it is
            ui.countLabel.setText(
                self.tr("{chosen} van {count} aangeduid").format(chosen=chosen, count=choosable)
                if choosable
                else self.tr("Geen foto's meer om te versturen.")
                if self.model.rowCount()
                else ""
            )
        ui.sendButton.setEnabled(chosen > 0 and not busy)
        ui.selectAllButton.setEnabled(choosable > 0 and not busy)
        ui.selectNoneButton.setEnabled(choosable > 0 and not busy)
        selected = self._selected(ItemState.FAILED)
        ui.retryButton.setEnabled(bool(selected) and not busy)
        ui.scaleDownButton.setEnabled(bool(self._selected(ItemState.TOO_LARGE)) and not busy)
        ui.retryButton.setVisible(self._any(ItemState.FAILED))
        ui.scaleDownButton.setVisible(self._any(ItemState.TOO_LARGE))

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        """A chosen photo with a problem says what it is (the tooltip alone is easily missed)."""
        self._update_buttons()
        index = self.ui.photoList.currentIndex()
        if self.busy or not index.isValid():
            return
        item = self.model.item(index.row())
        if item.state in (ItemState.FAILED, ItemState.TOO_LARGE) and item.message:
            styling.mark(self.ui.statusLabel, "error")
            self.ui.statusLabel.setText(item.message)

    def _selected(self, state: ItemState) -> list[int]:
        rows = sorted(index.row() for index in self.ui.photoList.selectionModel().selectedIndexes())
        return [self.model.item(r).photo.photo_id for r in rows if self.model.item(r).state is state]

    def _any(self, state: ItemState) -> bool:
        return any(self.model.item(r).state is state for r in range(self.model.rowCount()))

    def select_photo(self, photo_id: int) -> None:
        """Make ``photo_id`` the current, selected photo (as a click would)."""
        index = self.model.index(self.model.row_of(photo_id))
        self.ui.photoList.setCurrentIndex(index)

    # Sending ---------------------------------------------------------------------------------
    @Slot()
    def send(self) -> None:
        """Upload the checked photos (a second click while sending does nothing)."""
        ids = self.model.checked_ids()
        if self.busy or not ids:
            return
        self._start(ids)

    @Slot()
    def retry_selected(self) -> None:
        ids = self._selected(ItemState.FAILED)
        if self.busy or not ids:
            return
        self._start(ids)

    def _start(self, ids: list[int]) -> None:
        ui = self.ui
        # The task first (it runs from the next turn of the loop), so that the marks below
        # already see the dialog busy.
        self._task = self._tasks.spawn(self._upload(ids), name=f"photo-upload-{self.dossier_id}")
        ui.countLabel.setText(self.tr("{count} foto('s) worden verstuurd").format(count=len(ids)))
        self.model.mark_waiting(ids)
        self.model.set_locked(True)
        ui.progressBar.setRange(0, len(ids))
        ui.progressBar.setValue(0)
        ui.progressBar.show()
        styling.mark(ui.statusLabel, "note")
        ui.statusLabel.setText(self.tr("Foto's versturen naar Claims360…"))
        self._update_buttons()

    async def _upload(self, ids: list[int]) -> None:
        try:
            results = await self._services.photo_upload.upload(self.dossier_id, ids, progress=self._progress)
        except DomainError as exc:
            self._finish([], str(exc))
            return
        self._finish(results, "")

    def _progress(self, progress: UploadProgress) -> None:
        if progress.result is None:
            self.model.mark_sending(progress.photo_id)
            return
        self.model.mark_result(progress.result)
        self.ui.progressBar.setValue(progress.index + 1)

    def _finish(self, results: list[UploadResult], error: str) -> None:
        ui = self.ui
        self._task = None
        self.model.set_locked(False)
        self.model.reset_unfinished()  # a failure of the whole run leaves none "wacht…"
        ok = sum(1 for r in results if r.ok)
        failed = len(results) - ok
        if error:
            styling.mark(ui.statusLabel, "error")
            ui.statusLabel.setText(error)
        elif failed:
            styling.mark(ui.statusLabel, "error")
            ui.statusLabel.setText(
                self.tr(
                    "{ok} verzonden, {failed} niet gelukt. Kies een foto met een fout om de uitleg te "
                    "zien en probeer ze opnieuw; een foto wordt nooit twee keer verstuurd."
                ).format(ok=ok, failed=failed)
            )
        else:
            styling.mark(ui.statusLabel, "ok")
            ui.statusLabel.setText(self.tr("{ok} foto('s) verzonden naar Claims360.").format(ok=ok))
        self._update_buttons()
        if ok:
            self.photos_changed.emit()
        self.upload_finished.emit(results)

    # Scaling down ----------------------------------------------------------------------------
    @Slot()
    def scale_down_selected(self) -> None:
        ids = self._selected(ItemState.TOO_LARGE)
        if self.busy or not ids:
            return
        self.ui.scaleDownButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Een kleinere kopie maken…"))
        upload = self._services.photo_upload
        self._worker.submit(
            lambda: [upload.scale_down(photo_id).id for photo_id in ids],
            self._scaled_down,
            self._scale_down_failed,
            owner=self,
        )

    def _scaled_down(self, new_ids: list[int]) -> None:
        self.photos_changed.emit()
        self._reload_then_check(new_ids)

    def _reload_then_check(self, photo_ids: list[int]) -> None:
        def check() -> None:
            self.loaded.disconnect(check)
            for photo_id in photo_ids:
                self.model.setData(
                    self.model.index(self.model.row_of(photo_id)),
                    Qt.CheckState.Checked.value,
                    Qt.ItemDataRole.CheckStateRole,
                )
            self.ui.statusLabel.setText(
                self.tr("De verkleinde kopie is toegevoegd en aangeduid; de originele foto blijft bewaard.")
            )

        self.loaded.connect(check)
        self.reload()

    def _scale_down_failed(self, exc: BaseException) -> None:
        styling.mark(self.ui.statusLabel, "error")
        message = str(exc) if isinstance(exc, DomainError) else self.tr("De foto kon niet verkleind worden.")
        self.ui.statusLabel.setText(message)
        self._update_buttons()

    # Closing ---------------------------------------------------------------------------------
    @Slot(str, object)
    def _task_failed(self, _name: str, exc: object) -> None:
        self._finish([], self.tr("Het versturen liep onverwacht mis: {error}").format(error=exc))

    def done(self, result: int) -> None:
        """Closing stops the thumbnails; an upload that runs goes on (nothing half-sent stays)."""
        self.loader.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.loader.stop()
        super().closeEvent(event)
