"""``planmanager-desktop``: the GUI, the demo, and the commands for the helpdesk and scripts (C360-CLI).

Without a command the program opens its window. The command tree is built from one module per
command group; each has ``register(subparsers)`` which adds its parsers and sets ``handler``.
No Qt is imported here: the GUI is imported only when it is started, so the commands run on a PC
(or a scheduled task) without a display.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planmanager_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    DutchArgumentParser,
    add_database_option,
    database_url,
    err,
)

if TYPE_CHECKING:
    from planmanager_desktop.composition import Services
    from planmanager_desktop.demo_claims360 import DemoOrganisation

#: Command groups under ``admin`` (module names in this package).
ADMIN_COMMANDS: tuple[str, ...] = (
    "admin_claims360",  # activate | deactivate | status | unlock
    "admin_settings",  # set | get | list
    "admin_repairer",  # add | list
    "admin_database",  # migrate, demo load
    "admin_photos",  # share
)

#: Top-level command groups. Registration point for the later commands, one module each:
#: ``"claims360"`` (``claims360 configure|link``, C360-CFG) and ``"sync"`` (``sync --once|--loop``,
#: C360-SYNC). A module listed here that does not exist yet is skipped.
TOP_COMMANDS: tuple[str, ...] = (
    "sandbox",
    "claims360",
    "sync",
    "winformex",  # import | send (C360-WFX-1, C360-ACT-3)
)


def _register(subparsers: Any, module_name: str) -> None:
    try:
        module = importlib.import_module(f"planmanager_desktop.cli.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"planmanager_desktop.cli.{module_name}":
            return  # a command group that is not written yet
        raise
    module.register(subparsers)


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="planmanager-desktop",
        description="PlanManager Desktop: herstelplanning voor carrosserieën, gekoppeld aan Informex "
        "Claims360. Zonder opdracht opent het programma zijn venster.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="het programma met demogegevens openen (eigen demodatabase, nooit uw echte)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="het hoofdvenster openen op een tijdelijke database en meteen stoppen (code 0 = werkt)",
    )
    add_database_option(parser, top_level=True)
    top = parser.add_subparsers(title="opdrachten", dest="command", metavar="OPDRACHT")

    admin = top.add_parser(
        "admin",
        help="opdrachten voor de helpdesk (Claims360, instellingen, herstellers, database)",
        description="Opdrachten voor de helpdesk. Elke wijziging komt in het auditlogboek van de database.",
    )
    admin_commands = admin.add_subparsers(title="opdrachten", dest="admin_command", metavar="OPDRACHT")
    admin_commands.required = True
    for name in ADMIN_COMMANDS:
        _register(admin_commands, name)
    for name in TOP_COMMANDS:
        _register(top, name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 done, 1 failed, 2 wrong command line)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    _start_log_file()
    try:
        if args.command is None:
            return _run_gui(args)
        if args.demo or args.smoke_test:
            raise CliError(
                "--demo en --smoke-test openen het venster; ze horen niet bij een opdracht.", EXIT_USAGE
            )
        handler = args.handler
        return int(handler(args))
    except CliError as exc:
        err(str(exc))
        return exc.exit_code
    except Exception as exc:
        return _unexpected(exc)
    except KeyboardInterrupt:
        err("Onderbroken.")
        return 130


def _start_log_file() -> None:
    """Every run writes to the user's log file (keys redacted); a log folder that cannot be
    written costs the log, never the command. ``PLANMANAGER_LOG_LEVEL=DEBUG`` for the helpdesk."""
    import logging
    import os

    from planmanager_desktop.logs import configure_logging

    level = getattr(logging, os.environ.get("PLANMANAGER_LOG_LEVEL", "INFO").upper(), logging.INFO)
    try:
        configure_logging(level=level)
    except OSError as exc:
        err(f"Let op: het logboek kan niet geschreven worden ({exc.strerror}).")


def _unexpected(exc: Exception) -> int:
    """Errors a command did not turn into a message itself: still Dutch, still exit code 1."""
    import peewee

    from planmanager_desktop.domain.errors import DomainError
    from planmanager_desktop.persistence.database import DatabaseConfigError

    if isinstance(exc, DomainError | DatabaseConfigError):
        err(str(exc))
        return EXIT_FAILED
    if isinstance(exc, peewee.PeeweeException):
        first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
        err(f"Databasefout: {first}. Er is niets gewijzigd; probeer opnieuw of meld het aan de helpdesk.")
        return EXIT_FAILED
    raise exc


# The GUI --------------------------------------------------------------------------------------


def _run_gui(args: argparse.Namespace) -> int:
    if args.smoke_test:
        if args.database:
            raise CliError(
                "--smoke-test gebruikt altijd een tijdelijke database; laat --database weg.", EXIT_USAGE
            )
        with tempfile.TemporaryDirectory(prefix="planmanager-smoke-") as folder:
            from planmanager_desktop.sync.photo_checker import probe_helper

            probe_helper(Path(folder))  # the photo import's helper process starts in this build
            return _open_window(Path(folder) / "smoke.sqlite3", demo=args.demo, smoke_test=True)
    if args.demo:
        if args.database:
            raise CliError("--demo gebruikt altijd zijn eigen demodatabase; laat --database weg.", EXIT_USAGE)
        from planmanager_desktop import paths

        return _open_window(paths.demo_database_path(), demo=True, smoke_test=False)
    from planmanager_desktop.composition import open_services
    from planmanager_desktop.persistence.database import DatabaseConfigError
    from planmanager_desktop.persistence.migrations import SchemaTooNewError

    url = database_url(args)
    try:
        services = open_services(url)
    except (DatabaseConfigError, SchemaTooNewError) as exc:
        raise CliError(str(exc)) from None
    try:
        return _start_gui(services, demo_info=None, smoke_test=False)
    finally:
        services.close()


def _open_window(sqlite_path: Path, *, demo: bool, smoke_test: bool) -> int:
    """The window on a database of its own: the demo database, or a throw-away one.

    The demo database is kept between starts (what a newcomer tried stays there) and filled with
    demo data only while it has no dossiers. To start over, delete the file (its path is in the
    window's demo banner and in the README).
    """
    from planmanager_desktop.composition import open_services
    from planmanager_desktop.persistence.database import DatabaseUrl

    url = DatabaseUrl.sqlite(sqlite_path)
    if not demo:
        services = open_services(url)
        try:
            return _start_gui(services, demo_info=None, smoke_test=smoke_test)
        finally:
            services.close()
    from planmanager_desktop.demo_claims360 import (
        KEYRING_FILE,
        DemoKeyring,
        connect_demo_database,
        start_demo_sandbox,
    )
    from planmanager_desktop.keystore import KeyStore

    folder = sqlite_path.parent
    services = open_services(url, keystore=KeyStore(DemoKeyring(folder / KEYRING_FILE)))
    sandbox = start_demo_sandbox(folder)
    try:
        demo_info = _prepare_demo(services)
        sandbox_line, demo_keys = connect_demo_database(services, sandbox)
        demo_info.update(sandbox_line)
        return _start_gui(services, demo_info=demo_info, demo_keys=demo_keys, smoke_test=smoke_test)
    finally:
        services.close()
        sandbox.stop()


def _prepare_demo(services: Services) -> dict[str, str]:
    """Load the demo data when needed; returns the lines of the window's "Demomodus" banner."""
    from planmanager_desktop.demo import load_demo_if_empty

    summary = load_demo_if_empty(services)
    info = {
        "Demodatabase": str(services.database.url.sqlite_path),
        "Demogegevens": (
            f"net geladen: {summary.describe()}"
            if summary is not None
            else "van een vorige start (verwijder het bestand om opnieuw te beginnen)"
        ),
    }
    return info


def _start_gui(
    services: Services,
    *,
    demo_info: dict[str, str] | None,
    smoke_test: bool,
    demo_keys: Sequence[DemoOrganisation] = (),
) -> int:
    try:
        from planmanager_desktop.app.application import run_gui
    except ImportError as exc:
        raise CliError(
            f"Het venster kan niet geopend worden: de grafische onderdelen ontbreken ({exc}). "
            "De opdrachten zonder venster werken wel (planmanager-desktop --help).",
            EXIT_FAILED,
        ) from None
    if demo_keys:
        return int(run_gui(services, demo_info=demo_info, demo_keys=demo_keys, smoke_test=smoke_test))
    return int(run_gui(services, demo_info=demo_info, smoke_test=smoke_test))


if __name__ == "__main__":
    sys.exit(main())
