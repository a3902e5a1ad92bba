"""The audit log: who did what to the database (C360-ADM-1). Never write a secret here."""

from __future__ import annotations

import getpass
import json
import socket
from typing import Any

from planmanager_desktop.persistence.models import AuditLog


def os_user() -> str:
    """The OS user name, as the helpdesk sees it in the audit log."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (services, containers)
        return "onbekend"


def host_name() -> str:
    return socket.gethostname() or "onbekend"


def record(action: str, details: dict[str, Any] | None = None, *, actor: str | None = None) -> None:
    """Append one entry; the caller's write transaction makes it atomic with the change itself."""
    AuditLog.create(
        actor=actor or os_user(),
        host=host_name(),
        action=action,
        details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str) if details else None,
    )


def recent(limit: int = 100) -> list[AuditLog]:
    return list(AuditLog.select().order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit))
