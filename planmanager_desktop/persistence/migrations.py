"""Schema versions and the migrations that run at start.

The schema version lives in its own one-row table. Migrations run inside one write transaction
(``BEGIN IMMEDIATE`` on SQLite, an advisory lock on PostgreSQL) so that two PCs starting at the
same moment migrate once. Before an existing SQLite file is migrated, it is copied next to itself
with SQLite's online backup, so a failed or unwanted migration can be undone by the helpdesk.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import peewee

from planmanager_desktop.persistence.database import Database, new_database_id
from planmanager_desktop.persistence.models import ALL_MODELS, BaseModel, Setting

log = logging.getLogger(__name__)

#: A random number of this program's own, to serialise migrations on a shared PostgreSQL server.
_PG_MIGRATION_LOCK = 0x504D4D49  # "PMMI"


class SchemaVersion(BaseModel):
    id = peewee.IntegerField(primary_key=True, default=1)
    version = peewee.IntegerField()
    migrated_at = peewee.CharField(max_length=40)


class SchemaTooNewError(Exception):
    """The database was migrated by a newer PlanManager; this one must not touch it."""


def _migration_1(database: Database) -> None:
    """The first schema: every table of :mod:`models`, and the database's stable id."""
    database.peewee.create_tables(ALL_MODELS)
    Setting.insert(key="database.id", value=new_database_id()).on_conflict_ignore().execute()


#: Index ``n`` migrates from version ``n`` to ``n + 1``.
MIGRATIONS: list[Callable[[Database], None]] = [_migration_1]
LATEST_VERSION = len(MIGRATIONS)


def current_version(database: Database) -> int:
    if not database.peewee.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.get_or_none(SchemaVersion.id == 1)
    return row.version if row else 0


def backup_sqlite(database: Database, version: int) -> Path | None:
    """Copy the SQLite file aside before migrating it; returns the copy's path."""
    path = database.url.sqlite_path
    if path is None or not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix}")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    log.info("Back-up van de database vóór migratie: %s", target)
    return target


def migrate_to_latest(database: Database) -> int:
    """Run every pending migration; returns the version the database now has."""
    version = current_version(database)
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"Deze database heeft schemaversie {version}, maar dit programma kent er maar "
            f"{LATEST_VERSION}. Installeer de nieuwste versie van PlanManager Desktop."
        )
    if version == LATEST_VERSION:
        return version
    if database.is_sqlite and database.peewee.get_tables():
        backup_sqlite(database, version)  # only a file that already holds data
    with database.write():
        if not database.is_sqlite:
            database.peewee.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_MIGRATION_LOCK,))
        database.peewee.create_tables([SchemaVersion])
        version = current_version(database)  # another PC may have migrated meanwhile
        for step in range(version, LATEST_VERSION):
            log.info("Database migreren van versie %d naar %d", step, step + 1)
            MIGRATIONS[step](database)
        now = datetime.now(UTC).isoformat()
        SchemaVersion.insert(id=1, version=LATEST_VERSION, migrated_at=now).on_conflict(
            conflict_target=[SchemaVersion.id],
            update={SchemaVersion.version: LATEST_VERSION, SchemaVersion.migrated_at: now},
        ).execute()
    return LATEST_VERSION
