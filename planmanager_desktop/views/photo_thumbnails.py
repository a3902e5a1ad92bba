"""The photos of a dossier as thumbnails (the Foto's tab), and adding photos from disk.

Checking a photo means decoding it, and a thumbnail means scaling it: both run on the database
thread, so adding twenty camera photos never freezes the window. The files are checked by
``PhotoService.add_from_file`` (size, type by content, safe decoding: C360-PHO-3).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygon

from planmanager_desktop.domain.errors import DomainError, ValidationError
from planmanager_desktop.domain.photos import THUMBNAIL_SIZE, PhotoService

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PhotoEntry:
    photo_id: int
    name: str
    thumbnail: Path | None
    width: int | None
    height: int | None
    size: int
    sent: bool
    source: str
    # The Dutch reason the picture cannot be shown (a damaged photo), or None.
    # (Plain comments: lupdate takes "#:" before a translated string for a translator note.)
    problem: str | None = None
    # The photo's file is not on this PC (e.g. a shared database whose photo was stored elsewhere).
    missing: bool = False


@dataclass(frozen=True)
class AddResult:
    added: int
    duplicates: int
    errors: list[str]


def load_entries(photos: PhotoService, dossier_id: int) -> list[PhotoEntry]:
    """Runs on the database thread: the rows and (made once, then cached) thumbnails."""
    entries = []
    for index, photo in enumerate(photos.for_dossier(dossier_id), start=1):
        problem: str | None = None
        missing = False
        try:
            thumbnail: Path | None = photos.store.thumbnail(photo)
        except ValidationError as exc:  # decoded here for the first time, and it is damaged
            thumbnail, problem = None, str(exc)
        except OSError:
            thumbnail, missing = None, True  # the file is not on this PC: a tile that says so
        entries.append(
            PhotoEntry(
                photo_id=photo.id,
                name=photo.original_name or f"{index}",
                thumbnail=thumbnail,
                width=photo.width,
                height=photo.height,
                size=photo.size,
                sent=photo.sent_at is not None,
                source=photo.source,
                problem=problem,
                missing=missing,
            )
        )
    return entries


def add_files(photos: PhotoService, dossier_id: int, files: list[Path]) -> AddResult:
    """Runs on the database thread: every file checked and stored on its own; errors per file."""
    added = duplicates = 0
    errors: list[str] = []
    for path in files:
        try:
            if photos.add_from_file(dossier_id, path) is None:
                duplicates += 1
            else:
                added += 1
        except DomainError as exc:
            errors.append(str(exc))
    return AddResult(added, duplicates, errors)


class PhotoThumbnailModel(QAbstractListModel):
    """Signals: only Qt's own (``modelReset`` after :meth:`set_entries`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[PhotoEntry] = []
        self._icons: dict[int, QIcon] = {}

    def set_entries(self, entries: list[PhotoEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._icons = {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries) or index.column() != 0:
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(THUMBNAIL_SIZE[0] + 24, THUMBNAIL_SIZE[1] + 44)
        if role == ID_ROLE:
            return entry.photo_id
        return None

    def _icon(self, entry: PhotoEntry) -> QIcon:
        icon = self._icons.get(entry.photo_id)
        if icon is None:
            pixmap = QPixmap(str(entry.thumbnail)) if entry.thumbnail else QPixmap()
            if pixmap.isNull():  # a tile that says why, not an empty space beside a name
                pixmap = placeholder(self._why_no_picture(entry))
            icon = QIcon(pixmap)
            self._icons[entry.photo_id] = icon
        return icon

    @staticmethod
    def _why_no_picture(entry: PhotoEntry) -> str:
        if entry.missing:
            return QCoreApplication.translate("PhotoThumbnailModel", "Niet op deze pc")
        if entry.problem:
            return QCoreApplication.translate("PhotoThumbnailModel", "Beschadigd")
        return QCoreApplication.translate("PhotoThumbnailModel", "Geen voorbeeld")

    @staticmethod
    def _tooltip(entry: PhotoEntry) -> str:
        lines = [entry.name]
        if entry.width and entry.height:
            lines.append(f"{entry.width} × {entry.height} px, {entry.size / 1024 / 1024:.1f} MB")
        if entry.source == "claims360":
            lines.append(QCoreApplication.translate("PhotoThumbnailModel", "Ontvangen van Claims360"))
        if entry.sent:
            lines.append(QCoreApplication.translate("PhotoThumbnailModel", "Verstuurd naar Claims360"))
        if entry.problem:
            lines.append(entry.problem)
        if entry.missing:
            lines.append(
                QCoreApplication.translate(
                    "PhotoThumbnailModel", "Het bestand van deze foto staat niet op deze pc."
                )
            )
        return "\n".join(lines)


def placeholder(text: str) -> QPixmap:
    """A thumbnail-sized tile with a warning sign and ``text``, for a photo without a picture."""
    width, height = THUMBNAIL_SIZE
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor("#eceff1"))
    painter = QPainter(pixmap)
    try:
        painter.setPen(QColor("#b0bec5"))
        painter.drawRect(0, 0, width - 1, height - 1)
        _warning_sign(painter, width // 2, 26)
        painter.setPen(QColor("#37474f"))
        painter.drawText(
            QRect(6, 66, width - 12, height - 70),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            text,
        )
    finally:
        painter.end()
    return pixmap


def _warning_sign(painter: QPainter, centre_x: int, top: int) -> None:
    """A yellow triangle with an exclamation mark, drawn (a style's icon may be missing)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#b58900"))
    painter.setBrush(QColor("#f9c74f"))
    painter.drawPolygon(
        QPolygon([QPoint(centre_x, top), QPoint(centre_x + 16, top + 28), QPoint(centre_x - 16, top + 28)])
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#37474f"))
    painter.drawRect(centre_x - 1, top + 9, 3, 11)
    painter.drawRect(centre_x - 1, top + 22, 3, 3)
    painter.restore()
