"""The background sync's timers, without waiting 15 minutes (C360-SYNC-1, -2, -6).

The timers are fired by hand (``timer.timeout.emit()``) and the clocks are fakes: a round after the
interval, a first round after start, a round after the PC woke up, never while Claims360 is off,
one repairer's failure apart from the others, a Vernieuwen that joins the running round, and a
clean stop.
"""

from __future__ import annotations

from collections.abc import Iterator

import claims360_views_support as support
import pytest
from pytestqt.qtbot import QtBot

from planmanager_desktop.app.sync_scheduler import SyncScheduler
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.claims360_config import ConfigInput, Verification, VerificationResult
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sync.engine import SyncOutcome, SyncResult

qt_loop = support.qt_loop
c360 = support.c360


class FakeClock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clocks() -> tuple[FakeClock, FakeClock]:
    return FakeClock(1_700_000_000.0), FakeClock(1000.0)


@pytest.fixture
def scheduler(qtbot: QtBot, c360: Services, clocks: tuple[FakeClock, FakeClock]) -> Iterator[SyncScheduler]:
    wall, mono = clocks
    sched = SyncScheduler(
        c360.sync, c360.settings, c360.db_executor,
        first_run_ms=support.NEVER_MS, wake_delay_ms=support.NEVER_MS, wall_clock=wall, monotonic=mono,
    )  # fmt: skip
    yield sched
    support.run(qtbot, sched.aclose())
    sched.deleteLater()


def _round(qtbot: QtBot, sched: SyncScheduler, fire: object) -> list[SyncResult]:
    with qtbot.waitSignal(sched.round_finished, timeout=30_000) as finished:
        fire.emit()  # type: ignore[attr-defined]
    return list(finished.args[0])


def test_C360_SYNC_1_every_interval_all_configured_repairers_sync_and_the_interval_is_reread(
    qtbot: QtBot, c360: Services, scheduler: SyncScheduler, sandbox_server: SandboxServer
) -> None:
    first = support.configure(c360, sandbox_server, 0)
    second = support.configure(c360, sandbox_server, 1)
    support.add_org_repairer(c360, sandbox_server, 2)  # not configured: not synced
    scheduler.set_active(True)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 15 * 60_000
    c360.settings.set("sync.interval_minutes", "5")
    results = _round(qtbot, scheduler, scheduler.timer.timeout)
    assert sorted(r.repairer_id for r in results) == [first, second]
    assert all(r.outcome is SyncOutcome.OK and r.counts.new == 12 for r in results)
    assert scheduler.timer.interval() == 5 * 60_000  # re-read before each round
    assert scheduler.next_run_at() is not None


def test_C360_SYNC_1_a_first_round_shortly_after_start_and_only_while_active(
    qtbot: QtBot, c360: Services, scheduler: SyncScheduler, sandbox_server: SandboxServer
) -> None:
    support.configure(c360, sandbox_server)
    assert scheduler.run_scheduled() is None  # Claims360 not active: nothing runs
    assert not scheduler.timer.isActive() and not scheduler.first_run_timer.isActive()
    scheduler.set_active(True)
    assert scheduler.first_run_timer.isActive() and scheduler.first_run_timer.isSingleShot()
    assert SyncScheduler(c360.sync, c360.settings, c360.db_executor).first_run_timer.interval() == 10_000
    results = _round(qtbot, scheduler, scheduler.first_run_timer.timeout)
    assert len(results) == 1 and results[0].ok
    scheduler.set_active(False)
    assert not any(t.isActive() for t in (scheduler.timer, scheduler.heartbeat, scheduler.first_run_timer))
    assert scheduler.next_run_at() is None


def test_C360_SYNC_1_waking_from_sleep_starts_a_round(
    qtbot: QtBot,
    c360: Services,
    scheduler: SyncScheduler,
    sandbox_server: SandboxServer,
    clocks: tuple[FakeClock, FakeClock],
) -> None:
    wall, mono = clocks
    support.configure(c360, sandbox_server)
    scheduler.set_active(True)
    wall.now += 30
    mono.now += 30
    scheduler.heartbeat.timeout.emit()  # an ordinary beat: nothing happens
    assert not scheduler.wake_timer.isActive()
    wall.now += 3 * 3600  # the laptop slept for three hours (the monotonic clock did not move)
    mono.now += 30
    scheduler.heartbeat.timeout.emit()
    assert scheduler.wake_timer.isActive()
    results = _round(qtbot, scheduler, scheduler.wake_timer.timeout)
    assert len(results) == 1 and results[0].ok


def test_C360_SYNC_6_one_repairers_failure_does_not_stop_the_others(
    qtbot: QtBot, c360: Services, scheduler: SyncScheduler, sandbox_server: SandboxServer
) -> None:
    good = support.configure(c360, sandbox_server, 0)
    bad = support.add_org_repairer(c360, sandbox_server, 1)
    org = sandbox_server.organisations[1]
    c360.claims360_config.save(  # saved while "unreachable", with a key that Claims360 refuses
        bad,
        ConfigInput(org["carrosserieId"], "ingetrokken-sleutel-" * 2, org["planmanagerKey"]),
        Verification(VerificationResult.UNREACHABLE, "niet bereikbaar"),
        save_anyway=True,
    )
    scheduler.set_active(True)
    results = {r.repairer_id: r for r in _round(qtbot, scheduler, scheduler.timer.timeout)}
    assert results[good].ok and results[good].counts.new == 12
    assert results[bad].outcome is SyncOutcome.ERROR and "Bodyshop" in results[bad].message


def test_C360_SYNC_2_vernieuwen_during_a_scheduled_round_joins_it(
    qtbot: QtBot, c360: Services, scheduler: SyncScheduler, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    scheduler.set_active(True)
    sandbox_server.state.set_latency(0.3)
    scheduled = scheduler.run_scheduled()
    assert scheduled is not None
    qtbot.waitUntil(lambda: c360.sync.is_running(repairer_id))
    assert scheduler.run_scheduled() is None  # a round still going is not started twice
    refresh = scheduler.refresh(repairer_id)
    qtbot.waitUntil(lambda: scheduled.done() and refresh.done(), timeout=30_000)
    sandbox_server.state.set_latency(0)
    [from_round] = scheduled.result()
    [from_refresh] = refresh.result()
    assert from_refresh is from_round  # one run, two waiters


def test_unreachable_backs_off_and_says_when_it_tries_again(
    qtbot: QtBot, c360: Services, scheduler: SyncScheduler, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    c360.settings.set("claims360.base_url", support.dead_url())
    scheduler.set_active(True)
    [result] = _round(qtbot, scheduler, scheduler.timer.timeout)
    assert result.unreachable
    assert c360.sync.backoff_remaining(repairer_id) > 0
    assert scheduler.retry_at(repairer_id) is not None
    # The next scheduled round skips a repairer that is backing off.
    assert _round(qtbot, scheduler, scheduler.timer.timeout) == []


def test_shutdown_cancels_a_running_round_and_unexpected_errors_reach_the_user(
    qtbot: QtBot,
    c360: Services,
    scheduler: SyncScheduler,
    sandbox_server: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    support.configure(c360, sandbox_server)
    scheduler.set_active(True)

    async def broken(*, scheduled: bool = False) -> list[SyncResult]:
        raise RuntimeError("database weg")

    with monkeypatch.context() as patch:
        patch.setattr(c360.sync, "sync_all", broken)
        with qtbot.waitSignal(scheduler.task_failed) as failed:
            scheduler.timer.timeout.emit()
    assert "liep onverwacht mis (RuntimeError)" in failed.args[0]

    sandbox_server.state.set_latency(5)
    task = scheduler.run_scheduled()
    assert task is not None
    qtbot.waitUntil(lambda: scheduler.running)
    support.run(qtbot, scheduler.aclose(), timeout=5_000)
    assert task.done() and not scheduler.running
    assert not scheduler.timer.isActive() and scheduler._on_result not in c360.sync.result_listeners
    sandbox_server.state.set_latency(0)
