#!/usr/bin/env python
"""Grab every screen to PNG, on a demo-like database, so anyone can look at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out /tmp/screens] [--lang nl_BE]

Makes a throw-away SQLite database with a few repairers, dossiers, a queued assignment, an
estimate and photos, then saves: each main tab (before and after the Claims360 activation), each
tab of the dossier window, a new dossier with a validation message, and the repairer dialog.

The Claims360 screens run against an in-process Claims360 sandbox over loopback HTTP, with a
qasync loop as in the program: the page after **Vernieuwen** (and while it runs), "Claims360
Instellen" in each state (incomplete, verifying, each refusal, unreachable, locked, link mode),
and the Wachtrij with an assignment selected beside its proposed dossier. The keys go to a
throw-away keyring file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncio
import time
from dataclasses import replace

import qasync
from PIL import Image, ImageDraw
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from planmanager_desktop.app.application import application
from planmanager_desktop.app.db_worker import DbWorker, new_executor
from planmanager_desktop.app.language import LanguagePreference, install_translators
from planmanager_desktop.composition import Services, open_services
from planmanager_desktop.domain.dossiers import CustomerInput, DossierInput, VehicleInput
from planmanager_desktop.domain.photos import check_image
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence.database import DatabaseUrl
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import Assignment, EstimateLine, EstimateVersion

CUSTOMERS = [
    "Jan Peeters",
    "Sofie Janssens",
    "Luc Maes",
    "An Jacobs",
    "Tom Mertens",
    "Els Willems",
    "Bart Claes",
    "Lies Goossens",
    "Koen Wouters",
    "Marie Dubois",
]
CARS = [
    ("Volkswagen", "Golf"),
    ("BMW", "320d Touring"),
    ("Renault", "Clio"),
    ("Toyota", "Yaris"),
    ("Peugeot", "308 SW"),
    ("Audi", "A4 Avant"),
    ("Opel", "Corsa"),
    ("Škoda", "Octavia"),
]


def seed(services: Services) -> int:
    r1 = services.repairers.add(
        RepairerInput(
            "Carrosserie Peeters",
            external_reference="0403170701",
            vat_number="BE0403170701",
            address="Kerkstraat 12, 2000 Antwerpen",
        )
    )
    r2 = services.repairers.add(
        RepairerInput(
            "Garage Dubois & Fils",
            external_reference="0202239951",
            vat_number="BE0202239951",
            address="Rue de la Station 4, 1300 Wavre",
        )
    )
    services.repairers.add(
        RepairerInput("Carrosserie Van den Broeck NV", address="Industrieweg 7, 9000 Gent")
    )
    first_id = 0
    for i in range(36):
        make, model = CARS[i % len(CARS)]
        dossier = services.dossiers.create(
            DossierInput(
                repairer_id=(r1, r2)[i % 2].id,
                customer=CustomerInput(
                    name=CUSTOMERS[i % len(CUSTOMERS)],
                    phone="0475 12 34 56",
                    email="klant@voorbeeld.be",
                    address="Markt 1, 2800 Mechelen",
                ),
                vehicle=VehicleInput(
                    license_plate=f"{1 + i % 2}-{'ABCDEFGH'[i % 8]}KL-{100 + i * 7}",
                    vin=f"WVWZZZ1KZ8W{100000 + i}",
                    make=make,
                    model=model,
                    first_registration=dt.date(2015 + i % 8, 1 + i % 12, 10),
                ),
                odometer_km=42_000 + i * 3_517,
                status=("open", "in_progress", "closed", "open")[i % 4],
                description="Schade voorzijde na aanrijding; bumper en koplamp rechts.",
                insurer_name="AG Insurance",
                claim_number=f"AG-2024-{5500 + i}",
            )
        )
        first_id = first_id or dossier.id
    now = utcnow()
    Assignment.create(
        repairer=r1,
        number="8902305",
        complete=False,
        license_plate="1-LMH-260",
        make="Volkswagen",
        model="Polo",
        customer_name="Sophia H.",
        remote_created_at=now,
        remote_updated_at=now,
        queue_state="queued",
    )
    Assignment.create(
        repairer=r2,
        number="8902304",
        complete=True,
        license_plate="1-AAA-006",
        make="Citroën",
        model="C3",
        customer_name="Sophia B.",
        source="winformex",
        remote_created_at=now,
        remote_updated_at=now,
        queue_state="queued",
    )
    for version in (1, 2):
        ev = EstimateVersion.create(
            dossier=first_id,
            version=version,
            source="claims360",
            estimate_date=now,
            total_parts=Decimal("412.50"),
            total_labour=Decimal("380.00"),
            total_paint=Decimal("295.40"),
            total_other=Decimal("25.00"),
            total_net=Decimal("1112.90"),
            total_vat=Decimal("233.71"),
            total_gross=Decimal("1346.61"),
        )
        lines = [
            ("part", "5G0807221", "Bumper voor, gegrond", "1", "312.50"),
            ("part", "5G0941006", "Koplamp rechts LED", "1", "100.00"),
            ("labour", "", "Demontage en montage bumper", "2.5", "76.00"),
            ("labour", "", "Afstellen koplampen", "2.5", "76.00"),
            ("paint", "", "Lakwerk bumper (2-laags metaal)", "1", "295.40"),
            ("other", "", "Klein materiaal", "1", "25.00"),
        ]
        for no, (kind, code, text, qty, price) in enumerate(lines, start=1):
            EstimateLine.create(
                estimate_version=ev,
                line_no=no,
                kind=kind,
                code=code or None,
                description=text,
                quantity=Decimal(qty),
                unit_price=Decimal(price),
                amount=Decimal(qty) * Decimal(price),
            )
    for n, colour in enumerate(("#4a78b5", "#b5614a", "#6a9a4f", "#8a6fb0")):
        image = Image.new("RGB", (1200, 900), colour)
        draw = ImageDraw.Draw(image)
        draw.rectangle((250, 380, 950, 640), fill="#dddddd")
        draw.ellipse((320, 580, 470, 730), fill="#222222")
        draw.ellipse((730, 580, 880, 730), fill="#222222")
        out = io.BytesIO()
        image.save(out, "JPEG")
        services.photos.add_checked(
            first_id, check_image(out.getvalue()), original_name=f"schade_{n + 1}.jpg"
        )
    return first_id


def wait(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Process Qt events (and so the asyncio tasks) until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot: waited too long")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def claims360_screens(window, services: Services, worker: DbWorker, out: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    """The Claims360 page, the "Claims360 Instellen" dialog in every state, the Wachtrij."""
    from planmanager_desktop.domain.claims360_config import ConfigInput, Verification, VerificationResult
    from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
    from planmanager_desktop.sandbox.server import SandboxServer
    from planmanager_desktop.views.claims360_settings_dialog import (
        Claims360SettingsDialog,
        DialogMode,
        load_settings_data,
    )

    with SandboxServer(rate_limit_per_second=None) as server:
        services.settings.set("claims360.base_url", server.url)
        orgs = server.organisations
        indy = services.repairers.add(
            RepairerInput(orgs[0]["name"], external_reference=orgs[0]["carrosserieId"])
        )
        dubois = services.repairers.add(
            RepairerInput(orgs[2]["name"], external_reference=orgs[2]["carrosserieId"])
        )
        services.claims360_config.save(
            indy.id,
            ConfigInput(orgs[0]["carrosserieId"], orgs[0]["bodyshopKey"], orgs[0]["planmanagerKey"]),
            Verification(VerificationResult.OK, "ok", organisation=None),
        )
        tabs = window.ui.tabWidget
        page = window.platform_page
        tabs.setCurrentWidget(page)
        page.reload_repairers()
        wait(lambda: page.targets_pending == 0)
        page.ui.repairerCombo.setCurrentIndex(page.ui.repairerCombo.findData(indy.id))
        server.state.set_latency(0.4)
        rounds: list[object] = []
        window.scheduler.round_finished.connect(rounds.append)
        page.ui.refreshButton.click()
        wait(lambda: "pagina" in page.ui.progressLabel.text())
        grab(window, out / f"claims360-vernieuwen-bezig{suffix}.png")
        wait(lambda: bool(rounds) and not page.model.loading)
        server.state.set_latency(0)
        wait(lambda: page.ui.countsValue.text() not in ("", "—"))
        grab(window, out / f"claims360-pagina{suffix}.png")
        page.ui.assignmentTable.selectRow(1)
        page.ui.completeFilterCombo.setCurrentIndex(2)
        wait(lambda: not page.model.loading)
        grab(window, out / f"claims360-pagina-filter{suffix}.png")
        page.clear_filters()
        wait(lambda: not page.model.loading)

        def dialog(repairer_id: int, mode: DialogMode | None = None) -> Claims360SettingsDialog:
            data = load_settings_data(services, repairer_id)
            if mode is DialogMode.LINK:
                data = replace(data, status=data.status)
            d = Claims360SettingsDialog(services, worker, data, mode=mode, parent=window)
            d.show()
            return d

        def attempt(d: Claims360SettingsDialog, name: str, **keys: str) -> None:
            d.ui.bodyshopKeyEdit.setText(keys.get("bodyshop", orgs[2]["bodyshopKey"]))
            d.ui.planmanagerKeyEdit.setText(keys.get("planmanager", orgs[2]["planmanagerKey"]))
            d.ui.carrosserieIdEdit.setText(keys.get("cid", orgs[2]["carrosserieId"]))
            d.save()
            wait(lambda: not d.busy)
            grab(d, out / f"instellen-{name}{suffix}.png")

        d = dialog(dubois.id)
        grab(d, out / f"instellen-onvolledig{suffix}.png")
        d.ui.bodyshopKeyEdit.setText(orgs[2]["bodyshopKey"])
        d.save()
        grab(d, out / f"instellen-ontbrekend{suffix}.png")
        server.state.set_latency(5)
        d.ui.planmanagerKeyEdit.setText(orgs[2]["planmanagerKey"])
        d.save()
        grab(d, out / f"instellen-controleren{suffix}.png")
        d.cancel()
        wait(lambda: not d.busy)
        server.state.set_latency(0)
        attempt(d, "bodyshop-geweigerd", bodyshop="verkeerde-sleutel-0123456789")
        attempt(d, "planmanager-geweigerd", planmanager="verkeerde-sleutel-0123456789")
        attempt(d, "andere-organisatie", cid=orgs[1]["carrosserieId"])
        services.settings.set("claims360.base_url", "http://127.0.0.1:9")
        attempt(d, "onbereikbaar")
        services.settings.set("claims360.base_url", server.url)
        d.reject()

        d = dialog(indy.id)
        grab(d, out / f"instellen-vergrendeld{suffix}.png")
        d.reject()
        d = dialog(indy.id, DialogMode.LINK)
        grab(d, out / f"instellen-koppelen{suffix}.png")
        d.reject()

    queue = window.queue_page
    first = queue.model.row(0) if queue.model.rowCount() else None
    if first is not None and first.license_plate:
        services.dossiers.create(
            DossierInput(
                repairer_id=first.repairer_id, vehicle=VehicleInput(license_plate=first.license_plate)
            )
        )
    tabs.setCurrentWidget(queue)
    queue.reload()
    wait(lambda: queue.model.rowCount() > 0)
    queue.ui.queueTable.selectRow(0)
    wait(lambda: bool(queue.proposals) or queue.ui.noProposalLabel.isVisible())
    grab(window, out / f"main-2-wachtrij-selectie{suffix}.png")


def grab(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("/tmp/screens"))
    parser.add_argument("--lang", default="nl_BE")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "nl_BE" else f"-{args.lang}"

    from planmanager_desktop.views.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "user.ini"), QSettings.Format.IniFormat)
        language = LanguagePreference(settings)
        language.set_language(args.lang)
        install_translators(app, args.lang)
        # The Claims360 keys go to a throw-away keyring file (chosen the documented way).
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
        from keyrings.alt.file import PlaintextKeyring

        from planmanager_desktop.keystore import KeyStore

        backend = PlaintextKeyring()
        backend.file_path = str(Path(tmp) / "keyring.cfg")
        services = open_services(
            DatabaseUrl.sqlite(Path(tmp) / "demo.sqlite3"), Path(tmp) / "data", KeyStore(backend)
        )
        first_id = seed(services)
        worker = DbWorker(new_executor(), services.database)
        window = MainWindow(services, worker, language=language)
        window.resize(1180, 720)
        window.show()
        while window.dossier_page.model.loading:
            QCoreApplication.processEvents()
        tabs = window.ui.tabWidget
        names = ["dossiers", "wachtrij", "herstellers", "winformex", "instellingen"]
        for index, name in enumerate(names):
            tabs.setCurrentIndex(index)
            grab(window, out / f"main-{index + 1}-{name}{suffix}.png")

        dossier_window = window.open_dossier(first_id)
        dossier_window.resize(860, 620)
        while worker.busy:
            QCoreApplication.processEvents()
        dtabs = dossier_window.ui.tabWidget
        for index in range(dtabs.count()):
            dtabs.setCurrentIndex(index)
            name = dtabs.tabText(index).lower().replace("'", "")
            grab(dossier_window, out / f"dossier-{index + 1}-{name}{suffix}.png")

        services.activation.activate()
        window.watcher.check()
        tabs.setCurrentIndex(3)
        grab(window, out / f"main-4-claims360{suffix}.png")
        dtabs.setCurrentIndex(dtabs.count() - 1)
        grab(dossier_window, out / f"dossier-6-claims360{suffix}.png")
        dossier_window.dirty = False
        dossier_window.close()

        new_window = window.new_dossier()
        new_window.resize(860, 620)
        new_window.ui.customerNameEdit.setText("")
        new_window.ui.emailEdit.setText("geen-adres")
        new_window.save()
        grab(new_window, out / f"dossier-new-error{suffix}.png")
        new_window.dirty = False
        new_window.close()

        loop = qasync.QEventLoop(app, already_running=True)
        asyncio.set_event_loop(loop)
        claims360_screens(window, services, worker, out, suffix)

        dialog = window.repairers_page.dialog(services.repairers.by_name("Carrosserie Peeters").id)
        dialog.show()
        grab(dialog, out / f"repairer-dialog{suffix}.png")
        dialog.ui.nameEdit.setText("")
        dialog.save()
        grab(dialog, out / f"repairer-dialog-error{suffix}.png")
        dialog.reject()

        window.close()
        shutdown = loop.create_task(window.shutdown())
        wait(shutdown.done)
        loop._QEventLoop__is_running = False  # not stop(): that would quit the QApplication
        asyncio.events._set_running_loop(None)
        loop.close()  # joins qasync's executor threads (DNS look-ups)
        asyncio.set_event_loop(None)
        worker.shutdown()
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
