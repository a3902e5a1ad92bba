"""The database behind PlanManager: an embedded SQLite file or a shared PostgreSQL server.

The models are bound to one :class:`peewee.DatabaseProxy`; :func:`open_database` initialises it
once at start, from a URL (``--database``, else ``PLANMANAGER_DATABASE_URL``, else the SQLite file
in the user's data folder). Everything that writes goes through :meth:`Database.write`, which is a
``BEGIN IMMEDIATE`` transaction on SQLite: several PCs or processes on one file then queue for
the write lock at the start of a transaction instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import peewee

from planmanager_desktop import paths

DATABASE_URL_ENV = "PLANMANAGER_DATABASE_URL"

#: Every model's ``Meta.database``; :func:`open_database` points it at the real database.
database_proxy = peewee.DatabaseProxy()

#: How long a writer waits for another writer's lock before giving up (milliseconds).
SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseKind(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


class DatabaseConfigError(Exception):
    """The database URL is malformed or the database cannot be reached; the message is Dutch."""


@dataclass(frozen=True)
class DatabaseUrl:
    """A parsed ``sqlite:///path`` or ``postgresql://user:pass@host:port/db`` URL."""

    kind: DatabaseKind
    sqlite_path: Path | None = None
    host: str = "127.0.0.1"
    port: int = 5432
    user: str | None = None
    password: str | None = None
    dbname: str = ""
    options: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, url: str) -> DatabaseUrl:
        url = url.strip()
        if url.startswith("sqlite:///"):
            raw = unquote(url[len("sqlite:///") :])
            if not raw:
                raise DatabaseConfigError(
                    "Ongeldige database-URL: na 'sqlite:///' moet het pad naar het bestand staan."
                )
            # sqlite:////abs/path and sqlite:///C:/path are absolute; sqlite:///rel is relative.
            return cls(kind=DatabaseKind.SQLITE, sqlite_path=Path(raw))
        parts = urlsplit(url)
        if parts.scheme in ("postgresql", "postgres"):
            dbname = parts.path.lstrip("/")
            if not parts.hostname or not dbname:
                raise DatabaseConfigError(
                    "Ongeldige database-URL: gebruik postgresql://gebruiker:wachtwoord@server:poort/databank."
                )
            try:
                port = parts.port or 5432
            except ValueError as exc:
                raise DatabaseConfigError(
                    "Ongeldige database-URL: het poortnummer is geen getal tussen 1 en 65535."
                ) from exc
            query = parse_qs(parts.query)
            return cls(
                kind=DatabaseKind.POSTGRESQL,
                host=parts.hostname,
                port=port,
                user=unquote(parts.username) if parts.username else None,
                password=unquote(parts.password) if parts.password else None,
                dbname=unquote(dbname),
                options=tuple((k, v[-1]) for k, v in sorted(query.items())),
            )
        raise DatabaseConfigError(
            "Ongeldige database-URL. Gebruik sqlite:///pad/naar/bestand.sqlite3 of "
            "postgresql://gebruiker:wachtwoord@server:poort/databank."
        )

    @classmethod
    def from_environment(cls, explicit: str | None = None) -> DatabaseUrl:
        """``--database`` wins, then ``PLANMANAGER_DATABASE_URL``, then the file in the data folder."""
        url = explicit or os.environ.get(DATABASE_URL_ENV)
        if url:
            return cls.parse(url)
        return cls.sqlite(paths.default_database_path())

    @classmethod
    def sqlite(cls, path: Path) -> DatabaseUrl:
        return cls(kind=DatabaseKind.SQLITE, sqlite_path=Path(path))

    def display(self) -> str:
        """The URL without its password: safe for logs, the status bar and error messages."""
        if self.kind is DatabaseKind.SQLITE:
            return f"sqlite:///{self.sqlite_path}"
        user = f"{self.user}@" if self.user else ""
        return f"postgresql://{user}{self.host}:{self.port}/{self.dbname}"

    def __repr__(self) -> str:  # never show the password
        return f"DatabaseUrl({self.display()!r})"


class Database:
    """One open PlanManager database; the composition root makes it and passes it in."""

    def __init__(self, url: DatabaseUrl, peewee_db: peewee.Database) -> None:
        self.url = url
        self.peewee = peewee_db

    @property
    def kind(self) -> DatabaseKind:
        return self.url.kind

    @property
    def is_sqlite(self) -> bool:
        return self.url.kind is DatabaseKind.SQLITE

    @contextmanager
    def write(self) -> Iterator[None]:
        """A write transaction: ``BEGIN IMMEDIATE`` on SQLite, a plain transaction on PostgreSQL.

        Nested calls become savepoints, so services can compose.
        """
        with self.peewee.atomic():
            yield

    def close(self) -> None:
        if not self.peewee.is_closed():
            self.peewee.close()

    def __repr__(self) -> str:
        return f"Database({self.url.display()!r})"


def _make_sqlite(path: Path) -> peewee.SqliteDatabase:
    path.parent.mkdir(parents=True, exist_ok=True)
    return peewee.SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "busy_timeout": SQLITE_BUSY_TIMEOUT_MS,
            "foreign_keys": 1,
            "synchronous": "normal",
        },
        timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
        lock_type="IMMEDIATE",
        field_types={"DECIMAL_TEXT": "TEXT"},
    )


def _make_postgres(url: DatabaseUrl) -> peewee.PostgresqlDatabase:
    kwargs: dict[str, Any] = {
        "host": url.host,
        "port": url.port,
        "connect_timeout": 10,
        "application_name": "planmanager-desktop",
    }
    if url.user:
        kwargs["user"] = url.user
    if url.password:
        kwargs["password"] = url.password
    kwargs.update(dict(url.options))
    return peewee.PostgresqlDatabase(url.dbname, field_types={"DECIMAL_TEXT": "NUMERIC(16,4)"}, **kwargs)


def open_database(url: DatabaseUrl, *, migrate: bool = True) -> Database:
    """Connect, initialise the shared proxy, and (by default) bring the schema up to date.

    Raises :class:`DatabaseConfigError` with a Dutch message when the database cannot be reached.
    """
    peewee_db: peewee.Database
    if url.kind is DatabaseKind.SQLITE:
        assert url.sqlite_path is not None
        peewee_db = _make_sqlite(url.sqlite_path)
    else:
        peewee_db = _make_postgres(url)
    try:
        peewee_db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise DatabaseConfigError(
            f"Kan de database {url.display()} niet openen: {_first_line(exc)}. "
            "Controleer of de server draait en de gegevens kloppen."
        ) from None
    database_proxy.initialize(peewee_db)
    database = Database(url, peewee_db)
    if migrate:
        from planmanager_desktop.persistence.migrations import migrate_to_latest

        migrate_to_latest(database)
    return database


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def new_database_id() -> str:
    """A stable id for one database, used to name its keys in the OS keyring."""
    return uuid.uuid4().hex
