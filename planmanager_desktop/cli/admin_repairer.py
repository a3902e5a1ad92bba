"""``admin repairer add --name NAME [--external-ref REF]`` / ``list``: the body shops of a database.

Adding goes through :class:`RepairerService` (validation, duplicate checks, audit log C360-ADM-1).
``list`` prints tab-separated columns with a header line, easy to read and to ``cut``.
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
        "repairer",
        help="herstellers toevoegen en tonen",
        description="De herstellers (carrosserieën) van deze database.",
    )
    commands = group.add_subparsers(title="opdrachten", dest="repairer_command", metavar="OPDRACHT")
    commands.required = True

    add = commands.add_parser("add", help="een hersteller toevoegen")
    add.add_argument("--name", required=True, metavar="NAAM", help="naam van de hersteller")
    add.add_argument(
        "--external-ref",
        metavar="REF",
        help="Informex-postbusnummer (vaak het btw-nummer); vult later de Carrosserie Id in",
    )
    add_database_option(add)
    add.set_defaults(handler=run_add)

    list_ = commands.add_parser("list", help="alle herstellers tonen")
    add_database_option(list_)
    list_.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    from planmanager_desktop.domain.repairers import RepairerInput

    with opened_services(args) as services:
        try:
            repairer = services.repairers.add(
                RepairerInput(name=args.name, external_reference=args.external_ref)
            )
        except DomainError as exc:
            raise CliError(str(exc)) from None
    ref = f" (externe referentie {repairer.external_reference})" if repairer.external_reference else ""
    out(f"Hersteller {repairer.name}{ref} toegevoegd met id {repairer.id}.")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from planmanager_desktop.persistence.models import Claims360Config

    with opened_services(args) as services:
        repairers = services.repairers.list()
        configs = {c.repairer_id: c for c in Claims360Config.select()}
    if not repairers:
        err("Er zijn nog geen herstellers in deze database.")
        return EXIT_OK
    out("id\tnaam\texterne referentie\tClaims360")
    for repairer in repairers:
        config = configs.get(repairer.id)
        if config is None:
            c360 = "niet ingesteld"
        else:
            c360 = f"ingesteld ({config.carrosserie_id}, {'vergrendeld' if config.locked else 'ontgrendeld'})"
        out(f"{repairer.id}\t{repairer.name}\t{repairer.external_reference or ''}\t{c360}")
    return EXIT_OK
