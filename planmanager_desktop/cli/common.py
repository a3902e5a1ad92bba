"""What every command shares: a Dutch argparse, exit codes, and opening the database safely.

Exit codes are part of the contract with scripts and scheduled tasks:

* ``0`` — done;
* ``1`` — the command was understood but could not be carried out (database unreachable,
  unknown repairer, refused by a rule of the trade);
* ``2`` — the command line itself is wrong (unknown option, bad date, bad URL, unknown setting).

In every failing case nothing is changed in the database: arguments are checked before the
database is opened, and each change runs in one write transaction.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from planmanager_desktop.persistence.database import (
    DatabaseConfigError,
    DatabaseKind,
    DatabaseUrl,
)

if TYPE_CHECKING:  # composition pulls in every service; commands that need none stay light
    from planmanager_desktop.composition import Services

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

#: The object ``add_subparsers`` returns; each command module's ``register`` receives one.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

#: What a command function looks like: parsed arguments in, exit code out.
Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A Dutch message for standard error and the exit code that goes with it."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# A Dutch argparse -----------------------------------------------------------------------------

#: argparse's own (English) error messages, in Dutch. Anything not listed is shown as it is.
_ARGPARSE_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", r"dit ontbreekt nog: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)", r"\1: ongeldige keuze \2 (kies uit \3)"),
    (r"argument (.*?): expected one argument", r"\1 verwacht een waarde"),
    (r"argument (.*?): not allowed with argument (.*)", r"\1 kan niet samen met \2"),
    (r"argument (.*?): invalid (\w+) value: (.*)", r"\1: ongeldige waarde \3"),
    (r"one of the arguments (.*) is required", r"een van deze argumenten is verplicht: \1"),
    (r"ambiguous option: (.*?) could match (.*)", r"dubbelzinnige optie \1 (bedoelt u \2?)"),
    (r"argument (.*?): (.*)", r"\1: \2"),
)


def translate_argparse_message(message: str) -> str:
    for pattern, replacement in _ARGPARSE_MESSAGES:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: object,
        groups: object,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)  # type: ignore[arg-type]


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with Dutch headings, help and errors; errors exit with code 2."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="toon deze hulp en stop"
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {translate_argparse_message(message)}\n")


def add_database_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--database URL`` is accepted before and after the command name.

    On sub-commands the default is ``SUPPRESS``, so that a value given before the command name
    (``planmanager-desktop --database X admin ...``) is not overwritten by the sub-parser's default.
    """
    parser.add_argument(
        "--database",
        metavar="URL",
        default=None if top_level else argparse.SUPPRESS,
        help="sqlite:///pad/bestand.sqlite3 of postgresql://gebruiker:wachtwoord@server:poort/databank "
        "(anders PLANMANAGER_DATABASE_URL, anders de database in de gebruikersmap)",
    )


def iso_date(value: str) -> date:
    """argparse ``type`` for ``--at``: a calendar date as JJJJ-MM-DD."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ongeldige datum {value!r}: gebruik JJJJ-MM-DD, bijvoorbeeld 2021-10-05"
        ) from None


# Output ---------------------------------------------------------------------------------------


def out(text: str) -> None:
    """A result line on standard output (what scripts read)."""
    print(text, file=sys.stdout)


def err(text: str) -> None:
    """A message for the person on standard error."""
    print(text, file=sys.stderr)


# The database ---------------------------------------------------------------------------------


def database_url(args: argparse.Namespace) -> DatabaseUrl:
    """``--database``, else ``PLANMANAGER_DATABASE_URL``, else the default SQLite file."""
    try:
        return DatabaseUrl.from_environment(getattr(args, "database", None))
    except DatabaseConfigError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def require_existing(url: DatabaseUrl) -> None:
    """Admin commands work on an existing database: a typing error must not create a new file."""
    if url.kind is DatabaseKind.SQLITE and url.sqlite_path is not None and not url.sqlite_path.exists():
        raise CliError(
            f"De database {url.display()} bestaat niet. Controleer --database, of maak een nieuwe "
            "database aan met 'planmanager-desktop admin migrate'."
        )


@contextmanager
def opened_services(args: argparse.Namespace, *, create: bool = False) -> Iterator[Services]:
    """Open (and migrate) the database of ``args`` and close it afterwards.

    ``create`` allows a new SQLite file; otherwise a missing file is an error (see
    :func:`require_existing`).
    """
    from planmanager_desktop.composition import open_services
    from planmanager_desktop.persistence.migrations import SchemaTooNewError

    url = database_url(args)
    if not create:
        require_existing(url)
    try:
        services = open_services(url)
    except (DatabaseConfigError, SchemaTooNewError) as exc:
        raise CliError(str(exc)) from None
    try:
        yield services
    finally:
        services.close()
