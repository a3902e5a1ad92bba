"""The photo picker's list: thumbnails with check boxes and what happened to each (C360-PHO-2).

A photo already in Claims360 (sent before, or received from it) is shown "al verzonden" with its
date, unchecked and disabled: the picker never offers to send it again. One over Claims360's
10 MB is marked "te groot" and cannot be checked; the dialog offers to scale it down. During and
after a send each photo shows its own outcome: ✓ verzonden, or fout with the message.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap

from planmanager_desktop.domain.photo_upload import PickerPhoto, UploadResult, UploadStatus
from planmanager_desktop.domain.photos import THUMBNAIL_SIZE
from planmanager_desktop.views import labels
from planmanager_desktop.views.photo_thumbnails import placeholder

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
ITEM_SIZE = QSize(THUMBNAIL_SIZE[0] + 36, THUMBNAIL_SIZE[1] + 62)


class ItemState(StrEnum):
    READY = "ready"  # can be chosen
    IN_CLAIMS360 = "in_claims360"  # already there: never offered again
    TOO_LARGE = "too_large"  # over 10 MB: scale down first
    WAITING = "waiting"  # chosen, its turn has not come yet
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"  # can be tried again


@dataclass(frozen=True)
class PickerItem:
    photo: PickerPhoto
    state: ItemState
    checked: bool = False
    message: str = ""

    @property
    def name(self) -> str:
        return self.photo.original_name or f"foto {self.photo.photo_id}"

    @property
    def checkable(self) -> bool:
        return self.state in (ItemState.READY, ItemState.FAILED)


def initial_item(photo: PickerPhoto) -> PickerItem:
    if photo.in_claims360:
        return PickerItem(photo, ItemState.IN_CLAIMS360)
    if photo.too_large:
        return PickerItem(photo, ItemState.TOO_LARGE)
    # A send left unanswered (timeout, crash) is chosen again: sending it resumes, never doubles.
    return PickerItem(photo, ItemState.READY, checked=photo.pending)


class PhotoPickerModel(QAbstractListModel):
    """Signals: Qt's own (``modelReset``, ``dataChanged`` per photo and per thumbnail batch)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[PickerItem] = []
        self._rows: dict[int, int] = {}
        self._pixmaps: dict[int, QPixmap] = {}
        self._locked = False
        placeholder = QPixmap(*THUMBNAIL_SIZE)
        placeholder.fill(QColor("#e6e9ee"))
        self._placeholder = placeholder

    # Filling ---------------------------------------------------------------------------------
    def set_photos(self, photos: list[PickerPhoto]) -> None:
        self.beginResetModel()
        self._items = [initial_item(p) for p in photos]
        self._rows = {item.photo.photo_id: row for row, item in enumerate(self._items)}
        self._pixmaps = {k: v for k, v in self._pixmaps.items() if k in self._rows}
        self.endResetModel()

    def add_thumbnails(self, batch: list[tuple[int, QImage | None]]) -> None:
        """A batch from the loader: one ``dataChanged`` over the rows it touched."""
        rows = []
        for photo_id, image in batch:
            row = self._rows.get(photo_id)
            if row is None:
                continue
            # a file that cannot be read (on another PC, damaged) gets a tile that says so
            self._pixmaps[photo_id] = QPixmap.fromImage(image) if image is not None else no_picture()
            rows.append(row)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows)), self.index(max(rows)), [Qt.ItemDataRole.DecorationRole]
            )

    @property
    def thumbnail_count(self) -> int:
        return len(self._pixmaps)

    def has_thumbnail(self, photo_id: int) -> bool:
        return photo_id in self._pixmaps

    # Choosing --------------------------------------------------------------------------------
    def item(self, row: int) -> PickerItem:
        return self._items[row]

    def row_of(self, photo_id: int) -> int:
        return self._rows[photo_id]

    def checked_ids(self) -> list[int]:
        return [i.photo.photo_id for i in self._items if i.checked and i.checkable]

    def set_all_checked(self, checked: bool) -> None:
        if self._locked or not self._items:
            return
        self._items = [replace(i, checked=checked) if i.checkable else i for i in self._items]
        self.dataChanged.emit(
            self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.CheckStateRole]
        )

    def set_locked(self, locked: bool) -> None:
        """While a send runs, the choice cannot change."""
        self._locked = locked
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    # Outcomes --------------------------------------------------------------------------------
    def mark_waiting(self, photo_ids: list[int]) -> None:
        for photo_id in photo_ids:
            self._update(photo_id, state=ItemState.WAITING, message="")

    def mark_sending(self, photo_id: int) -> None:
        self._update(photo_id, state=ItemState.SENDING, message="")

    def mark_result(self, result: UploadResult) -> None:
        if result.ok:
            self._update(result.photo_id, state=ItemState.SENT, checked=False, message=result.message)
        elif result.status is UploadStatus.TOO_LARGE:
            self._update(result.photo_id, state=ItemState.TOO_LARGE, checked=False, message=result.message)
        else:
            self._update(result.photo_id, state=ItemState.FAILED, checked=True, message=result.message)

    def reset_unfinished(self) -> None:
        """Photos still waiting or sending when a run stopped can be chosen again."""
        for item in self._items:
            if item.state in (ItemState.WAITING, ItemState.SENDING):
                self._update(item.photo.photo_id, state=ItemState.READY)

    def _update(self, photo_id: int, **changes: Any) -> None:
        row = self._rows.get(photo_id)
        if row is None:
            return
        self._items[row] = replace(self._items[row], **changes)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    # Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= len(self._items):
            return Qt.ItemFlag.NoItemFlags
        item = self._items[index.row()]
        if item.state is ItemState.IN_CLAIMS360:
            return Qt.ItemFlag.ItemNeverHasChildren  # shown, but not enabled: never sent again
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if item.checkable and not self._locked:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items) or index.column() != 0:
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.name}\n{self.status_text(item)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmaps.get(item.photo.photo_id, self._placeholder)
        if role == Qt.ItemDataRole.CheckStateRole:
            if item.state is ItemState.IN_CLAIMS360 or item.state is ItemState.TOO_LARGE:
                return Qt.CheckState.Unchecked
            return Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = {
                ItemState.SENT: "#1e6b35",
                ItemState.FAILED: "#b00020",
                ItemState.TOO_LARGE: "#8a4b00",
                ItemState.IN_CLAIMS360: "#5f6b7a",
            }.get(item.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.SizeHintRole:
            return ITEM_SIZE
        if role == ID_ROLE:
            return item.photo.photo_id
        if role == STATE_ROLE:
            return item.state.value
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.row() >= len(self._items)
            or self._locked
            or not self._items[index.row()].checkable
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self._items[index.row()] = replace(self._items[index.row()], checked=checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    # Texts -----------------------------------------------------------------------------------
    @staticmethod
    def status_text(item: PickerItem) -> str:
        state = item.state
        if state is ItemState.IN_CLAIMS360:
            if item.photo.sent_at is not None:
                return QCoreApplication.translate("PhotoPickerModel", "al verzonden {date}").format(
                    date=labels.local_date(item.photo.sent_at)
                )
            return QCoreApplication.translate("PhotoPickerModel", "van Claims360")
        if state is ItemState.TOO_LARGE:
            return QCoreApplication.translate("PhotoPickerModel", "te groot ({size}) – verkleinen").format(
                size=_megabytes(item.photo.size)
            )
        if state is ItemState.WAITING:
            return QCoreApplication.translate("PhotoPickerModel", "wacht…")
        if state is ItemState.SENDING:
            return QCoreApplication.translate("PhotoPickerModel", "wordt verstuurd…")
        if state is ItemState.SENT:
            return QCoreApplication.translate("PhotoPickerModel", "✓ verzonden")
        if state is ItemState.FAILED:
            return QCoreApplication.translate("PhotoPickerModel", "✗ fout – zie uitleg")
        if item.photo.pending:
            return QCoreApplication.translate("PhotoPickerModel", "vorige poging onbevestigd")
        return _megabytes(item.photo.size)

    @staticmethod
    def _tooltip(item: PickerItem) -> str:
        lines = [item.name]
        photo = item.photo
        if photo.width and photo.height:
            lines.append(f"{photo.width} × {photo.height} px, {_megabytes(photo.size)}")
        if item.state is ItemState.IN_CLAIMS360:
            lines.append(
                QCoreApplication.translate(
                    "PhotoPickerModel", "Staat al in Claims360; wordt niet opnieuw verstuurd."
                )
                if photo.sent_at is not None
                else QCoreApplication.translate(
                    "PhotoPickerModel", "Ontvangen van Claims360; wordt niet teruggestuurd."
                )
            )
        elif item.state is ItemState.TOO_LARGE:
            lines.append(
                QCoreApplication.translate(
                    "PhotoPickerModel",
                    "Claims360 aanvaardt foto's tot 10 MB. Kies 'Verkleinen' om een kleinere kopie te maken.",
                )
            )
        if item.message:
            lines.append(item.message)
        return "\n".join(lines)


def _megabytes(size: int) -> str:
    """ "3,4 MB", or "420 kB" for a small photo (never a misleading "0,0 MB")."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return labels.locale().toString(size / 1024 / 1024, "f", 1) + " MB"


def no_picture() -> QPixmap:
    """The tile of a photo whose file cannot be read here (the Foto's tab's words)."""
    return placeholder(QCoreApplication.translate("PhotoThumbnailModel", "Geen voorbeeld"))
