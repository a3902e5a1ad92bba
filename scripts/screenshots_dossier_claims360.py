#!/usr/bin/env python
"""Grab the dossier's Claims360 screens to PNG (C360-DOS-1..3, C360-PHO-2), in one language.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_dossier_claims360.py \
        [--out DIR] [--lang nl_BE]

A throw-away SQLite database and keyring file, the Claims360 sandbox in-process over real HTTP,
a qasync loop as in the program. Saves: the dossier window with the i button before the export,
the open menu after the export (with "Dossier synchroniseren" once an estimate is linked), the
foreign-plate question, the estimate pop-up with a changed version and with a totals warning, and
the photo picker (some photos sent, one too large, then an upload in progress and its results).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qasync
import shiboken6
from PIL import Image, ImageDraw
from PySide6.QtCore import QCoreApplication, QPoint, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from planmanager_desktop.app.application import application
from planmanager_desktop.app.db_worker import DbWorker, new_executor
from planmanager_desktop.app.language import LanguagePreference, install_translators
from planmanager_desktop.claims360.client import MAX_PHOTO_BYTES
from planmanager_desktop.composition import open_services
from planmanager_desktop.domain.claims360_config import ConfigInput, Verification, VerificationResult
from planmanager_desktop.domain.dossiers import CustomerInput, DossierInput, VehicleInput
from planmanager_desktop.domain.photos import check_image
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import DatabaseUrl
from planmanager_desktop.persistence.models import Dossier, Photo
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sandbox.state import SandboxState

FIRST = [
    {"kind": "part", "code": "5G0807221", "description": "Bumper voor, gegrond", "quantity": "1",
     "unitPrice": "312.50"},
    {"kind": "part", "code": "5G0941006", "description": "Koplamp rechts LED", "quantity": "1",
     "unitPrice": "100.00"},
    {"kind": "labour", "description": "Demontage en montage bumper", "quantity": "2.5", "unitPrice": "76.00"},
    {"kind": "paint", "description": "Lakwerk bumper (2-laags metaal)", "quantity": "1",
     "unitPrice": "295.40"},
    {"kind": "other", "description": "Klein materiaal", "quantity": "1", "unitPrice": "25.00"},
]  # fmt: skip
SECOND = [
    {"lineNo": 1, "kind": "part", "code": "5G0807221", "description": "Bumper voor, gegrond", "quantity": "1",
     "unitPrice": "299.90"},
    {"lineNo": 3, "kind": "labour", "description": "Demontage en montage bumper", "quantity": "3",
     "unitPrice": "76.00"},
    {"lineNo": 4, "kind": "paint", "description": "Lakwerk bumper (2-laags metaal)", "quantity": "1",
     "unitPrice": "295.40"},
    {"lineNo": 5, "kind": "other", "description": "Klein materiaal", "quantity": "1", "unitPrice": "25.00"},
    {"lineNo": 6, "kind": "part", "code": "5G0853653", "description": "Rooster onder bumper", "quantity": "1",
     "unitPrice": "64.35"},
    {"lineNo": 7, "kind": "paint", "description": "Lakwerk spatbord rechts (2-laags metaal)", "quantity": "1",
     "unitPrice": "188.20"},
]  # fmt: skip


def wait(condition: Callable[[], object], timeout: float = 20.0) -> None:
    """Process Qt events (and so the asyncio tasks) until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot: waited too long")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def closed(widget: QWidget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def grab(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def grab_with_popup(window: QWidget, popup: QWidget, path: Path) -> None:
    """The window with an open menu drawn where it is (a menu is a window of its own)."""
    for _ in range(5):
        QCoreApplication.processEvents()
    picture = window.grab()
    offset = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter = QPainter(picture)
    painter.drawPixmap(offset, popup.grab())
    painter.end()
    picture.save(str(path))
    print(path)


def photo(colour: str, label: str) -> bytes:
    image = Image.new("RGB", (1600, 1200), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 500, 1300, 850), fill="#d8d8d8")
    draw.ellipse((400, 780, 600, 980), fill="#222222")
    draw.ellipse((1000, 780, 1200, 980), fill="#222222")
    draw.text((60, 60), label, fill="white")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("/tmp/screens"))
    parser.add_argument("--lang", default="nl_BE")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "nl_BE" else f"-{args.lang}"

    from keyrings.alt.file import PlaintextKeyring

    from planmanager_desktop.views.main_window import MainWindow

    app = application()
    with (
        tempfile.TemporaryDirectory() as tmp,
        SandboxServer(SandboxState.seeded("empty"), rate_limit_per_second=None) as server,
    ):
        settings = QSettings(str(Path(tmp) / "user.ini"), QSettings.Format.IniFormat)
        language = LanguagePreference(settings)
        language.set_language(args.lang)
        install_translators(app, args.lang)
        backend = PlaintextKeyring()
        backend.file_path = str(Path(tmp) / "keyring.cfg")
        services = open_services(
            DatabaseUrl.sqlite(Path(tmp) / "demo.sqlite3"), Path(tmp) / "data", KeyStore(backend)
        )
        services.settings.set("claims360.base_url", server.url)
        services.activation.activate()
        org = server.organisations[0]
        repairer = services.repairers.add(RepairerInput(org["name"], external_reference=org["carrosserieId"]))
        services.claims360_config.save(
            repairer.id,
            ConfigInput(org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"]),
            Verification(VerificationResult.OK, "ok", organisation=None),
        )
        dossier = services.dossiers.create(
            DossierInput(
                repairer_id=repairer.id,
                customer=CustomerInput(name="Sofie Janssens", phone="0475 12 34 56"),
                vehicle=VehicleInput(license_plate="1-ABC-123", make="Volkswagen", model="Golf"),
                odometer_km=120_500,
                insurer_name="AG Insurance",
                claim_number="AG-2024-5512",
            )
        )
        names = ["voorkant", "achterkant", "zijkant links", "zijkant rechts", "koplamp", "bumper detail",
                 "interieur", "kilometerteller"]  # fmt: skip
        colours = ["#4a78b5", "#b5614a", "#6a9a4f", "#8a6fb0", "#c29a3a", "#3a8fa0", "#7a7a7a", "#a04a6a"]
        photo_ids = []
        for name, colour in zip(names, colours, strict=True):
            added = services.photos.add_checked(
                dossier.id, check_image(photo(colour, name)), original_name=f"{name}.jpg"
            )
            assert added is not None
            photo_ids.append(added.id)
        Photo.update(size=MAX_PHOTO_BYTES + 2_400_000).where(Photo.id == photo_ids[4]).execute()

        worker = DbWorker(new_executor(), services.database)
        window = MainWindow(services, worker, language=language)
        window.resize(1180, 720)
        window.show()
        loop = qasync.QEventLoop(app, already_running=True)
        asyncio.set_event_loop(loop)

        def run(coro):  # type: ignore[no-untyped-def]
            task = loop.create_task(coro)
            wait(task.done)
            return task.result()

        dossier_window = window.open_dossier(dossier.id)
        dossier_window.resize(900, 640)
        actions = dossier_window.claims360
        wait(lambda: actions.state is not None and not worker.busy)
        grab(dossier_window, out / f"c360-dossier-1-export-button{suffix}.png")

        # The foreign-plate question.
        dossier_window.ui.tabWidget.setCurrentWidget(dossier_window.ui.vehicleTab)
        dossier_window.ui.plateEdit.setText("b-ma 1234")
        dossier_window.ui.infoButton.click()
        wait(lambda: actions.message is not None and actions.message.isVisible())
        box = actions.message
        assert box is not None
        grab_with_popup(dossier_window, box, out / f"c360-dossier-2-foreign-plate{suffix}.png")
        box.reject()
        wait(lambda: not actions.busy)
        dossier_window.ui.plateEdit.setText("1-ABC-123")

        # Export, then the menu (before and after an estimate is linked).
        dossier_window.ui.infoButton.click()
        wait(
            lambda: (
                not actions.busy and actions.state is not None and actions.state.exported and not worker.busy
            )
        )
        dossier_window.ui.tabWidget.setCurrentWidget(dossier_window.link_tab)
        grab(dossier_window, out / f"c360-dossier-3-exported-tab{suffix}.png")
        case_id = Dossier.get_by_id(dossier.id).c360_case_id
        server.state.admin_add_estimate_version(org["carrosserieId"], case_id, FIRST)
        run(services.sync.sync_one(repairer.id))
        dossier_window.claims360_changed()
        wait(lambda: actions.sync_action.isVisible() and not worker.busy)
        button = dossier_window.ui.infoButton
        actions.menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        grab_with_popup(dossier_window, actions.menu, out / f"c360-dossier-4-menu{suffix}.png")
        actions.menu.hide()

        # The estimate pop-up: first version accepted, then a changed one.
        dialog = actions.open_estimate()
        assert dialog is not None
        wait(lambda: not dialog.busy)
        dialog.ui.acceptButton.click()
        wait(lambda: closed(dialog) and not worker.busy)
        server.state.admin_add_estimate_version(org["carrosserieId"], case_id, SECOND)
        dialog = actions.open_estimate()
        assert dialog is not None
        dialog.resize(1000, 700)
        grab(dialog, out / f"c360-estimate-1-loading{suffix}.png")
        wait(lambda: not dialog.busy)
        grab(dialog, out / f"c360-estimate-2-changes{suffix}.png")
        dialog.reject()
        # A version whose lines do not add up to its totals.
        with server.state.lock:
            version = server.state._case(org["carrosserieId"], case_id).estimate_versions[-1]
            stated = version.totals()
            version.totals = lambda: {**stated, "labour": "230.00", "gross": "1219.80"}  # type: ignore[method-assign]
        dialog = actions.open_estimate()
        assert dialog is not None
        dialog.resize(1000, 760)
        wait(lambda: not dialog.busy)
        grab(dialog, out / f"c360-estimate-3-totals-warning{suffix}.png")
        dialog.ui.acceptButton.click()
        wait(lambda: closed(dialog) and not worker.busy)
        dossier_window.ui.tabWidget.setCurrentWidget(dossier_window.ui.estimateTab)
        grab(dossier_window, out / f"c360-dossier-5-bestek-versions{suffix}.png")

        # The photo picker: two sent before, one too large; then an upload in progress.
        run(services.photo_upload.upload(dossier.id, photo_ids[:2]))
        picker = actions.open_photo_picker()
        assert picker is not None
        wait(lambda: picker.model.rowCount() == len(names) and not picker.loader.running)
        picker.select_photo(photo_ids[4])
        grab(picker, out / f"c360-photos-1-picker{suffix}.png")
        picker.ui.selectAllButton.click()
        server.state.fail_request(422, method="POST", path="/photos", nth=3)  # one refused
        server.state.set_latency(0.6)
        picker.ui.sendButton.click()
        wait(lambda: picker.ui.progressBar.value() >= 2)
        grab(picker, out / f"c360-photos-2-uploading{suffix}.png")
        wait(lambda: not picker.busy, timeout=30)
        server.state.set_latency(0)
        failed = [picker.model.item(r).photo.photo_id for r in range(picker.model.rowCount())
                  if picker.model.item(r).state.value == "failed"]  # fmt: skip
        if failed:
            picker.select_photo(failed[0])
        grab(picker, out / f"c360-photos-3-result{suffix}.png")
        picker.reject()

        dossier_window.dirty = False
        dossier_window.close()
        window.close()
        shutdown = loop.create_task(window.shutdown())
        wait(shutdown.done)
        loop._QEventLoop__is_running = False  # not stop(): that would quit the QApplication
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
        worker.shutdown()
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
