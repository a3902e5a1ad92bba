"""The Claims360 outbox: every write is stored with its ``Idempotency-Key`` before it is sent.

Why: a double click, a read timeout after Claims360 already created the case, or a crash between
sending and storing the answer must never create a second case or upload a photo twice. So the
write is first committed as a :class:`~planmanager_desktop.persistence.models.Claims360Outbox`
row with a fresh UUID; every attempt sends that UUID as ``Idempotency-Key`` and the stored body,
and Claims360 replays its first answer to a repeat. A pending row is *resumed* (same key, same
body) by the next attempt or the next start, never replaced. One pending row per slot
(``export:<dossier>``, ``patch:<dossier>``, ``photo:<photo>``) is enforced by a unique index, so
two PCs pressing the button at the same moment share one row.

All functions here are database work: call them on the database thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee

from planmanager_desktop.claims360.client import new_idempotency_key
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import Claims360Outbox, OutboxKind, OutboxState


def export_slot(dossier_id: int) -> str:
    return f"export:{dossier_id}"


def patch_slot(dossier_id: int) -> str:
    return f"patch:{dossier_id}"


def photo_slot(photo_id: int) -> str:
    return f"photo:{photo_id}"


@dataclass(frozen=True)
class OutboxEntry:
    """One stored write, as the sender needs it."""

    id: int
    kind: OutboxKind
    dossier_id: int
    photo_id: int | None
    idempotency_key: str
    payload: dict[str, Any]
    #: True when this row was stored by an earlier attempt (now resumed with the same key).
    resumed: bool
    attempts: int

    @classmethod
    def of(cls, row: Claims360Outbox, *, resumed: bool) -> OutboxEntry:
        return cls(
            id=row.id,
            kind=OutboxKind(row.kind),
            dossier_id=row.dossier_id,
            photo_id=row.photo_id,
            idempotency_key=row.idempotency_key,
            payload=json.loads(row.payload),
            resumed=resumed,
            attempts=row.attempts,
        )


class Outbox:
    def __init__(self, database: Database) -> None:
        self._database = database

    def pending(self, slot: str) -> OutboxEntry | None:
        row = Claims360Outbox.get_or_none(Claims360Outbox.active_slot == slot)
        return OutboxEntry.of(row, resumed=True) if row is not None else None

    def pending_entries(self, kinds: tuple[OutboxKind, ...] | None = None) -> list[OutboxEntry]:
        """Every write still pending (for the resume at start), oldest first."""
        query = Claims360Outbox.select().where(Claims360Outbox.state == OutboxState.PENDING.value)
        if kinds is not None:
            query = query.where(Claims360Outbox.kind.in_([k.value for k in kinds]))
        return [OutboxEntry.of(row, resumed=True) for row in query.order_by(Claims360Outbox.id)]

    def open(
        self,
        kind: OutboxKind,
        slot: str,
        dossier_id: int,
        payload: dict[str, Any],
        *,
        photo_id: int | None = None,
        before_store: Callable[[], None] | None = None,
    ) -> OutboxEntry:
        """The pending row of ``slot`` (resumed as it was), else a new one, committed on return.

        ``before_store`` runs in the same transaction just before a *new* row is stored (e.g. to
        save the plate and km-stand the user just typed on the dossier).
        """
        for _ in range(3):
            existing = self.pending(slot)
            if existing is not None:
                return existing
            try:
                with self._database.write():
                    if before_store is not None:
                        before_store()
                    row = Claims360Outbox.create(
                        dossier=dossier_id,
                        photo=photo_id,
                        kind=kind.value,
                        idempotency_key=new_idempotency_key(),
                        active_slot=slot,
                        payload=json.dumps(payload, sort_keys=True),
                        created_by=audit.os_user(),
                    )
                return OutboxEntry.of(row, resumed=False)
            except peewee.IntegrityError:
                continue  # another PC stored the slot's row at the same moment: take theirs
        raise RuntimeError(f"outbox slot {slot} could not be opened")

    def note_attempt(self, entry_id: int) -> None:
        with self._database.write():
            Claims360Outbox.update(attempts=Claims360Outbox.attempts + 1).where(
                Claims360Outbox.id == entry_id
            ).execute()

    def keep_pending(self, entry_id: int, message: str) -> None:
        """The outcome is unknown (timeout, dropped connection, 5xx): resume later, same key."""
        with self._database.write():
            Claims360Outbox.update(last_error=message).where(Claims360Outbox.id == entry_id).execute()

    def complete(
        self, entry_id: int, result: dict[str, Any], apply: Callable[[], None] | None = None
    ) -> bool:
        """Mark done and run ``apply`` (store the answer on the dossier) in one transaction.

        Returns False when the row was no longer pending (another attempt finished it first);
        ``apply`` is then not run.
        """
        with self._database.write():
            changed = (
                Claims360Outbox.update(
                    state=OutboxState.DONE.value,
                    active_slot=None,
                    result=json.dumps(result, sort_keys=True),
                    finished_at=utcnow(),
                    last_error=None,
                )
                .where(
                    (Claims360Outbox.id == entry_id) & (Claims360Outbox.state == OutboxState.PENDING.value)
                )
                .execute()
            )
            if changed and apply is not None:
                apply()
        return bool(changed)

    def fail(self, entry_id: int, message: str) -> None:
        """Claims360 refused the write for good: the slot is free for a corrected attempt."""
        with self._database.write():
            Claims360Outbox.update(
                state=OutboxState.FAILED.value,
                active_slot=None,
                last_error=message,
                finished_at=utcnow(),
            ).where(
                (Claims360Outbox.id == entry_id) & (Claims360Outbox.state == OutboxState.PENDING.value)
            ).execute()

    @staticmethod
    def last_done_payload(dossier_id: int, kinds: tuple[OutboxKind, ...]) -> dict[str, Any] | None:
        row = (
            Claims360Outbox.select()
            .where(
                (Claims360Outbox.dossier == dossier_id)
                & (Claims360Outbox.state == OutboxState.DONE.value)
                & Claims360Outbox.kind.in_([k.value for k in kinds])
            )
            .order_by(Claims360Outbox.finished_at.desc(), Claims360Outbox.id.desc())
            .first()
        )
        if row is None:
            return None
        payload: dict[str, Any] = json.loads(row.payload)
        return payload
