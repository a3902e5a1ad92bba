"""The Wachtrij: imported assignments that wait for a person (``queue_state == "queued"``).

Accepting and rejecting come with the sync issue; for now the queue is shown read-only. The
read is display-only and lives here until a queue service exists in the domain layer.
"""

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

from planmanager_desktop.persistence.models import Assignment, AssignmentSource, QueueState, Repairer
from planmanager_desktop.views import labels

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("QueueModel", "Nummer"),
    QT_TRANSLATE_NOOP("QueueModel", "Bron"),
    QT_TRANSLATE_NOOP("QueueModel", "Nummerplaat"),
    QT_TRANSLATE_NOOP("QueueModel", "Model"),
    QT_TRANSLATE_NOOP("QueueModel", "Klant"),
    QT_TRANSLATE_NOOP("QueueModel", "Hersteller"),
    QT_TRANSLATE_NOOP("QueueModel", "Datum Import"),
)
_SOURCES = {AssignmentSource.CLAIMS360.value: "Claims360", AssignmentSource.WINFORMEX.value: "WinFormEx II"}


def queued_assignments(limit: int = 1000) -> list[Assignment]:
    """The waiting assignments, oldest first (they wait longest), with their repairer."""
    return list(
        Assignment.select(Assignment, Repairer)
        .join(Repairer)
        .where(Assignment.queue_state == QueueState.QUEUED.value)
        .order_by(Assignment.imported_at, Assignment.id)
        .limit(limit)
    )


class QueueModel(QAbstractTableModel):
    """Signals: only Qt's own (``modelReset`` after :meth:`set_assignments`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Assignment] = []

    def set_assignments(self, assignments: list[Assignment]) -> None:
        self.beginResetModel()
        self._rows = list(assignments)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("QueueModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(HEADERS):
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            model = " ".join(p for p in (a.make, a.model) if p)
            values = (
                a.number,
                _SOURCES.get(a.source, a.source),
                a.license_plate or "",
                model,
                a.customer_name or "",
                a.repairer.name,
                labels.local_datetime(a.imported_at),
            )
            return values[index.column()]
        if role == ID_ROLE:
            return a.id
        return None
