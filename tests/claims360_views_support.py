"""Set-up for the Claims360 Qt tests: asyncio on the Qt thread, the sandbox, a main window.

* ``qt_loop``: installs a qasync loop for the test's QApplication, the way the program runs
  (asyncio tasks are stepped by Qt's event processing, so ``qtbot.waitUntil`` drives them). At
  teardown it cancels what still runs, closes the loop and fails the test on any exception the
  loop reported (an exception in a callback or a task nobody awaited).
* ``c360``: the program's real :class:`Services` on a fresh database (SQLite and PostgreSQL),
  Claims360 active and pointing at the sandbox over real HTTP (demo data: 12 assignments per
  organisation), with a fast-failing HTTP client.
* ``window``: a main window on ``c360`` whose scheduler never fires on its own (tests fire it).

Import the fixtures into a test module: ``qt_loop = claims360_views_support.qt_loop`` etc.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from claims360_flow_support import http_factory
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planmanager_desktop.app.db_worker import DbWorker, new_executor
from planmanager_desktop.app.language import LanguagePreference
from planmanager_desktop.app.sync_scheduler import SyncScheduler
from planmanager_desktop.claims360.client import Claims360Credentials
from planmanager_desktop.composition import Services, build_services
from planmanager_desktop.domain.claims360_config import ConfigInput, Verification, VerificationResult
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.views.activation_watcher import ActivationWatcher
from planmanager_desktop.views.claims360_page import Claims360Page
from planmanager_desktop.views.main_window import MainWindow
from planmanager_desktop.views.notifier import Notifier

T = TypeVar("T")
NEVER_MS = 24 * 3600 * 1000


@pytest.fixture
def qt_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    problems: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: problems.append(context))
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        deadline = time.monotonic() + 10
        while any(not t.done() for t in pending) and time.monotonic() < deadline:
            qapp.processEvents()
            time.sleep(0.005)
        qapp.processEvents()
        # Not loop.stop(): that calls QApplication.exit(), which would end every later qtbot.wait.
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
        asyncio.events._set_running_loop(None)
        qapp.aboutToQuit.disconnect(loop._after_run_forever)
        loop.close()
        # Timers of cancelled call_later handles (timeouts, sleeps) are still registered with Qt;
        # kill them here, on the GUI thread, or the loop's timer object warns when the garbage
        # collector happens to destroy it on a worker thread.
        simple_timer = loop._timer  # type: ignore[attr-defined]
        for timer_id in list(simple_timer._SimpleTimer__callbacks):
            simple_timer.killTimer(timer_id)
        simple_timer._SimpleTimer__callbacks.clear()
        asyncio.set_event_loop(None)
    assert [t for t in pending if not t.done()] == [], "tasks still running after the test"
    assert problems == [], f"the asyncio loop reported: {problems}"


def run(qtbot: QtBot, coro: Coroutine[Any, Any, T], timeout: int = 20_000) -> T:
    """Run ``coro`` as a task on the Qt thread's loop and wait (processing events) for its end."""
    task = asyncio.get_running_loop().create_task(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def dead_url() -> str:
    """A loopback URL nobody listens on: "Claims360 niet bereikbaar" at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def build_c360(database: Database, data_dir: Path, keystore: KeyStore, server: SandboxServer) -> Services:
    services = build_services(database, data_dir, keystore, http_factory=http_factory(max_attempts=1))
    services.settings.set("claims360.base_url", server.url)
    services.activation.activate()
    return services


@pytest.fixture
def c360(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, database: Database, tmp_path: Path, keystore: KeyStore,
    sandbox_server: SandboxServer,
) -> Iterator[Services]:  # fmt: skip
    services = build_c360(database, tmp_path / "data", keystore, sandbox_server)
    yield services
    run(qtbot, services.sync.aclose())
    services.close()


@pytest.fixture
def worker(c360: Services) -> Iterator[DbWorker]:
    db_worker = DbWorker(new_executor(), c360.database)
    yield db_worker
    db_worker.shutdown()
    db_worker.deleteLater()


def make_window(services: Services, worker: DbWorker, tmp_path: Path) -> MainWindow:
    from PySide6.QtCore import QSettings

    language = LanguagePreference(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    scheduler = SyncScheduler(
        services.sync, services.settings, services.db_executor, first_run_ms=NEVER_MS, wake_delay_ms=0
    )
    window = MainWindow(
        services,
        worker,
        language=language,
        watcher=ActivationWatcher(services.activation),
        scheduler=scheduler,
    )
    window.notifier.close()
    window.notifier = Notifier(window, use_tray=False)
    window.resize(1180, 760)
    return window


@pytest.fixture
def window(qtbot: QtBot, c360: Services, worker: DbWorker, tmp_path: Path) -> Iterator[MainWindow]:
    main = make_window(c360, worker, tmp_path)
    main.show()
    yield main
    close_window(qtbot, main)


def close_window(qtbot: QtBot, main: MainWindow) -> None:
    for dossier_window in list(main.dossier_windows):
        dossier_window.dirty = False
    main.close()
    run(qtbot, main.shutdown())
    main.deleteLater()
    qtbot.wait(1)


def page_of(main: MainWindow) -> Claims360Page:
    page = main.platform_page
    assert isinstance(page, Claims360Page)
    return page


def wait_targets(qtbot: QtBot, page: Claims360Page) -> None:
    """Read the statuses again and wait for the answer (and any read still on its way)."""
    page.reload_repairers()
    qtbot.waitUntil(lambda: page.targets_pending == 0, timeout=10_000)


def add_org_repairer(services: Services, server: SandboxServer, index: int = 0) -> int:
    org = server.organisations[index]
    return services.repairers.add(RepairerInput(name=org["name"], external_reference=org["carrosserieId"])).id


def configure(services: Services, server: SandboxServer, index: int = 0) -> int:
    """A repairer configured with the sandbox organisation's real keys (keys in this PC's keyring)."""
    repairer_id = add_org_repairer(services, server, index)
    org = server.organisations[index]
    services.claims360_config.save(
        repairer_id,
        ConfigInput(org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"]),
        Verification(VerificationResult.OK, "ok"),
    )
    return repairer_id


def credentials(server: SandboxServer, index: int = 0) -> Claims360Credentials:
    org = server.organisations[index]
    return Claims360Credentials(org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"])
