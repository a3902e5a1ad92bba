"""Notices a Claims360 activation in a running program (C360-ACT-2).

The helpdesk activates Claims360 on the shared database from another PC, or schedules it for a
date; every open PlanManager must switch its WinFormEx tabs to Claims360 within a minute, without
a restart. A timer re-reads the activation every 30 seconds (one tiny settings query).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

import peewee
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from planmanager_desktop.domain.activation import ActivationService, ActivationState

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30_000


class ActivationWatcher(QObject):
    """Re-reads the activation on a timer.

    Signals:
        changed(bool): Claims360 became active (True) or inactive (False).
        state_read(object): the :class:`ActivationState` of every check (for status texts).
    """

    changed = Signal(bool)
    state_read = Signal(object)

    def __init__(
        self,
        activation: ActivationService,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
        today: Callable[[], date] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._activation = activation
        self._today = today
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._state = self._read()
        self._active = self._state.active if self._state is not None else False

    @property
    def active(self) -> bool:
        return self._active

    @property
    def state(self) -> ActivationState | None:
        return self._state

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _read(self) -> ActivationState | None:
        try:
            return self._activation.state(self._today() if self._today else None)
        except peewee.PeeweeException:
            # The database is briefly unreachable: keep showing what we had, try again later.
            log.warning("Activatiestatus kon niet gelezen worden", exc_info=True)
            return None

    @Slot()
    def check(self) -> None:
        state = self._read()
        if state is None:
            return
        self._state = state
        self.state_read.emit(state)
        if state.active != self._active:
            self._active = state.active
            self.changed.emit(state.active)
