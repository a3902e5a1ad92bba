"""The estimate pop-up's tables: every line with what changes, and the totals old against new.

The comparison itself (which lines are new, changed, removed) is the core's
(:class:`~planmanager_desktop.domain.estimates.EstimateComparison`); these models only lay it
out. A change is shown as text *and* colour (a colour-blind user reads "gewijzigd"), changed
cells are bold with the old value in their tooltip, removed lines are struck through.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planmanager_desktop.domain.estimates import EstimateComparison, LineData, Totals
from planmanager_desktop.views import labels
from planmanager_desktop.views.column_table_model import ColumnTableModel
from planmanager_desktop.views.estimate_model import KINDS

_CONTEXT = "EstimateComparisonModel"


class Change(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    UNCHANGED = "unchanged"


CHANGE_TEXT = {
    Change.ADDED: QT_TRANSLATE_NOOP("EstimateComparisonModel", "nieuw"),
    Change.CHANGED: QT_TRANSLATE_NOOP("EstimateComparisonModel", "gewijzigd"),
    Change.REMOVED: QT_TRANSLATE_NOOP("EstimateComparisonModel", "verwijderd"),
    Change.UNCHANGED: QT_TRANSLATE_NOOP("EstimateComparisonModel", "ongewijzigd"),
}
#: Light backgrounds with dark text: readable, and never the only sign of the change.
CHANGE_COLOUR = {
    Change.ADDED: QColor("#dff3e4"),
    Change.CHANGED: QColor("#fff0cc"),
    Change.REMOVED: QColor("#fbe1e1"),
}
CHANGE_SIGN = {Change.ADDED: "+ ", Change.CHANGED: "± ", Change.REMOVED: "− ", Change.UNCHANGED: ""}

LINE_HEADERS = (
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Wijziging"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Nr."),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Soort"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Code"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Omschrijving"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Aantal"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Eenheidsprijs"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Bedrag"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Vorig bedrag"),
)
#: The LineData field each column shows (None: not a field of the line).
_FIELDS = (None, "line_no", "kind", "code", "description", "quantity", "unit_price", "amount", None)
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1

TOTAL_LABELS = {
    "parts": QT_TRANSLATE_NOOP("EstimateComparisonModel", "Onderdelen"),
    "labour": QT_TRANSLATE_NOOP("EstimateComparisonModel", "Arbeid"),
    "paint": QT_TRANSLATE_NOOP("EstimateComparisonModel", "Lakwerk"),
    "other": QT_TRANSLATE_NOOP("EstimateComparisonModel", "Overige"),
    "net": QT_TRANSLATE_NOOP("EstimateComparisonModel", "Totaal excl. btw"),
    "vat": QT_TRANSLATE_NOOP("EstimateComparisonModel", "Btw"),
    "gross": QT_TRANSLATE_NOOP("EstimateComparisonModel", "Totaal incl. btw"),
}
TOTAL_HEADERS = (
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Totaal"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Huidige versie"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Nieuwe versie"),
    QT_TRANSLATE_NOOP("EstimateComparisonModel", "Verschil"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class ChangeRow:
    change: Change
    line: LineData  # the new line; for a removed one, the old
    old: LineData | None
    fields: tuple[str, ...] = ()


def change_rows(comparison: EstimateComparison) -> list[ChangeRow]:
    """Every line of the new estimate plus the removed ones, in line-number order."""
    added = {line.line_no for line in comparison.added}
    changed = {c.line_no: c for c in comparison.changed}
    rows: list[ChangeRow] = []
    for remote in comparison.estimate.lines:
        line = LineData.of_remote(remote)
        if line.line_no in changed:
            change = changed[line.line_no]
            rows.append(ChangeRow(Change.CHANGED, line, change.old, change.fields))
        elif line.line_no in added:
            rows.append(ChangeRow(Change.ADDED, line, None))
        else:
            rows.append(ChangeRow(Change.UNCHANGED, line, line))
    rows.extend(ChangeRow(Change.REMOVED, line, line) for line in comparison.removed)
    rows.sort(key=lambda row: (row.line.line_no, row.change is Change.REMOVED))
    return rows


def _text(line: LineData, field: str, currency: str) -> str:
    value = getattr(line, field)
    if field == "kind":
        # The kinds are translated once, with the Bestek tab's model.
        return QCoreApplication.translate("EstimateLineModel", KINDS[value]) if value in KINDS else str(value)
    if field in ("unit_price", "amount"):
        return labels.money(value, currency)
    if field == "quantity":
        return labels.quantity(value)
    return "" if value is None else str(value)


class EstimateChangeModel(ColumnTableModel[ChangeRow]):
    """The lines with their change. Signals: only Qt's own (``modelReset``)."""

    context = _CONTEXT
    headers = LINE_HEADERS
    numeric_columns = frozenset({5, 6, 7, 8})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._currency = "EUR"

    def set_comparison(self, comparison: EstimateComparison | None) -> None:
        self._currency = comparison.estimate.currency if comparison is not None else "EUR"
        self.set_rows(change_rows(comparison) if comparison is not None else [])

    def change(self, row: int) -> Change:
        return self._rows[row].change

    def text(self, row: ChangeRow, column: int) -> str:
        if column == 0:
            return CHANGE_SIGN[row.change] + _tr(CHANGE_TEXT[row.change])
        if column == 8:
            old_amount = row.old.amount if row.old is not None and row.change is Change.CHANGED else None
            return labels.money(old_amount, self._currency) if old_amount is not None else ""
        field = _FIELDS[column]
        assert field is not None
        return _text(row.line, field, self._currency)

    def role_data(self, row: ChangeRow, column: int, role: int) -> Any:
        field = _FIELDS[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = CHANGE_COLOUR.get(row.change)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.change is Change.UNCHANGED:
                return QBrush(QColor("#4a5563"))
            return QBrush(QColor("#1b1b1b"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if row.change is Change.REMOVED:
                font.setStrikeOut(column != 0)
            if column == 0 and row.change is not Change.UNCHANGED:
                font.setBold(True)
            if field is not None and field in row.fields:
                font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if field is not None and field in row.fields and row.old is not None:
                was = _text(row.old, field, self._currency)
                return QCoreApplication.translate("EstimateComparisonModel", "Was: {value}").format(
                    value=was or QCoreApplication.translate("EstimateComparisonModel", "(leeg)")
                )
            if column == 0 and row.change is Change.REMOVED:
                return QCoreApplication.translate(
                    "EstimateComparisonModel", "Deze regel staat niet meer in de nieuwe versie."
                )
            return None
        if role == CHANGE_ROLE:
            return row.change.value
        return None


class EstimateTotalsModel(ColumnTableModel[tuple[str, Decimal | None, Decimal]]):
    """Totals: current version, new version, difference. Signals: only Qt's own."""

    context = _CONTEXT
    headers = TOTAL_HEADERS
    numeric_columns = frozenset({1, 2, 3})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._currency = "EUR"

    def set_comparison(self, comparison: EstimateComparison | None) -> None:
        rows: list[tuple[str, Decimal | None, Decimal]] = []
        if comparison is not None:
            old: Totals | None = comparison.current_totals
            before = old.as_dict() if old is not None else {}
            rows = [(key, before.get(key), new) for key, new in comparison.new_totals.as_dict().items()]
            self._currency = comparison.estimate.currency
        self.set_rows(rows)

    def text(self, row: tuple[str, Decimal | None, Decimal], column: int) -> str:
        key, old, new = row
        if column == 0:
            return _tr(TOTAL_LABELS[key])
        if column == 1:
            return (
                labels.money(old, self._currency)
                if old is not None
                else QCoreApplication.translate("EstimateComparisonModel", "—")
            )
        if column == 2:
            return labels.money(new, self._currency)
        if old is None or old == new:
            return ""
        # "+€ 12,40" / "-€ 0,16": Qt's Belgian currency format would put a loss in brackets.
        sign = "-" if new < old else "+"
        return sign + labels.money(abs(new - old), self._currency)

    def role_data(self, row: tuple[str, Decimal | None, Decimal], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row[0] == "gross":
            font = QFont()
            font.setBold(True)
            return font
        return None
