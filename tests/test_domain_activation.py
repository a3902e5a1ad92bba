"""Claims360 activation per database, now or from a date (C360-ACT-1, C360-ACT-2, C360-ADM-1)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from planmanager_desktop.composition import Services
from planmanager_desktop.domain.activation import ActivationService, ActivationState, Platform
from planmanager_desktop.persistence.models import AuditLog, Setting
from planmanager_desktop.persistence.settings import CLAIMS360_ACTIVATION_DATE, SettingsStore


def _actions() -> list[str]:
    return [a.action for a in AuditLog.select().order_by(AuditLog.id)]


def test_C360_ACT_2_not_activated_means_winformex(services: Services) -> None:
    state = services.activation.state()
    assert (state.active, state.scheduled, state.platform) == (False, False, Platform.WINFORMEX)
    assert "niet geactiveerd" in state.describe() and "WinFormEx II" in state.describe()


def test_C360_ACT_1_activate_now_is_audited(services: Services) -> None:
    state = services.activation.activate()
    assert state.active and state.platform is Platform.CLAIMS360
    assert state.activation_date == date.today()
    assert "claims360.activate" in _actions() and "setting.set" in _actions()
    entry = AuditLog.get(AuditLog.action == "claims360.activate")
    assert json.loads(entry.details) == {"date": state.activation_date.isoformat()}  # type: ignore[union-attr]


def test_C360_ACT_1_scheduled_activation_switches_by_itself(services: Services) -> None:
    """ "Op 5/10/2021 automatisch geactiveerd": before the day WinFormEx, from the day Claims360."""
    day = date.today() + timedelta(days=3)
    state = services.activation.activate(day)
    assert state.scheduled and not state.active
    assert f"automatisch geactiveerd op {day:%d/%m/%Y}" in state.describe()
    # C360-ACT-2: a running program asks again each time, so it notices the day without a restart.
    assert services.activation.state(today=day - timedelta(days=1)).platform is Platform.WINFORMEX
    assert services.activation.state(today=day).platform is Platform.CLAIMS360
    assert "actief op deze database sinds" in services.activation.state(today=day).describe()


def test_C360_ACT_1_deactivate_is_audited(services: Services) -> None:
    services.activation.activate(date(2021, 10, 5))
    state = services.activation.deactivate()
    assert state.activation_date is None and state.platform is Platform.WINFORMEX
    assert Setting.get_or_none(Setting.key == CLAIMS360_ACTIVATION_DATE) is None
    assert _actions()[-2:] == ["setting.clear", "claims360.deactivate"]


def test_C360_ACT_1_activation_is_a_database_setting_seen_by_every_user(services: Services) -> None:
    """Another PC (another ActivationService on the same database) sees the helpdesk's activation."""
    services.activation.activate(date(2021, 10, 5))
    other = ActivationService(services.database, SettingsStore(services.database))
    assert other.state().activation_date == date(2021, 10, 5) and other.state().active


def test_activation_state_boundaries() -> None:
    day = date(2021, 10, 5)
    assert ActivationState(day, today=day).active
    assert ActivationState(day, today=day - timedelta(days=1)).scheduled
    assert not ActivationState(None, today=day).scheduled
