"""The repairers of the database as a table (a handful of rows: loaded whole)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from planmanager_desktop.persistence.models import Repairer
from planmanager_desktop.views.column_table_model import ColumnTableModel


class RepairerTableModel(ColumnTableModel[Repairer]):
    """Signals: only Qt's own (``modelReset`` after :meth:`set_repairers`)."""

    context = "RepairerTableModel"
    headers = (
        QT_TRANSLATE_NOOP("RepairerTableModel", "Naam"),
        QT_TRANSLATE_NOOP("RepairerTableModel", "Externe referentie (Informex-postbus)"),
        QT_TRANSLATE_NOOP("RepairerTableModel", "Btw-nummer"),
        QT_TRANSLATE_NOOP("RepairerTableModel", "Adres"),
    )
    has_ids = True

    def set_repairers(self, repairers: list[Repairer]) -> None:
        self.set_rows(repairers)

    def repairer(self, row: int) -> Repairer | None:
        return self.row(row)

    def text(self, row: Repairer, column: int) -> str:
        values = (row.name, row.external_reference, row.vat_number, row.address)
        return values[column] or ""
