"""Claims360 clients for the dossier screen's actions (export, send, estimate, photos).

The sync gets its client from :class:`~planmanager_desktop.sync.service.SyncService`; the
dossier screen's actions go through :class:`Claims360Clients`, which asks the same service for
the shared :class:`Claims360Http` (one connection pool, and per bodyshop key one rate limit and
one ``Retry-After`` pause for the sync and the screen together), and looks up the repairer's
credentials on the database thread. A repairer without a configuration, or whose keys are not on
this PC, gets :class:`NotConfiguredError` with a Dutch message that says what to do.

Also here: :class:`Claims360ActionError`, the one error type these actions raise for a failed
call, with the Dutch message and whether repeating it is safe.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from typing import TypeVar

from planmanager_desktop.claims360.client import Claims360Client, Claims360Http
from planmanager_desktop.claims360.errors import Claims360Error
from planmanager_desktop.domain.activation import ActivationService
from planmanager_desktop.domain.claims360_config import Claims360ConfigService, LinkStatus
from planmanager_desktop.domain.errors import DomainError

T = TypeVar("T")

HttpProvider = Callable[[], Awaitable[Claims360Http]]


class NotConfiguredError(DomainError):
    """The repairer has no Claims360 configuration, or this PC does not have its keys."""

    def __init__(self, message: str, *, status: LinkStatus) -> None:
        super().__init__(message)
        self.status = status


class NotActivatedError(DomainError):
    """Claims360 is not (yet) active on this database (C360-ACT-2)."""


class Claims360ActionError(DomainError):
    """A call to Claims360 failed; ``str(error)`` is the Dutch message for the user.

    ``retry_safe``: the request may have reached Claims360 (timeout, dropped connection, 5xx);
    it stays pending and repeating it (button again, or the next start) never duplicates.
    ``cause`` is the client's error (for logs; it holds no key).
    """

    def __init__(self, message: str, *, cause: Claims360Error, retry_safe: bool) -> None:
        super().__init__(message)
        self.cause = cause
        self.retry_safe = retry_safe


def not_configured_message(status: LinkStatus) -> str:
    if status is LinkStatus.KEYS_NOT_ON_THIS_PC:
        return (
            "Deze pc heeft de Claims360-sleutels van deze hersteller niet. Koppel deze pc op de "
            "Claims360-pagina door de sleutels opnieuw in te geven, en probeer het dan opnieuw."
        )
    return (
        "Deze hersteller is niet ingesteld voor Claims360. Stel hem eerst in op de "
        "Claims360-pagina (Carrosserie Id en de twee API-sleutels)."
    )


class Claims360Clients:
    """Hands out a :class:`Claims360Client` per repairer, or says in Dutch why it cannot."""

    def __init__(
        self,
        config: Claims360ConfigService,
        activation: ActivationService,
        http: HttpProvider,
        db_executor: Executor,
    ) -> None:
        self._config = config
        self._activation = activation
        self._http = http
        self.db_executor = db_executor

    async def db(self, func: Callable[..., T], *args: object) -> T:
        """Run database work on the database thread (never the GUI thread)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.db_executor, func, *args)

    async def for_repairer(self, repairer_id: int) -> Claims360Client:
        state = await self.db(self._activation.state)
        if not state.active:
            raise NotActivatedError(
                "Claims360 is niet actief op deze database; de dossiers kunnen nog niet naar "
                "Claims360 gestuurd worden. De helpdesk activeert Claims360."
            )
        credentials = await self.db(self._config.credentials, repairer_id)
        if credentials is None:
            status = await self.db(self._config.status, repairer_id)
            raise NotConfiguredError(not_configured_message(status), status=status)
        http = await self._http()
        return http.client(credentials)
