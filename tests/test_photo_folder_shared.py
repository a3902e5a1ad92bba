# ruff: noqa: F811  (pytest fixtures imported from claims360_flow_support are parameters here)
"""The office's shared photo folder, ``photos.folder`` (C360-PHO-1).

Several PCs share one database; without a shared folder each keeps the photos it stored itself,
and the others show "Niet op deze pc". With ``photos.folder`` every PC stores and reads the
photos in one folder (a network share), per database; the photos a PC stored before in its own
folder stay visible on that PC. Real databases (SQLite and PostgreSQL), real files, the sandbox
over HTTP.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import views_support
from claims360_flow_support import Flow, flow, http_factory, sandbox_state  # noqa: F401
from PIL import Image
from pytestqt.qtbot import QtBot

from planmanager_desktop.app.language import LanguagePreference
from planmanager_desktop.composition import Services, build_services
from planmanager_desktop.domain.dossiers import DossierInput
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import Assignment, Photo
from planmanager_desktop.persistence.settings import PHOTOS_FOLDER, SettingError
from planmanager_desktop.views.photo_thumbnails import load_entries

language = views_support.language


def _photo_file(folder: Path, name: str, colour: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    Image.new("RGB", (320, 240), colour).save(path, "JPEG")
    return path


def _missing(services: Services, dossier_id: int) -> list[str]:
    return sorted(e.name for e in load_entries(services.photos, dossier_id) if e.missing)


async def test_C360_PHO_1_photos_one_pc_synced_show_on_another_with_a_shared_folder(
    flow: Flow, database: Database, keystore: KeyStore, tmp_path: Path
) -> None:
    """C360-PHO-1: with ``photos.folder`` set, the photos PC A's sync brought in lie in the shared
    folder, and PC B (its own data folder) shows every one of them with a thumbnail."""
    share = tmp_path / "server" / "PlanManager foto's"
    flow.services.settings.set(PHOTOS_FOLDER, str(share))
    _, data = flow.state.admin_upsert_assignment(flow.cid, {"vehicle": {"licensePlate": "1-SHA-001"}})
    flow.state.admin_add_photo(flow.cid, data["caseId"])
    flow.state.admin_add_photo(flow.cid, data["caseId"], fmt="png")
    pc_a = build_services(database, tmp_path / "pc-a", keystore, http_factory=http_factory(3))
    pc_b = build_services(database, tmp_path / "pc-b", keystore)
    try:
        result = await pc_a.sync.sync_one(flow.repairer_id)
        assert result.ok, result.message
        dossier_id = Assignment.get(Assignment.number == data["number"]).dossier_id
        photos = list(Photo.select().where(Photo.dossier == dossier_id))
        assert len(photos) == 2
        assert all(pc_a.photos.store.path(p).parent.parent == share for p in photos)
        entries = load_entries(pc_b.photos, dossier_id)
        assert len(entries) == 2 and all(e.thumbnail is not None and not e.missing for e in entries)
    finally:
        await pc_a.sync.aclose()
        pc_a.close()
        pc_b.close()


def test_C360_PHO_1_moving_to_a_shared_folder_hides_no_photo_on_the_pc_that_has_it(
    database: Database, keystore: KeyStore, tmp_path: Path
) -> None:
    """C360-PHO-1: a PC's photos from before the shared folder stay visible on that PC; new photos
    go to the shared folder and show on every PC; without the shared folder another PC says
    "Niet op deze pc" instead of showing nothing."""
    pc_a = build_services(database, tmp_path / "pc-a", keystore)
    repairer = pc_a.repairers.add(RepairerInput("Carrosserie IndyPro BV"))
    dossier = pc_a.dossiers.create(DossierInput(repairer_id=repairer.id))
    pc_a.photos.add_from_file(dossier.id, _photo_file(tmp_path / "camera", "voor.jpg", "#4a78b5"))
    pc_b = build_services(database, tmp_path / "pc-b", keystore)
    assert _missing(pc_b, dossier.id) == ["voor.jpg"]
    pc_a.settings.set(PHOTOS_FOLDER, str(tmp_path / "share"))
    pc_a.close()
    pc_b.close()

    pc_a = build_services(database, tmp_path / "pc-a", keystore)  # the next start of PC A
    pc_b = build_services(database, tmp_path / "pc-b", keystore)
    try:
        assert _missing(pc_a, dossier.id) == []
        pc_a.photos.add_from_file(dossier.id, _photo_file(tmp_path / "camera", "achter.jpg", "#b54a4a"))
        old = Photo.get(Photo.original_name == "voor.jpg")
        new = Photo.get(Photo.original_name == "achter.jpg")
        assert pc_a.photos.store.path(new).is_relative_to(tmp_path / "share")
        assert pc_b.photos.store.path(new).is_file()
        # PC B shows both: the old one by the thumbnail PC A made in the shared folder, though
        # its file is only on PC A (the helpdesk can copy such files into the shared folder)
        assert _missing(pc_b, dossier.id) == []
        assert not pc_b.photos.store.path(old).exists() and pc_a.photos.store.path(old).is_file()
    finally:
        pc_a.close()
        pc_b.close()


def test_C360_PHO_1_the_shared_folder_must_be_a_full_path(services: Services, tmp_path: Path) -> None:
    """C360-PHO-1: a relative path would point somewhere else on every PC: refused, in Dutch."""
    with pytest.raises(SettingError, match=r"photos\.folder moet een volledig"):
        services.settings.set(PHOTOS_FOLDER, "fotos")
    share = r"\\server\planmanager\fotos"
    assert services.settings.set(PHOTOS_FOLDER, share) == share


@pytest.mark.skipif(sys.platform == "win32", reason="a UNC path is a path on Windows")
def test_C360_PHO_1_a_shared_folder_this_pc_cannot_name_keeps_its_own(
    database: Database, keystore: KeyStore, tmp_path: Path
) -> None:
    """C360-PHO-1: a Windows share read on a PC where it is no path (another kind of PC): the PC
    keeps its own folder rather than writing photos into a folder named after the share."""
    pc = build_services(database, tmp_path / "pc", keystore)
    pc.settings.set(PHOTOS_FOLDER, r"\\server\planmanager\fotos")
    pc.close()
    pc = build_services(database, tmp_path / "pc", keystore)
    try:
        assert pc.photos.store.root.is_relative_to(tmp_path / "pc")
    finally:
        pc.close()


def test_C360_ADM_1_admin_photos_share_copies_this_pcs_photos_into_the_shared_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """C360-ADM-1 / C360-PHO-1: after ``photos.folder`` is set, ``admin photos share`` on the PC
    that stored photos copies them (checked, whole or not at all) into the shared folder, where
    every PC finds them; running it again copies nothing twice; it is audit-logged."""
    from planmanager_desktop.cli.main import main
    from planmanager_desktop.composition import open_services
    from planmanager_desktop.persistence.database import DatabaseUrl, open_database
    from planmanager_desktop.persistence.models import AuditLog

    url = DatabaseUrl.sqlite(tmp_path / "pc-a" / "planmanager.sqlite3")
    pc_a = open_services(url)
    repairer = pc_a.repairers.add(RepairerInput("Carrosserie IndyPro BV"))
    dossier = pc_a.dossiers.create(DossierInput(repairer_id=repairer.id))
    pc_a.photos.add_from_file(dossier.id, _photo_file(tmp_path / "camera", "voor.jpg", "#4a78b5"))
    pc_a.photos.add_from_file(dossier.id, _photo_file(tmp_path / "camera", "zij.jpg", "#4ab578"))
    pc_a.close()
    capsys.readouterr()
    assert main(["admin", "photos", "share", "--database", url.display()]) != 0
    assert "geen gedeelde fotomap" in capsys.readouterr().err

    share = tmp_path / "share"
    assert main(["admin", "settings", "set", "photos.folder", str(share), "--database", url.display()]) == 0
    capsys.readouterr()
    assert main(["admin", "photos", "share", "--database", url.display()]) == 0
    assert capsys.readouterr().out.startswith("2 foto's gekopieerd naar ")
    assert main(["admin", "photos", "share", "--database", url.display()]) == 0
    assert capsys.readouterr().out.startswith("0 foto's gekopieerd naar ")

    database = open_database(url)
    pc_b = build_services(database, tmp_path / "pc-b", KeyStore())
    try:
        assert _missing(pc_b, dossier.id) == []
        assert all(
            pc_b.photos.store.path(p).is_relative_to(share) for p in pc_b.photos.for_dossier(dossier.id)
        )
        assert list(share.rglob("*.part")) == []
        assert AuditLog.select().where(AuditLog.action == "photos.copy_to_shared_folder").count() == 2
    finally:
        pc_b.close()
        database.close()


def test_C360_PHO_1_the_instellingen_tab_says_where_the_photos_are_kept(
    qtbot: QtBot, database: Database, keystore: KeyStore, tmp_path: Path, language: LanguagePreference
) -> None:
    """C360-PHO-1: the Instellingen tab says whether this PC keeps the photos in its own folder
    (other PCs do not show them) or in the shared folder, and which folder that is."""
    from planmanager_desktop.views.settings_page import SettingsPage

    own = build_services(database, tmp_path / "pc", keystore)
    try:
        page = SettingsPage(own, language)
        qtbot.addWidget(page)
        text = page.ui.photosFolderValue.text()
        assert text.startswith("In de eigen map van deze pc") and str(own.photos.store.root) in text
        own.settings.set(PHOTOS_FOLDER, str(tmp_path / "share"))
    finally:
        own.close()
    shared = build_services(database, tmp_path / "pc", keystore)
    try:
        page = SettingsPage(shared, language)
        qtbot.addWidget(page)
        assert page.ui.photosFolderValue.text() == (
            f"In de gedeelde map {shared.photos.store.root}: elke pc toont ze."
        )
    finally:
        shared.close()
