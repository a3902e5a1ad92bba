"""The composition root: builds the database and every service once and passes them in.

Both faces of the program start here: the command line uses :class:`Services` as it is, and the
Qt application (``app.application``) wraps it with windows. Nothing in the program reaches for a
global instead; tests build their own :class:`Services` on a fresh database.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from planmanager_desktop import paths
from planmanager_desktop.claims360.client import Claims360Http
from planmanager_desktop.domain.activation import ActivationService
from planmanager_desktop.domain.assignments import AssignmentPlacement, QueueService
from planmanager_desktop.domain.claims360_clients import Claims360Clients
from planmanager_desktop.domain.claims360_config import Claims360ConfigService
from planmanager_desktop.domain.claims360_export import Claims360ExportService
from planmanager_desktop.domain.dossiers import DossierService
from planmanager_desktop.domain.estimates import EstimateService
from planmanager_desktop.domain.outbox import Outbox
from planmanager_desktop.domain.photo_upload import PhotoUploadService
from planmanager_desktop.domain.photos import PhotoService, PhotoStore
from planmanager_desktop.domain.repairers import RepairerService
from planmanager_desktop.domain.winformex_export import WinFormExExportService
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import Database, DatabaseUrl, open_database
from planmanager_desktop.persistence.settings import SettingsStore
from planmanager_desktop.sync.assignment_import import AssignmentImporter
from planmanager_desktop.sync.engine import SyncEngine
from planmanager_desktop.sync.estimate_check import EstimateCheckStep
from planmanager_desktop.sync.lease import SyncLease, holder_identity
from planmanager_desktop.sync.photo_checker import PhotoChecker
from planmanager_desktop.sync.photo_import import PhotoImportStep
from planmanager_desktop.sync.service import HttpFactory, SyncService
from planmanager_desktop.sync.winformex_import import WinFormExImportService

log = logging.getLogger(__name__)


@dataclass
class Services:
    database: Database
    data_dir: Path
    settings: SettingsStore
    activation: ActivationService
    repairers: RepairerService
    dossiers: DossierService
    photos: PhotoService
    queue: QueueService
    claims360_config: Claims360ConfigService
    #: The single worker that does the database work of the sync off the GUI thread.
    db_executor: ThreadPoolExecutor
    sync_engine: SyncEngine
    sync: SyncService
    #: Claims360 clients for the dossier screen (shares the sync's connection pool).
    claims360_clients: Claims360Clients
    #: The "i" button: export and send data (C360-DOS-1, C360-DOS-2).
    claims360_export: Claims360ExportService
    #: The estimate pop-up, the Bestek tab and the estimate Wachtrij (C360-DOS-3, C360-SYNC-5).
    estimates: EstimateService
    #: The photo picker (C360-PHO-2).
    photo_upload: PhotoUploadService
    #: The sync's photo import (C360-PHO-1, C360-PHO-3); ``last_counts`` after a run.
    photo_import: PhotoImportStep
    #: The helper process that checks the import's downloads (started on first use).
    photo_checker: PhotoChecker
    estimate_check: EstimateCheckStep
    #: WinFormEx II mailbox messages from a folder, through the sync's importer (C360-WFX-1).
    winformex_import: WinFormExImportService
    #: Send a dossier to WinFormEx II; refuses after activation (C360-WFX-1, C360-ACT-3).
    winformex_export: WinFormExExportService

    def close(self) -> None:
        self.photo_checker.close()
        # The worker thread has its own connection (peewee's are per thread): close it there.
        self.db_executor.submit(self.database.close).result()
        self.db_executor.shutdown(wait=True)
        self.database.close()


def default_data_dir(url: DatabaseUrl) -> Path:
    """Photos live beside an embedded database, else in the user's data folder."""
    if url.sqlite_path is not None:
        return url.sqlite_path.parent
    return paths.user_data_dir()


def build_services(
    database: Database,
    data_dir: Path,
    keystore: KeyStore | None = None,
    *,
    http_factory: HttpFactory | None = None,
) -> Services:
    """``keystore`` defaults to this PC's OS keyring; tests pass a second one as "another PC".

    ``http_factory`` makes the shared Claims360 HTTP client for a base URL (tests: short
    timeouts, fast retries).
    """
    settings = SettingsStore(database)
    photo_store = photo_store_for(settings, data_dir)
    dossiers = DossierService(database)
    photos = PhotoService(database, photo_store)
    placement = AssignmentPlacement(database, dossiers.numbers)
    db_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="planmanager-db")
    claims360_config = Claims360ConfigService(database, settings, keystore or KeyStore())
    activation = ActivationService(database, settings)
    # The sync service is made after the engine, but the clients need its ``http``: late bound.
    sync_ref: list[SyncService] = []

    async def shared_http() -> Claims360Http:
        return await sync_ref[0].http()

    clients = Claims360Clients(claims360_config, activation, shared_http, db_executor)
    outbox = Outbox(database)
    estimates = EstimateService(database, clients)
    photo_checker = PhotoChecker()
    photo_import = PhotoImportStep(database, photos, db_executor, photo_checker)
    estimate_check = EstimateCheckStep(database, settings, estimates, db_executor)
    importer = AssignmentImporter(database, placement)
    sync_engine = SyncEngine(
        database,
        settings,
        importer,
        SyncLease(database, holder_identity()),
        db_executor,
        steps=(estimate_check, photo_import),
    )
    sync = SyncService(sync_engine, claims360_config, settings, http_factory=http_factory)
    sync_ref.append(sync)
    return Services(
        database=database,
        data_dir=data_dir,
        settings=settings,
        activation=activation,
        repairers=RepairerService(database),
        dossiers=dossiers,
        photos=photos,
        queue=QueueService(database, placement),
        claims360_config=claims360_config,
        db_executor=db_executor,
        sync_engine=sync_engine,
        sync=sync,
        claims360_clients=clients,
        claims360_export=Claims360ExportService(database, clients, outbox),
        estimates=estimates,
        photo_upload=PhotoUploadService(database, photos, clients, outbox),
        photo_import=photo_import,
        photo_checker=photo_checker,
        estimate_check=estimate_check,
        winformex_import=WinFormExImportService(
            database, settings, importer, SyncLease(database, holder_identity())
        ),
        winformex_export=WinFormExExportService(database, settings, activation),
    )


def open_services(
    url: DatabaseUrl, data_dir: Path | None = None, keystore: KeyStore | None = None
) -> Services:
    """Open (and migrate) the database at ``url`` and build the services on it."""
    database = open_database(url)
    return build_services(database, data_dir or default_data_dir(url), keystore)


def photo_store_for(settings: SettingsStore, data_dir: Path) -> PhotoStore:
    """This PC's photo folder, or the office's shared one (``photos.folder``) when it is set.

    Both hold a folder per database (its id), so one share can serve several databases. With a
    shared folder, this PC's own folder is still read for the photos stored there before.
    """
    own = data_dir / "photos" / _safe_id(settings.database_id)
    shared = settings.photos_folder
    if not shared:
        return PhotoStore(own)
    folder = Path(shared)
    if not folder.is_absolute():  # a Windows share named on another kind of PC: not reachable here
        log.warning("de gedeelde fotomap %s is niet bruikbaar op deze pc; de eigen map blijft", shared)
        return PhotoStore(own)
    return PhotoStore(folder / _safe_id(settings.database_id), earlier_roots=(own,))


def _safe_id(database_id: str) -> str:
    return "".join(ch for ch in database_id if ch.isalnum())[:32] or "db"
