"""The Bestek tab: the estimate versions of a dossier and the lines of one version (read-only).

Estimates arrive through Informex (C360-DOS-3); earlier versions stay viewable. The reads are
display-only and live here until an estimate service exists in the domain layer.
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

from planmanager_desktop.persistence.models import EstimateLine, EstimateVersion
from planmanager_desktop.views import labels

_Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("EstimateLineModel", "Nr."),
    QT_TRANSLATE_NOOP("EstimateLineModel", "Soort"),
    QT_TRANSLATE_NOOP("EstimateLineModel", "Code"),
    QT_TRANSLATE_NOOP("EstimateLineModel", "Omschrijving"),
    QT_TRANSLATE_NOOP("EstimateLineModel", "Aantal"),
    QT_TRANSLATE_NOOP("EstimateLineModel", "Eenheidsprijs"),
    QT_TRANSLATE_NOOP("EstimateLineModel", "Bedrag"),
)
KINDS = {
    "part": QT_TRANSLATE_NOOP("EstimateLineModel", "Onderdeel"),
    "labour": QT_TRANSLATE_NOOP("EstimateLineModel", "Arbeid"),
    "paint": QT_TRANSLATE_NOOP("EstimateLineModel", "Lakwerk"),
    "other": QT_TRANSLATE_NOOP("EstimateLineModel", "Overige"),
}
_NUMERIC = {4, 5, 6}


def estimate_versions(dossier_id: int) -> list[EstimateVersion]:
    """Newest version first: that is the one a user wants to see."""
    return list(
        EstimateVersion.select()
        .where(EstimateVersion.dossier == dossier_id)
        .order_by(EstimateVersion.version.desc())
    )


def estimate_lines(version_id: int) -> list[EstimateLine]:
    return list(
        EstimateLine.select()
        .where(EstimateLine.estimate_version == version_id)
        .order_by(EstimateLine.line_no)
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("EstimateLineModel", text)


class EstimateLineModel(QAbstractTableModel):
    """Signals: only Qt's own (``modelReset`` after :meth:`set_lines`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[EstimateLine] = []
        self._currency = "EUR"

    def set_lines(self, lines: list[EstimateLine], currency: str = "EUR") -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._currency = currency
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines) or index.column() >= len(HEADERS):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(line.line_no),
                _tr(KINDS[line.kind]) if line.kind in KINDS else line.kind,
                line.code or "",
                line.description,
                labels.quantity(line.quantity),
                labels.money(line.unit_price, self._currency),
                labels.money(line.amount, self._currency),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
