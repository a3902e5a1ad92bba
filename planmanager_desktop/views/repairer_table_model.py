"""The repairers of the database as a table (a handful of rows: loaded whole)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planmanager_desktop.persistence.models import Repairer

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("RepairerTableModel", "Naam"),
    QT_TRANSLATE_NOOP("RepairerTableModel", "Externe referentie (Informex-postbus)"),
    QT_TRANSLATE_NOOP("RepairerTableModel", "Btw-nummer"),
    QT_TRANSLATE_NOOP("RepairerTableModel", "Adres"),
)


class RepairerTableModel(QAbstractTableModel):
    """Signals: only Qt's own (``modelReset`` after :meth:`set_repairers`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Repairer] = []

    def set_repairers(self, repairers: list[Repairer]) -> None:
        self.beginResetModel()
        self._rows = list(repairers)
        self.endResetModel()

    def repairer(self, row: int) -> Repairer | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, repairer_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == repairer_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("RepairerTableModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(HEADERS):
            return None
        repairer = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (repairer.name, repairer.external_reference, repairer.vat_number, repairer.address)
            return values[index.column()] or ""
        if role == ID_ROLE:
            return repairer.id
        return None
