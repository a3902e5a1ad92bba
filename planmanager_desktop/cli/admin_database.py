"""``admin migrate`` and ``admin demo load``: create or update a database, fill it with demo data.

Both may create a new SQLite file (every other admin command refuses a file that does not exist).
"""

from __future__ import annotations

import argparse

from planmanager_desktop.cli.common import (
    EXIT_OK,
    CliError,
    Subparsers,
    add_database_option,
    database_url,
    opened_services,
    out,
)


def register(admin: Subparsers) -> None:
    migrate = admin.add_parser(
        "migrate",
        help="de database aanmaken of bijwerken naar de nieuwste schemaversie",
        description="Maakt de database aan of werkt ze bij. Een bestaand SQLite-bestand wordt eerst "
        "gekopieerd (…vN-datum.backup.sqlite3 ernaast).",
    )
    add_database_option(migrate)
    migrate.set_defaults(handler=run_migrate)

    demo = admin.add_parser("demo", help="demogegevens laden", description="Demogegevens.")
    commands = demo.add_subparsers(title="opdrachten", dest="demo_command", metavar="OPDRACHT")
    commands.required = True
    load = commands.add_parser(
        "load",
        help="demoherstellers, -dossiers, -foto's en een bestek laden",
        description="Laadt demogegevens: 3 herstellers, een dozijn dossiers met klanten, voertuigen, "
        "foto's en een bestek. Standaard enkel in een database zonder dossiers.",
    )
    load.add_argument(
        "--force",
        action="store_true",
        help="ook laden als de database al dossiers heeft (wat al bestaat, wordt niet verdubbeld)",
    )
    add_database_option(load)
    load.set_defaults(handler=run_demo_load)


def run_migrate(args: argparse.Namespace) -> int:
    from planmanager_desktop.persistence import audit
    from planmanager_desktop.persistence.database import DatabaseConfigError, open_database
    from planmanager_desktop.persistence.migrations import (
        SchemaTooNewError,
        current_version,
        migrate_to_latest,
    )

    url = database_url(args)
    try:
        database = open_database(url, migrate=False)
    except DatabaseConfigError as exc:
        raise CliError(str(exc)) from None
    try:
        before = current_version(database)
        try:
            after = migrate_to_latest(database)
        except SchemaTooNewError as exc:
            raise CliError(str(exc)) from None
        with database.write():
            audit.record("database.migrate", {"from": before, "to": after})
    finally:
        database.close()
    if before == after:
        out(f"De database {url.display()} is al bijgewerkt: schemaversie {after}.")
    elif before == 0:
        out(f"De database {url.display()} is aangemaakt: schemaversie {after}.")
    else:
        out(f"De database {url.display()} is bijgewerkt van schemaversie {before} naar {after}.")
    return EXIT_OK


def run_demo_load(args: argparse.Namespace) -> int:
    from planmanager_desktop.demo import DemoRefusedError, load_demo

    with opened_services(args, create=True) as services:
        try:
            summary = load_demo(services, force=args.force)
        except DemoRefusedError as exc:
            raise CliError(str(exc)) from None
    out(f"Demogegevens geladen in {database_url(args).display()}: {summary.describe()}")
    return EXIT_OK
