"""What the info panel shows about one repairer's sync, read from the shared database.

The last run is stored per repairer (``SyncState``), so every PC of the office sees the same
"last sync" whoever ran it; a lease that has not expired yet says which PC is syncing right now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import SyncState
from planmanager_desktop.sync.lease import holder_host


@dataclass(frozen=True)
class SyncStatus:
    repairer_id: int
    last_started_at: dt.datetime | None = None
    last_finished_at: dt.datetime | None = None
    last_result: str | None = None  # ok, error, skipped (SyncOutcome values)
    last_error: str | None = None  # Dutch
    last_new: int = 0
    last_changed: int = 0
    last_unchanged: int = 0
    #: The PC (host name) that holds the lease now, when its lease has not expired.
    syncing_on: str | None = None
    #: This program's own lease (``holder_identity``) is not "another PC".
    syncing_here: bool = False


def sync_status(repairer_id: int, own_holder: str | None = None) -> SyncStatus:
    state = SyncState.get_or_none(SyncState.repairer == repairer_id)
    if state is None:
        return SyncStatus(repairer_id)
    holder: str | None = state.lease_holder
    live = holder is not None and state.lease_expires_at is not None and state.lease_expires_at > utcnow()
    return SyncStatus(
        repairer_id=repairer_id,
        last_started_at=state.last_started_at,
        last_finished_at=state.last_finished_at,
        last_result=state.last_result,
        last_error=state.last_error,
        last_new=state.last_new,
        last_changed=state.last_changed,
        last_unchanged=state.last_unchanged,
        syncing_on=holder_host(holder) if live and holder else None,
        syncing_here=bool(live and own_holder is not None and holder == own_holder),
    )
