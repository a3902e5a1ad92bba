"""A read-only table model over a list of rows, laid out by a tuple of column headers.

Every table of the program repeated the same guards around ``rowCount``, ``columnCount``,
``headerData`` and ``data`` (a child index has no rows, a stale index returns nothing, headers
are translated in the model's own context, amounts are right-aligned). They live here once, so a
model says only what its columns are called and what a cell shows: :meth:`text` for the display
text and :meth:`role_data` for anything else (colours, fonts, tooltips, its own roles).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex

#: The row's ``id`` (a dossier, assignment or repairer) for models with ``has_ids``.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: How amounts and quantities stand: right, so the digits line up.
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ColumnTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows in a list, columns from :attr:`headers`.

    Signals: only Qt's own (``modelReset`` after :meth:`set_rows`).
    """

    #: The translation context of the headers: the literal context of their QT_TRANSLATE_NOOP.
    context: ClassVar[str] = ""
    #: The untranslated header texts, one a column.
    headers: ClassVar[tuple[str, ...]] = ()
    #: Columns shown right-aligned, header included.
    numeric_columns: ClassVar[frozenset[int]] = frozenset()
    #: Whether :data:`ID_ROLE` gives the row's ``id`` (rows then have an ``id`` attribute).
    has_ids: ClassVar[bool] = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Iterable[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        """The row number of the row with this ``id``, -1 when it is not in the table."""
        return next((i for i, row in enumerate(self._rows) if getattr(row, "id", None) == row_id), -1)

    # To override -----------------------------------------------------------------------------
    def text(self, row: RowT, column: int) -> str:
        """What the cell shows (DisplayRole)."""
        raise NotImplementedError

    def role_data(self, row: RowT, column: int, role: int) -> Any:
        """Any other role of a cell; ``None`` when the cell has nothing for it."""
        return None

    # Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(self.context, self.headers[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric_columns:
                return RIGHT_ALIGNED
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.headers):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ID_ROLE and self.has_ids:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric_columns:
            return RIGHT_ALIGNED
        return self.role_data(row, column, role)
