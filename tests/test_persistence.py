"""The database layer on SQLite and PostgreSQL: proxy, migrations, constraints, money, settings."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import peewee
import pytest

from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import (
    Database,
    DatabaseConfigError,
    DatabaseUrl,
    open_database,
)
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.migrations import (
    LATEST_VERSION,
    SchemaTooNewError,
    SchemaVersion,
    current_version,
    migrate_to_latest,
)
from planmanager_desktop.persistence.models import (
    Assignment,
    AuditLog,
    Dossier,
    EstimateLine,
    EstimateVersion,
    Repairer,
)
from planmanager_desktop.persistence.settings import SettingError, SettingsStore


def test_url_parsing_and_redaction() -> None:
    url = DatabaseUrl.parse("postgresql://pm:geheim@db.kantoor:5433/planmanager")
    assert (url.host, url.port, url.user, url.dbname) == ("db.kantoor", 5433, "pm", "planmanager")
    assert "geheim" not in url.display() and "geheim" not in repr(url)
    assert DatabaseUrl.parse("sqlite:////tmp/x.sqlite3").sqlite_path == Path("/tmp/x.sqlite3")


@pytest.mark.parametrize(
    "bad", ["mysql://x/y", "postgresql://host", "sqlite:///", "postgresql://h:99999/db", "rommel"]
)
def test_bad_database_url_gives_dutch_message(bad: str) -> None:
    with pytest.raises(DatabaseConfigError, match="Ongeldige database-URL"):
        DatabaseUrl.parse(bad)


def test_unreachable_postgres_is_a_clear_error() -> None:
    url = DatabaseUrl.parse("postgresql://pm:geheim@127.0.0.1:1/planmanager")
    with pytest.raises(DatabaseConfigError) as info:
        open_database(url)
    assert "Kan de database" in str(info.value)
    assert "geheim" not in str(info.value)


def test_sqlite_pragmas(sqlite_database: Database) -> None:
    db = sqlite_database.peewee
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_migration_creates_schema_and_database_id(database: Database) -> None:
    assert current_version(database) == LATEST_VERSION
    settings = SettingsStore(database)
    assert len(settings.database_id) == 32
    assert migrate_to_latest(database) == LATEST_VERSION  # idempotent


def test_sqlite_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "pm.sqlite3"
    db = open_database(DatabaseUrl.sqlite(path))
    Repairer.create(name="IndyPro")
    SchemaVersion.update(version=0).execute()  # pretend an older schema
    migrate_to_latest(db)
    db.close()
    backups = list(tmp_path.glob("pm.v0-*.backup.sqlite3"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT name FROM repairer").fetchall() == [("IndyPro",)]
    conn.close()


def test_newer_schema_is_refused(database: Database) -> None:
    SchemaVersion.update(version=LATEST_VERSION + 1).execute()
    with pytest.raises(SchemaTooNewError, match="nieuwste versie"):
        migrate_to_latest(database)


def test_money_stays_exact(database: Database) -> None:
    repairer = Repairer.create(name="IndyPro")
    dossier = Dossier.create(number="PM-1", repairer=repairer)
    version = EstimateVersion.create(
        dossier=dossier, version=1, total_net=Decimal("693.90"), total_gross=Decimal("0.10")
    )
    EstimateLine.create(
        estimate_version=version,
        line_no=1,
        kind="part",
        description="Bumper",
        quantity=Decimal("1.5"),
        unit_price=Decimal("412.50"),
        amount=Decimal("618.75"),
    )
    again = EstimateVersion.get_by_id(version.id)
    assert again.total_net == Decimal("693.90") and str(again.total_gross).startswith("0.10")
    line = again.lines.get()
    assert line.quantity * line.unit_price == line.amount


def test_unique_constraints_guard_duplicates(database: Database) -> None:
    """C360-SYNC-7: the database itself refuses a second assignment or dossier number."""
    repairer = Repairer.create(name="IndyPro")
    Assignment.create(
        repairer=repairer, number="8902305", remote_created_at=utcnow(), remote_updated_at=utcnow()
    )
    with pytest.raises(peewee.IntegrityError), database.write():
        Assignment.create(
            repairer=repairer, number="8902305", remote_created_at=utcnow(), remote_updated_at=utcnow()
        )
    Dossier.create(number="PM-1", repairer=repairer, c360_case_id="c-1")
    with pytest.raises(peewee.IntegrityError), database.write():
        Dossier.create(number="PM-2", repairer=repairer, c360_case_id="c-1")
    with pytest.raises(peewee.IntegrityError), database.write():
        Repairer.create(name="IndyPro")


def test_settings_validate_and_audit(database: Database) -> None:
    """C360-ADM-1: a settings change is written to the audit log."""
    settings = SettingsStore(database)
    assert settings.informex_queueing is False and settings.sync_interval_minutes == 15
    assert settings.set("informex_queueing", "aan") == "on"
    assert settings.informex_queueing is True
    assert settings.set("claims360.base_url", "https://c360.example.be/") == "https://c360.example.be"
    for key, value in [
        ("sync.interval_minutes", "0"),
        ("sync.interval_minutes", "x"),
        ("claims360.base_url", "ftp://x"),
        ("onbekend", "1"),
        ("claims360.activation_date", "2021-10-05"),
    ]:
        with pytest.raises(SettingError):
            settings.set(key, value)
    actions = [row.action for row in AuditLog.select()]
    assert actions.count("setting.set") == 2
    assert audit.recent(1)[0].action == "setting.set"


def test_two_writers_on_one_sqlite_file_do_not_fail(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE + busy_timeout: concurrent writers queue instead of 'database is locked'."""
    path = tmp_path / "pm.sqlite3"
    db = open_database(DatabaseUrl.sqlite(path))
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for i in range(40):
                with db.write():
                    count = Repairer.select().count()
                    Repairer.create(name=f"{prefix}-{i}-{count}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            db.peewee.close()

    threads = [threading.Thread(target=writer, args=(p,)) for p in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Repairer.select().count() == 80
    db.close()
