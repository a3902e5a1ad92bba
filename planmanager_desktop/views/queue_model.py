"""The Wachtrij: imported assignments and estimate versions that wait for a person (C360-SYNC-5).

The rows are read with :meth:`QueueService.waiting` and :meth:`EstimateService.waiting` on the
database thread and turned into plain :class:`QueueRow` / :class:`EstimateQueueRow` values there,
so the tables never reach into the database from the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee
from PySide6.QtCore import QT_TRANSLATE_NOOP

from planmanager_desktop.domain.assignments import QueueService
from planmanager_desktop.domain.estimates import EstimateService
from planmanager_desktop.persistence.models import AssignmentSource, Customer, Dossier, Repairer, Vehicle
from planmanager_desktop.views import labels
from planmanager_desktop.views.column_table_model import ColumnTableModel

_SOURCES = {AssignmentSource.CLAIMS360.value: "Claims360", AssignmentSource.WINFORMEX.value: "WinFormEx II"}


@dataclass(frozen=True)
class QueueRow:
    """One waiting assignment, with what the detail panel shows."""

    id: int
    number: str
    source: str
    repairer_id: int
    repairer_name: str
    license_plate: str | None
    make_model: str
    customer_name: str | None
    work: str | None
    insurer_name: str | None
    claim_number: str | None
    expert_name: str | None
    imported_at: dt.datetime


@dataclass(frozen=True)
class ProposalRow:
    """A dossier the assignment may belong to (same repairer and plate)."""

    id: int
    number: str
    license_plate: str | None
    customer_name: str | None
    status: str
    created_at: dt.datetime


def load_waiting(queue: QueueService) -> list[QueueRow]:
    """Database thread: the Wachtrij, oldest first (they wait longest)."""
    names = {r.id: r.name for r in Repairer.select(Repairer.id, Repairer.name)}
    return [
        QueueRow(
            id=a.id,
            number=a.number,
            source=a.source,
            repairer_id=a.repairer_id,
            repairer_name=names.get(a.repairer_id, ""),
            license_plate=a.license_plate,
            make_model=" ".join(p for p in (a.make, a.model) if p),
            customer_name=a.customer_name,
            work=a.work,
            insurer_name=a.insurer_name,
            claim_number=a.claim_number,
            expert_name=a.expert_name,
            imported_at=a.imported_at,
        )
        for a in queue.waiting()
    ]


@dataclass(frozen=True)
class EstimateQueueRow:
    """One waiting estimate version, with the dossier it belongs to (so the user knows which car)."""

    id: int
    dossier_id: int
    dossier_number: str
    remote_version: int
    estimate_date: dt.datetime | None
    detected_at: dt.datetime
    gross: Decimal
    license_plate: str | None
    customer_name: str | None
    repairer_name: str


def load_waiting_estimates(estimates: EstimateService) -> list[EstimateQueueRow]:
    """Database thread: the waiting estimate versions, oldest first, with their dossier's car,
    customer and repairer (one query for all of them, not one a row)."""
    entries = estimates.waiting()
    ids = {e.dossier_id for e in entries}
    details: dict[int, tuple[str | None, str | None, str]] = {}
    if ids:
        query = (
            Dossier.select(Dossier.id, Vehicle.license_plate, Customer.name, Repairer.name.alias("repairer"))
            .join(Repairer, on=Dossier.repairer == Repairer.id)
            .switch(Dossier)
            .join(Vehicle, peewee.JOIN.LEFT_OUTER, on=Dossier.vehicle == Vehicle.id)
            .switch(Dossier)
            .join(Customer, peewee.JOIN.LEFT_OUTER, on=Dossier.customer == Customer.id)
            .where(Dossier.id.in_(list(ids)))
            .tuples()
        )
        details = {row[0]: (row[1], row[2], row[3]) for row in query}
    none: tuple[str | None, str | None, str] = (None, None, "")
    return [
        EstimateQueueRow(
            id=e.id,
            dossier_id=e.dossier_id,
            dossier_number=e.dossier_number,
            remote_version=e.remote_version,
            estimate_date=e.estimate_date,
            detected_at=e.detected_at,
            gross=e.gross,
            license_plate=details.get(e.dossier_id, none)[0],
            customer_name=details.get(e.dossier_id, none)[1],
            repairer_name=details.get(e.dossier_id, none)[2],
        )
        for e in entries
    ]


def load_proposals(queue: QueueService, assignment_id: int) -> list[ProposalRow]:
    """Database thread: the dossiers proposed for one waiting assignment."""
    rows: list[ProposalRow] = []
    for dossier in queue.proposals(assignment_id):
        full: Dossier = dossier
        rows.append(
            ProposalRow(
                id=full.id,
                number=full.number,
                license_plate=full.vehicle.license_plate if full.vehicle_id else None,
                customer_name=full.customer.name if full.customer_id else None,
                status=full.status,
                created_at=full.created_at,
            )
        )
    return rows


def source_text(source: str) -> str:
    return _SOURCES.get(source, source)


class QueueModel(ColumnTableModel[QueueRow]):
    """The waiting assignments. Signals: only Qt's own (``modelReset`` after :meth:`set_rows`)."""

    context = "QueueModel"
    headers = (
        QT_TRANSLATE_NOOP("QueueModel", "Nummer"),
        QT_TRANSLATE_NOOP("QueueModel", "Bron"),
        QT_TRANSLATE_NOOP("QueueModel", "Nummerplaat"),
        QT_TRANSLATE_NOOP("QueueModel", "Model"),
        QT_TRANSLATE_NOOP("QueueModel", "Klant"),
        QT_TRANSLATE_NOOP("QueueModel", "Hersteller"),
        QT_TRANSLATE_NOOP("QueueModel", "Datum Import"),
    )
    has_ids = True

    def text(self, row: QueueRow, column: int) -> str:
        values = (
            row.number,
            source_text(row.source),
            row.license_plate or "",
            row.make_model,
            row.customer_name or "",
            row.repairer_name,
            labels.local_datetime(row.imported_at),
        )
        return values[column]


class EstimateQueueModel(ColumnTableModel[EstimateQueueRow]):
    """The waiting estimate versions. Signals: only Qt's own (``modelReset`` after :meth:`set_rows`)."""

    context = "EstimateQueueModel"
    headers = (
        QT_TRANSLATE_NOOP("EstimateQueueModel", "Dossier"),
        QT_TRANSLATE_NOOP("EstimateQueueModel", "Versie"),
        QT_TRANSLATE_NOOP("EstimateQueueModel", "Datum bestek"),
        QT_TRANSLATE_NOOP("EstimateQueueModel", "Totaal incl. btw"),
        QT_TRANSLATE_NOOP("EstimateQueueModel", "Nummerplaat"),
        QT_TRANSLATE_NOOP("EstimateQueueModel", "Klant"),
        QT_TRANSLATE_NOOP("EstimateQueueModel", "Hersteller"),
        QT_TRANSLATE_NOOP("EstimateQueueModel", "Ontvangen"),
    )
    numeric_columns = frozenset({1, 3})
    has_ids = True

    def text(self, row: EstimateQueueRow, column: int) -> str:
        values = (
            row.dossier_number,
            str(row.remote_version),
            labels.local_datetime(row.estimate_date),
            labels.money(row.gross),
            row.license_plate or "",
            row.customer_name or "",
            row.repairer_name,
            labels.local_datetime(row.detected_at),
        )
        return values[column]
