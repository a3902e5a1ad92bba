"""The Bestek tab: the estimate versions of a dossier and the lines of one version (read-only).

Estimates arrive through Informex (C360-DOS-3); earlier versions stay viewable. The reads are
display-only and live here until an estimate service exists in the domain layer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planmanager_desktop.persistence.models import EstimateLine, EstimateVersion
from planmanager_desktop.views import labels
from planmanager_desktop.views.column_table_model import ColumnTableModel

KINDS = {
    "part": QT_TRANSLATE_NOOP("EstimateLineModel", "Onderdeel"),
    "labour": QT_TRANSLATE_NOOP("EstimateLineModel", "Arbeid"),
    "paint": QT_TRANSLATE_NOOP("EstimateLineModel", "Lakwerk"),
    "other": QT_TRANSLATE_NOOP("EstimateLineModel", "Overige"),
}


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


class EstimateLineModel(ColumnTableModel[EstimateLine]):
    """Signals: only Qt's own (``modelReset`` after :meth:`set_lines`)."""

    context = "EstimateLineModel"
    headers = (
        QT_TRANSLATE_NOOP("EstimateLineModel", "Nr."),
        QT_TRANSLATE_NOOP("EstimateLineModel", "Soort"),
        QT_TRANSLATE_NOOP("EstimateLineModel", "Code"),
        QT_TRANSLATE_NOOP("EstimateLineModel", "Omschrijving"),
        QT_TRANSLATE_NOOP("EstimateLineModel", "Aantal"),
        QT_TRANSLATE_NOOP("EstimateLineModel", "Eenheidsprijs"),
        QT_TRANSLATE_NOOP("EstimateLineModel", "Bedrag"),
    )
    numeric_columns = frozenset({4, 5, 6})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._currency = "EUR"

    def set_lines(self, lines: list[EstimateLine], currency: str = "EUR") -> None:
        self._currency = currency
        self.set_rows(lines)

    def text(self, row: EstimateLine, column: int) -> str:
        values = (
            str(row.line_no),
            _tr(KINDS[row.kind]) if row.kind in KINDS else row.kind,
            row.code or "",
            row.description,
            labels.quantity(row.quantity),
            labels.money(row.unit_price, self._currency),
            labels.money(row.amount, self._currency),
        )
        return values[column]
