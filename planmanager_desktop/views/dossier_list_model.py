"""The dossier list: a table model that pages through the database instead of loading it.

A shop with 50,000 dossiers must see its list at once and search without waiting: sorting and
filtering happen in SQL (``DossierService.rows``) and the model holds only the pages seen so far
(:class:`~planmanager_desktop.views.paged_query_model.PagedQueryModel`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.domain.dossiers import DossierQuery, DossierRow, DossierService, SortColumn
from planmanager_desktop.views import labels
from planmanager_desktop.views.paged_query_model import PAGE_SIZE, PagedQueryModel

__all__ = ["DEFAULT_SORT_COLUMN", "PAGE_SIZE", "DossierListModel"]

DEFAULT_SORT_COLUMN = 6


class DossierListModel(PagedQueryModel[DossierQuery, DossierRow]):
    """Dossier rows, fetched page by page on the database thread.

    Signals: those of :class:`PagedQueryModel` (loading_changed, total_changed, load_failed).
    """

    context = "DossierListModel"
    headers = (
        QT_TRANSLATE_NOOP("DossierListModel", "Dossier"),
        QT_TRANSLATE_NOOP("DossierListModel", "Nummerplaat"),
        QT_TRANSLATE_NOOP("DossierListModel", "Merk en model"),
        QT_TRANSLATE_NOOP("DossierListModel", "Klant"),
        QT_TRANSLATE_NOOP("DossierListModel", "Hersteller"),
        QT_TRANSLATE_NOOP("DossierListModel", "Status"),
        QT_TRANSLATE_NOOP("DossierListModel", "Aangemaakt"),
    )
    #: "Merk en model" is two columns in SQL and not sortable.
    sort_keys = (
        SortColumn.NUMBER,
        SortColumn.PLATE,
        None,
        SortColumn.CUSTOMER,
        SortColumn.REPAIRER,
        SortColumn.STATUS,
        SortColumn.CREATED,
    )
    has_ids = True

    def __init__(
        self,
        dossiers: DossierService,
        worker: DbWorker,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(dossiers, worker, DossierQuery(), page_size=page_size, parent=parent)

    def set_search(self, text: str) -> None:
        self.set_query(replace(self.query, search=text.strip()))

    def load_error(self, exc: BaseException) -> str:
        return (
            QCoreApplication.translate(
                "DossierListModel",
                "De dossierlijst kon niet geladen worden. Controleer de verbinding met de database "
                "en probeer opnieuw.",
            )
            + f"\n({exc})"
        )

    def text(self, row: DossierRow, column: int) -> str:
        match column:
            case 0:
                return row.number
            case 1:
                return row.license_plate or ""
            case 2:
                return row.make_model
            case 3:
                return row.customer_name or ""
            case 4:
                return row.repairer_name
            case 5:
                return labels.status_text(row.status)
            case _:
                return labels.local_datetime(row.created_at)

    def dossier_id(self, row: int) -> int | None:
        found = self.row(row)
        return found.id if found else None
