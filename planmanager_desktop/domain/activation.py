"""Claims360 activation per database (C360-ACT-1, C360-ACT-2).

The helpdesk activates Claims360 now or from a date ("op 5/10/2021 automatisch geactiveerd"). The
date is a calendar date in the office's time zone: the program counts as activated from local
midnight of that day, so a running program switches over by itself when the day arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.settings import CLAIMS360_ACTIVATION_DATE, SettingsStore


class Platform(StrEnum):
    WINFORMEX = "winformex"
    CLAIMS360 = "claims360"


@dataclass(frozen=True)
class ActivationState:
    activation_date: date | None
    today: date

    @property
    def active(self) -> bool:
        return self.activation_date is not None and self.today >= self.activation_date

    @property
    def scheduled(self) -> bool:
        return self.activation_date is not None and self.today < self.activation_date

    @property
    def platform(self) -> Platform:
        return Platform.CLAIMS360 if self.active else Platform.WINFORMEX

    def describe(self) -> str:
        """One Dutch sentence for the status command and the Instellingen page."""
        if self.activation_date is None:
            return "Claims360 is niet geactiveerd op deze database (WinFormEx II is actief)."
        when = self.activation_date.strftime("%d/%m/%Y")
        if self.active:
            return f"Claims360 is actief op deze database sinds {when}."
        return f"Claims360 wordt automatisch geactiveerd op {when} (nu is WinFormEx II actief)."


def _today() -> date:
    return datetime.now().astimezone().date()


class ActivationService:
    """Reads and changes the activation; only the helpdesk's admin commands change it."""

    def __init__(self, database: Database, settings: SettingsStore) -> None:
        self._database = database
        self._settings = settings

    def state(self, today: date | None = None) -> ActivationState:
        raw = self._settings.get(CLAIMS360_ACTIVATION_DATE)
        return ActivationState(
            activation_date=date.fromisoformat(raw) if raw else None,
            today=today or _today(),
        )

    def activate(self, at: date | None = None) -> ActivationState:
        """Activate from ``at`` (today when None); audit-logged (C360-ADM-1)."""
        when = at or _today()
        with self._database.write():
            self._settings.set(CLAIMS360_ACTIVATION_DATE, when.isoformat(), admin=True)
            audit.record("claims360.activate", {"date": when.isoformat()})
        return self.state()

    def deactivate(self) -> ActivationState:
        with self._database.write():
            self._settings.clear(CLAIMS360_ACTIVATION_DATE)
            audit.record("claims360.deactivate")
        return self.state()
