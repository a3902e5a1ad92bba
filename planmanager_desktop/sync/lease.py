"""The sync lease: one sync per repairer at a time, across every PC on the database.

A lease is a row (:class:`SyncState`) with a holder and an expiry, taken with one conditional
``UPDATE`` inside a write transaction (``BEGIN IMMEDIATE`` on SQLite; a row lock on PostgreSQL,
where a waiting ``UPDATE`` re-checks its condition after the lock is released). The holder renews
it with every page it stores; a PC that crashed mid-sync loses it when it expires.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import timedelta

from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import SyncState

DEFAULT_LEASE_SECONDS = 300


def holder_identity() -> str:
    """``host/pid/random``: unique per running program, readable in the info panel."""
    return f"{socket.gethostname() or 'pc'}/{os.getpid()}/{uuid.uuid4().hex[:8]}"


def holder_host(holder: str) -> str:
    return holder.split("/", 1)[0]


class LeaseLostError(Exception):
    """The lease expired and another PC took it; this run must stop writing."""


@dataclass(frozen=True)
class LeaseAttempt:
    acquired: bool
    other_holder: str | None = None


class SyncLease:
    def __init__(self, database: Database, holder: str, seconds: int = DEFAULT_LEASE_SECONDS) -> None:
        self._database = database
        self.holder = holder
        self._seconds = seconds

    def acquire(self, repairer_id: int) -> LeaseAttempt:
        with self._database.write():
            SyncState.insert(repairer=repairer_id).on_conflict_ignore().execute()
            now = utcnow()
            taken = (
                SyncState.update(lease_holder=self.holder, lease_expires_at=now + self._duration)
                .where(
                    (SyncState.repairer == repairer_id)
                    & (
                        SyncState.lease_holder.is_null()
                        | (SyncState.lease_expires_at < now)
                        | (SyncState.lease_holder == self.holder)
                    )
                )
                .execute()
            )
            if taken == 1:
                return LeaseAttempt(acquired=True)
            other = SyncState.get(SyncState.repairer == repairer_id).lease_holder
            return LeaseAttempt(acquired=False, other_holder=other)

    def renew(self, repairer_id: int) -> None:
        """Extend the lease; call inside the write transaction that stores a page."""
        renewed = (
            SyncState.update(lease_expires_at=utcnow() + self._duration)
            .where((SyncState.repairer == repairer_id) & (SyncState.lease_holder == self.holder))
            .execute()
        )
        if renewed != 1:
            raise LeaseLostError(repairer_id)

    def release(self, repairer_id: int) -> None:
        with self._database.write():
            SyncState.update(lease_holder=None, lease_expires_at=None).where(
                (SyncState.repairer == repairer_id) & (SyncState.lease_holder == self.holder)
            ).execute()

    @property
    def _duration(self) -> timedelta:
        return timedelta(seconds=self._seconds)
