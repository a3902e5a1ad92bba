"""At start, finish what the last session sent to Claims360 without getting an answer.

An export, a send of plate and km-stand, or a photo upload whose answer never came (a timeout,
the PC switched off) stays in the outbox with its ``Idempotency-Key``. Shortly after the main
window shows, :class:`OutboxResume` calls the core's ``resume_pending`` for the exports and the
photos, once, as asyncio tasks: Claims360 replays its first answer for a request it already
applied, so nothing is created twice. The outcome is a line in the status bar; a failure is
logged and said there too (the next click or start tries again) — it never interrupts the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from planmanager_desktop.app.async_tasks import AsyncTasks, NoEventLoopError
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import DomainError

log = logging.getLogger(__name__)

#: Let the window paint and the first queries run before touching the network.
START_DELAY_MS = 3000


class OutboxResume(QObject):
    """Signals: none; ``show`` (a status-bar message function) receives the summary."""

    def __init__(
        self, services: Services, show: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._show = show
        self.tasks = AsyncTasks(self)
        self.tasks.failed.connect(self._failed)
        self.finished = False

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self._begin)

    @Slot()
    def _begin(self) -> None:
        try:
            self.tasks.spawn(self._resume(), name="claims360-outbox-resume")
        except NoEventLoopError:  # a smoke test without asyncio: nothing to resume there
            log.info("Geen asyncio-lus: onderbroken Claims360-verzendingen worden niet hervat")

    async def _resume(self) -> None:
        state = await self._services.claims360_clients.db(self._services.activation.state)
        if not state.active:
            self.finished = True
            return
        exports = await self._services.claims360_export.resume_pending()
        photos = await self._services.photo_upload.resume_pending()
        failed = [o for o in exports if isinstance(o, DomainError)]
        done = len(exports) - len(failed) + sum(1 for r in photos if r.ok)
        not_done = len(failed) + sum(1 for r in photos if not r.ok)
        for error in failed:
            log.warning("Onderbroken Claims360-verzending niet afgewerkt: %s", error)
        if not_done:
            self._show(
                QCoreApplication.translate(
                    "OutboxResume",
                    "Claims360: {done} onderbroken verzending(en) afgewerkt, {failed} nog niet (wordt "
                    "later opnieuw geprobeerd).",
                ).format(done=done, failed=not_done)
            )
        elif done:
            self._show(
                QCoreApplication.translate(
                    "OutboxResume", "Claims360: {done} onderbroken verzending(en) afgewerkt."
                ).format(done=done)
            )
        self.finished = True

    @Slot(str, object)
    def _failed(self, _name: str, exc: object) -> None:
        self.finished = True
        self._show(
            QCoreApplication.translate(
                "OutboxResume", "Claims360: onderbroken verzendingen konden niet afgewerkt worden ({error})."
            ).format(error=exc)
        )

    async def aclose(self) -> None:
        await self.tasks.aclose()
