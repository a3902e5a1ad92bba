"""The table of the Claims360 page: imported assignments, paged from the database (C360-SYNC-4).

Same shape as the dossier list (:class:`~planmanager_desktop.views.paged_query_model.PagedQueryModel`):
the database sorts and filters (``AssignmentListService``), the model holds only the pages seen so
far and every query runs on the database thread. The last column, "In PlanManager", is the FAQ's
planned info column (C360-SYNC-8): the dossier the assignment is synced into, opened with a
double click.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.domain.assignment_list import (
    AssignmentListService,
    AssignmentQuery,
    AssignmentRow,
    AssignmentSort,
)
from planmanager_desktop.persistence.models import AssignmentStatus, QueueState
from planmanager_desktop.views import labels
from planmanager_desktop.views.column_table_model import ID_ROLE
from planmanager_desktop.views.paged_query_model import PAGE_SIZE, PagedQueryModel

__all__ = ["DEFAULT_SORT_COLUMN", "DOSSIER_ROLE", "ID_ROLE", "PAGE_SIZE", "Claims360AssignmentModel"]

DOSSIER_ROLE = Qt.ItemDataRole.UserRole + 2

_CONTEXT = "Claims360AssignmentModel"

COLUMNS: tuple[tuple[AssignmentSort, str], ...] = (
    (AssignmentSort.NUMBER, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Nummer")),
    (AssignmentSort.COMPLETE, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Compleet")),
    (AssignmentSort.WORK, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Werk")),
    (AssignmentSort.MODEL, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Model")),
    (AssignmentSort.PLATE, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Nummerplaat")),
    (AssignmentSort.CUSTOMER, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Klant")),
    (AssignmentSort.REPAIRER, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Hersteller")),
    (AssignmentSort.IMPORTED, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Datum Import")),
    (AssignmentSort.SMART_EXPERTISE, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Smart Expertise")),
    (AssignmentSort.DOSSIER, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "In PlanManager")),
)
DOSSIER_COLUMN = len(COLUMNS) - 1
DEFAULT_SORT_COLUMN = 7
_QUEUED = QT_TRANSLATE_NOOP("Claims360AssignmentModel", "In de wachtrij")
_REJECTED = QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Geweigerd")
_CANCELLED = QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Geannuleerd in Claims360")
_OPEN_TIP = QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Dubbelklik om dossier {number} te openen")
_LINK = QColor("#174a86")
#: A cancelled assignment stays in the list (nothing is deleted), greyed out.
_CANCELLED_COLOUR = QColor("#8a8f98")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def import_datetime(value: dt.datetime | None) -> str:
    """ "Datum Import" as the FAQ shows it: 02-04-2021 16:24, in the PC's time zone."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")


class Claims360AssignmentModel(PagedQueryModel[AssignmentQuery, AssignmentRow]):
    """Assignment rows, fetched page by page on the database thread.

    Signals: those of :class:`PagedQueryModel` (loading_changed, total_changed, load_failed).
    """

    context = _CONTEXT
    headers = tuple(header for _, header in COLUMNS)
    sort_keys = tuple(sort for sort, _ in COLUMNS)
    has_ids = True

    def __init__(
        self,
        worker: DbWorker,
        service: AssignmentListService | None = None,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(
            service or AssignmentListService(), worker, AssignmentQuery(), page_size=page_size, parent=parent
        )

    def load_error(self, exc: BaseException) -> str:
        return (
            QCoreApplication.translate(
                "Claims360AssignmentModel",
                "De lijst met opdrachten kon niet geladen worden. Controleer de verbinding met de "
                "database en probeer opnieuw.",
            )
            + f"\n({type(exc).__name__})"
        )

    def role_data(self, row: AssignmentRow, column: int, role: int) -> Any:
        if role == DOSSIER_ROLE:
            return row.dossier_id
        cancelled = row.status == AssignmentStatus.CANCELLED.value
        if cancelled and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_CANCELLED_COLOUR)
        if cancelled and role == Qt.ItemDataRole.ToolTipRole and column != DOSSIER_COLUMN:
            return _tr(_CANCELLED)
        if column == DOSSIER_COLUMN and row.dossier_id is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_LINK)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(_OPEN_TIP).format(number=row.dossier_number)
        return None

    def text(self, row: AssignmentRow, column: int) -> str:
        match column:
            case 0:
                return row.number
            case 1:
                return labels.yes_no(bool(row.complete))
            case 2:
                return row.work or ""
            case 3:
                return row.make_model
            case 4:
                return row.license_plate or ""
            case 5:
                return row.customer_name or ""
            case 6:
                return row.repairer_name
            case 7:
                return import_datetime(row.imported_at)
            case 8:
                return labels.yes_no(row.smart_expertise) if row.smart_expertise else ""
            case _:
                if row.dossier_number:
                    return row.dossier_number
                if row.queue_state == QueueState.QUEUED.value:
                    return _tr(_QUEUED)
                if row.queue_state == QueueState.REJECTED.value:
                    return _tr(_REJECTED)
                return ""

    def dossier_id(self, row: int) -> int | None:
        found = self.row(row)
        return found.dossier_id if found else None
