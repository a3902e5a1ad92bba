"""The table of imported Claims360 assignments on the Claims360 page (C360-SYNC-4, C360-SYNC-8).

Like the dossier list, it pages, sorts and filters in SQL: a shop that has received thousands of
assignments must see the first page at once. Each row also says where the assignment went in
PlanManager (the dossier it is synced into, or the Wachtrij), the FAQ's planned "info kadertje".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

import peewee

from planmanager_desktop.domain.paging import stable_order
from planmanager_desktop.domain.plates import search_key
from planmanager_desktop.persistence.models import Assignment, AssignmentSource, Dossier, Repairer


class AssignmentSort(StrEnum):
    NUMBER = "number"
    COMPLETE = "complete"
    WORK = "work"
    MODEL = "model"
    PLATE = "plate"
    CUSTOMER = "customer"
    REPAIRER = "repairer"
    IMPORTED = "imported"
    SMART_EXPERTISE = "smart_expertise"
    DOSSIER = "dossier"


@dataclass(frozen=True)
class AssignmentQuery:
    """What the filter fields ask; ``None`` means "alle"."""

    number: str = ""
    plate: str = ""
    customer: str = ""
    complete: bool | None = None
    smart_expertise: bool | None = None
    #: Local calendar days (the PC's time zone), both inclusive.
    imported_from: dt.date | None = None
    imported_to: dt.date | None = None
    repairer_id: int | None = None
    sort: AssignmentSort = AssignmentSort.IMPORTED
    descending: bool = True


@dataclass(frozen=True)
class AssignmentRow:
    """One line of the table: only what it shows."""

    id: int
    number: str
    complete: bool | None
    work: str | None
    make_model: str
    license_plate: str | None
    customer_name: str | None
    repairer_name: str
    imported_at: dt.datetime
    smart_expertise: bool | None
    status: str
    queue_state: str
    dossier_id: int | None
    dossier_number: str | None


def local_day_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in this PC's time zone, as an aware UTC datetime."""
    return dt.datetime.combine(day, dt.time.min).astimezone().astimezone(dt.UTC)


class AssignmentListService:
    """Counts and pages of the Claims360 assignments, filtered and sorted by the database."""

    def count(self, query: AssignmentQuery) -> int:
        return int(self._select(query).count())

    def rows(self, query: AssignmentQuery, offset: int, limit: int) -> list[AssignmentRow]:
        select = self._select(query).order_by(*self._order(query)).offset(offset).limit(limit)
        out: list[AssignmentRow] = []
        r: dict[str, Any]
        for r in select.dicts():
            out.append(
                AssignmentRow(
                    id=r["id"],
                    number=r["number"],
                    complete=r["complete"],
                    work=r["work"],
                    make_model=" ".join(p for p in (r["make"], r["model"]) if p),
                    license_plate=r["license_plate"],
                    customer_name=r["customer_name"],
                    repairer_name=r["repairer_name"],
                    imported_at=cast(dt.datetime, Assignment.imported_at.python_value(r["imported_at"])),
                    smart_expertise=r["smart_expertise"],
                    status=r["status"],
                    queue_state=r["queue_state"],
                    dossier_id=r["dossier_id"],
                    dossier_number=r["dossier_number"],
                )
            )
        return out

    @staticmethod
    def _select(query: AssignmentQuery) -> Any:
        select = (
            Assignment.select(
                Assignment.id,
                Assignment.number,
                Assignment.complete,
                Assignment.work,
                Assignment.make,
                Assignment.model,
                Assignment.license_plate,
                Assignment.customer_name,
                Assignment.imported_at,
                Assignment.smart_expertise,
                Assignment.status,
                Assignment.queue_state,
                Assignment.dossier.alias("dossier_id"),
                Repairer.name.alias("repairer_name"),
                Dossier.number.alias("dossier_number"),
            )
            .join(Repairer)
            .switch(Assignment)
            .join(Dossier, peewee.JOIN.LEFT_OUTER)
            .where(Assignment.source == AssignmentSource.CLAIMS360.value)
        )
        if query.repairer_id is not None:
            select = select.where(Assignment.repairer == query.repairer_id)
        if query.number.strip():
            select = select.where(Assignment.number ** f"%{query.number.strip()}%")
        if query.plate.strip():
            compact = peewee.fn.REPLACE(peewee.fn.UPPER(Assignment.license_plate), "-", "")
            select = select.where(compact ** f"%{search_key(query.plate)}%")
        if query.customer.strip():
            select = select.where(Assignment.customer_name ** f"%{query.customer.strip()}%")
        if query.complete is not None:
            select = select.where(_is(Assignment.complete, query.complete))
        if query.smart_expertise is not None:
            select = select.where(_is(Assignment.smart_expertise, query.smart_expertise))
        if query.imported_from is not None:
            select = select.where(Assignment.imported_at >= local_day_start(query.imported_from))
        if query.imported_to is not None:
            end = local_day_start(query.imported_to + dt.timedelta(days=1))
            select = select.where(Assignment.imported_at < end)
        return select

    @staticmethod
    def _order(query: AssignmentQuery) -> list[peewee.Ordering]:
        column: Any = {
            AssignmentSort.NUMBER: Assignment.number,
            AssignmentSort.COMPLETE: Assignment.complete,
            AssignmentSort.WORK: peewee.fn.LOWER(Assignment.work),
            AssignmentSort.MODEL: peewee.fn.LOWER(Assignment.model),
            AssignmentSort.PLATE: Assignment.license_plate,
            AssignmentSort.CUSTOMER: peewee.fn.LOWER(Assignment.customer_name),
            AssignmentSort.REPAIRER: peewee.fn.LOWER(Repairer.name),
            AssignmentSort.IMPORTED: Assignment.imported_at,
            AssignmentSort.SMART_EXPERTISE: Assignment.smart_expertise,
            AssignmentSort.DOSSIER: Dossier.number,
        }[query.sort]
        return stable_order(column, Assignment.id, descending=query.descending)


def _is(field: peewee.Field, value: bool) -> peewee.Expression:
    """ "Nee" also matches an unknown value: Claims360 leaves it out when it is not complete."""
    if value:
        return field == True  # noqa: E712
    return (field == False) | field.is_null()  # noqa: E712
