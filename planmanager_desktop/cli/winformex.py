"""``winformex import [--folder PATH]`` / ``winformex send --dossier NUMMER``: WinFormEx II without a
window (C360-WFX-1, C360-ACT-3).

``import`` reads the Informex mailbox messages in the import folder (the database setting
``winformex.import_folder``, or ``--folder`` on a PC that maps it differently) and prints one line
per file: geïmporteerd, bijgewerkt, ongewijzigd, overgeslagen (left for the next run) or fout with
the reason. The exit status is 0 only when no file failed. It keeps working after activation.

``send`` writes a dossier's message for WinFormEx II; after activation it refuses (exit 1).
"""

from __future__ import annotations

import argparse

from planmanager_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CliError,
    Subparsers,
    add_database_option,
    err,
    opened_services,
    out,
)
from planmanager_desktop.domain.errors import DomainError


def register(top: Subparsers) -> None:
    group = top.add_parser(
        "winformex",
        help="berichten van WinFormEx II importeren, of een dossier naar WinFormEx II versturen",
        description="WinFormEx II, het oude Informex-platform. Importeren blijft mogelijk na de "
        "activatie van Claims360; versturen niet meer.",
    )
    commands = group.add_subparsers(title="opdrachten", dest="winformex_command", metavar="OPDRACHT")
    commands.required = True

    import_ = commands.add_parser(
        "import",
        help="de berichten in de importmap inlezen",
        description="Leest elk *.json-bericht in de importmap (instelling winformex.import_folder) in, "
        "met dezelfde regels als Claims360 (informex_queueing: dossier of wachtrij). Verwerkte "
        "bestanden gaan naar verwerkt/, foute naar fout/ met de reden in <naam>.fout.txt. "
        "Exitcode 0 alleen als geen enkel bestand een fout gaf.",
    )
    import_.add_argument("--folder", metavar="PAD", help="deze map in plaats van de ingestelde importmap")
    add_database_option(import_)
    import_.set_defaults(handler=run_import)

    send = commands.add_parser(
        "send",
        help="een dossier naar WinFormEx II versturen (enkel vóór de activatie van Claims360)",
        description="Schrijft het bericht van het dossier in de exportmap (instelling "
        "winformex.export_folder). Na de activatie van Claims360 kan dat niet meer.",
    )
    send.add_argument("--dossier", metavar="NUMMER", required=True, help="het dossiernummer")
    send.add_argument("--folder", metavar="PAD", help="deze map in plaats van de ingestelde exportmap")
    add_database_option(send)
    send.set_defaults(handler=run_send)


def run_import(args: argparse.Namespace) -> int:
    with opened_services(args) as services:
        try:
            report = services.winformex_import.import_folder(args.folder)
        except DomainError as exc:
            raise CliError(str(exc)) from None
    for result in report.results:
        if result.failed:
            err(result.describe())
        else:
            out(result.describe())
    out(report.summary())
    return EXIT_OK if report.ok else EXIT_FAILED


def run_send(args: argparse.Namespace) -> int:
    with opened_services(args) as services:
        try:
            sent = services.winformex_export.send_by_number(args.dossier, folder=args.folder)
        except DomainError as exc:
            raise CliError(str(exc)) from None
    out(f"Dossier {sent.dossier_number} verstuurd naar WinFormEx II: {sent.path}")
    return EXIT_OK
