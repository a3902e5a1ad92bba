"""``admin photos share``: copy this PC's photos into the office's shared photo folder.

For the helpdesk, after ``admin settings set photos.folder …``: run it once on every PC that
stored photos before, and every PC shows them. Safe to run again (what is there is skipped).
"""

from __future__ import annotations

import argparse

from planmanager_desktop.cli.common import (
    EXIT_OK,
    CliError,
    Subparsers,
    add_database_option,
    err,
    opened_services,
    out,
)
from planmanager_desktop.domain.errors import DomainError


def register(admin: Subparsers) -> None:
    group = admin.add_parser(
        "photos",
        help="foto's van deze pc naar de gedeelde fotomap kopiëren",
        description="De foto's van deze database op deze pc.",
    )
    commands = group.add_subparsers(title="opdrachten", dest="photos_command", metavar="OPDRACHT")
    commands.required = True
    share = commands.add_parser(
        "share",
        help="de foto's die deze pc zelf bewaarde naar de gedeelde fotomap (photos.folder) kopiëren",
    )
    add_database_option(share)
    share.set_defaults(handler=run_share)


def run_share(args: argparse.Namespace) -> int:
    with opened_services(args) as services:
        try:
            counts = services.photos.copy_to_shared_folder(
                lambda done, total: err(f"{done} van {total} foto's bekeken…")
            )
        except DomainError as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(
                f"De gedeelde fotomap is niet bereikbaar of vol ({exc.strerror or exc}). "
                "Wat al gekopieerd is, blijft; voer de opdracht later opnieuw uit."
            ) from None
        folder = services.photos.store.root
    out(f"{counts.copied} foto's gekopieerd naar {folder}; {counts.already} stonden er al.")
    if counts.elsewhere:
        out(f"{counts.elsewhere} foto's staan niet op deze pc: voer de opdracht ook uit op de andere pc's.")
    if counts.damaged:
        out(f"{counts.damaged} foto's op deze pc zijn beschadigd en werden niet gekopieerd.")
    return EXIT_OK
