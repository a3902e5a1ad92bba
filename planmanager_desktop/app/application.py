"""The Qt application: translator, asyncio loop (qasync), the database thread, the main window.

The command line (``planmanager-desktop``, ``--demo``) builds :class:`Services` and calls
:func:`run_gui`; nothing else in the program creates a QApplication.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from planmanager_desktop import paths
from planmanager_desktop.app import resources
from planmanager_desktop.app.db_worker import DbWorker, new_executor
from planmanager_desktop.app.language import (
    APPLICATION,
    ORGANISATION,
    LanguagePreference,
    install_translators,
    remove_translators,
)
from planmanager_desktop.app.outbox_resume import OutboxResume
from planmanager_desktop.composition import Services

if TYPE_CHECKING:
    from planmanager_desktop.demo_claims360 import DemoOrganisation
    from planmanager_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

#: How long a smoke test lets the window live (processing events) before it returns.
SMOKE_TEST_MS = 500
#: How long closing waits for the sync tasks to stop before it gives up on them.
SHUTDOWN_TIMEOUT_S = 10.0


def application() -> QApplication:
    """The one QApplication, created on first use (tests and the CLI may have made it already)."""
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setWindowIcon(resources.app_icon())
    return app


def run_gui(
    services: Services,
    *,
    demo_info: dict[str, str] | None = None,
    demo_keys: Sequence[DemoOrganisation] = (),
    smoke_test: bool = False,
) -> int:
    """Show PlanManager on ``services`` until the user closes it; returns the exit status.

    ``demo_info``: key/value pairs shown in the "Demomodus" banner (e.g. the sandbox URL);
    ``demo_keys``: the demo organisations and their keys, shown by the banner's "Demosleutels…".
    ``smoke_test``: show the main window, process events briefly, close it and return 0 — proves
    that a built bundle finds Qt, its plugins, the icons and the translations.
    """
    from planmanager_desktop.views.main_window import MainWindow

    app = application()
    translators = install_translators(app, LanguagePreference().language())
    worker = DbWorker(new_executor(), services.database)
    window = MainWindow(services, worker, demo_info=demo_info, demo_keys=demo_keys)
    window.show()
    previous_hook = sys.excepthook
    try:
        if smoke_test:
            _process_events_for(SMOKE_TEST_MS)
            window.close()
            _process_events_for(50)
            return 0
        sys.excepthook = _excepthook(window)
        return _run_event_loop(app, window)
    finally:
        sys.excepthook = previous_hook
        window.close()
        window.deleteLater()
        worker.shutdown()
        _process_events_for(0)
        remove_translators(app, translators)


def _run_event_loop(app: QApplication, window: MainWindow) -> int:
    """Run Qt's event loop as asyncio's (qasync) until the main window closes.

    Then, still on the loop, the window stops its sync tasks and closes the Claims360
    connections (``MainWindow.shutdown``): nothing is cut off half-way by the process ending.
    """
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    window.closed.connect(closed.set)

    async def main() -> None:
        # Exports and photo uploads left unanswered last time are finished first (C360-DOS-1, -PHO-2).
        status = window.statusBar()
        resume = OutboxResume(window.services, lambda text: status.showMessage(text, 15000), window)
        resume.start()
        await closed.wait()
        try:
            await resume.aclose()
            await asyncio.wait_for(window.shutdown(), SHUTDOWN_TIMEOUT_S)
        except Exception:  # closing must go on: the user asked to stop
            log.exception("De synchronisatie kon niet netjes gestopt worden")

    # Closing the window must not end Qt's loop before the shutdown above ran on it.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        with loop:
            loop.run_until_complete(main())
    except RuntimeError:  # Qt quit first (the session ends): nothing more can run on the loop
        log.warning("Qt stopte voor de synchronisatie gestopt was", exc_info=True)
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
        asyncio.set_event_loop(None)
    return 0


def _process_events_for(milliseconds: int) -> None:
    timer = QElapsedTimer()
    timer.start()
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if timer.elapsed() >= milliseconds:
            break


def _excepthook(window: object):  # type: ignore[no-untyped-def]
    """An unexpected error is logged and shown in Dutch instead of silently killing a slot."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Onverwachte fout", exc_info=(kind, value, tb))
        details = "".join(traceback.format_exception(kind, value, tb))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "Onverwachte fout"),
            QCoreApplication.translate(
                "Application",
                "Er ging iets mis in PlanManager. Wat u bewaard hebt, blijft bewaard. "
                "Probeer het opnieuw; blijft het misgaan, stuur dan de details naar de helpdesk.",
            ),
        )
        box.setDetailedText(details)
        box.exec()

    return hook
