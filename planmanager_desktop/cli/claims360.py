"""``claims360 configure|link``: the "Claims360 Instellen" dialog without a window (C360-CFG).

The two keys are read from standard input, bodyshop key on the first line and PlanManager key on
the second, never from arguments (arguments end up in shell histories and process lists). At a
terminal they are asked for without echo.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys

from planmanager_desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Subparsers,
    add_database_option,
    opened_services,
    out,
)
from planmanager_desktop.domain.errors import DomainError


def register(top: Subparsers) -> None:
    group = top.add_parser(
        "claims360",
        help="de Claims360-koppeling van een hersteller instellen of deze pc koppelen",
        description="Claims360 Instellen zonder venster. De twee API-sleutels komen van de "
        "standaardinvoer: de Bodyshop Api Sleutel op de eerste regel, de PlanManager Api Sleutel "
        "op de tweede.",
    )
    commands = group.add_subparsers(title="opdrachten", dest="claims360_command", metavar="OPDRACHT")
    commands.required = True

    configure = commands.add_parser(
        "configure",
        help="Carrosserie Id en API-sleutels van een hersteller controleren en bewaren",
        description="Controleert de sleutels en de Carrosserie Id bij Claims360 en bewaart ze "
        "(sleutels alleen in de sleutelkluis van deze pc). Daarna is de configuratie vergrendeld.",
    )
    configure.add_argument("--repairer", required=True, metavar="NAAM", help="naam van de hersteller")
    configure.add_argument(
        "--carrosserie-id",
        metavar="ID",
        help="het Informex-postbusnummer (standaard: de externe referentie van de hersteller)",
    )
    configure.add_argument(
        "--save-anyway",
        action="store_true",
        help="toch bewaren als Claims360 niet bereikbaar is (niet gecontroleerd!)",
    )
    add_database_option(configure)
    configure.set_defaults(handler=run_configure)

    link = commands.add_parser(
        "link",
        help="deze pc koppelen: dezelfde sleutels opnieuw ingeven (C360-CFG-8)",
        description="Geeft deze pc de sleutels van een hersteller die al ingesteld is; ze moeten "
        "gelijk zijn aan de bewaarde sleutels.",
    )
    link.add_argument("--repairer", required=True, metavar="NAAM", help="naam van de hersteller")
    add_database_option(link)
    link.set_defaults(handler=run_link)


def read_keys() -> tuple[str, str]:
    """Two lines from standard input; at a terminal, asked without echo."""
    if sys.stdin is None:
        raise CliError("Geef de twee API-sleutels via de standaardinvoer.", EXIT_USAGE)
    if sys.stdin.isatty():
        return getpass.getpass("Bodyshop Api Sleutel: "), getpass.getpass("PlanManager Api Sleutel: ")
    lines = sys.stdin.read().splitlines()
    keys = [line.strip() for line in lines if line.strip()]
    if len(keys) != 2:
        raise CliError(
            "Geef precies twee regels op de standaardinvoer: de Bodyshop Api Sleutel en daarna de "
            "PlanManager Api Sleutel.",
            EXIT_USAGE,
        )
    return keys[0], keys[1]


def run_configure(args: argparse.Namespace) -> int:
    from planmanager_desktop.claims360.client import Claims360Credentials
    from planmanager_desktop.domain.claims360_config import (
        ConfigInput,
        Verification,
        VerificationResult,
        validate_input,
    )

    bodyshop, planmanager = read_keys()
    with opened_services(args) as services:
        try:
            repairer = services.repairers.by_name(args.repairer)
            config = services.claims360_config
            cid_raw = args.carrosserie_id or config.prefill_carrosserie_id(repairer.id)
            data = ConfigInput(cid_raw, bodyshop, planmanager)
            cid, keys = validate_input(data)
            reason = config.keystore.unavailable_reason()
            if reason:
                raise CliError(reason)
            credentials = Claims360Credentials(cid, keys.bodyshop, keys.planmanager)

            async def verify() -> Verification:
                http = await services.sync.http()
                try:
                    return await config.verify(credentials, lambda c: http.client(c).verify())
                finally:
                    await services.sync.aclose()

            verification = asyncio.run(verify())
            if verification.result is VerificationResult.UNREACHABLE and not args.save_anyway:
                raise CliError(
                    f"{verification.message} Er is niets bewaard. Gebruik --save-anyway om toch te "
                    "bewaren zonder controle."
                )
            saved = config.save(repairer.id, data, verification, save_anyway=args.save_anyway)
        except DomainError as exc:
            raise CliError(str(exc)) from None
    checked = (
        f"gecontroleerd bij Claims360 ({saved.organisation_name})"
        if saved.verified
        else "NIET gecontroleerd: Claims360 was niet bereikbaar"
    )
    out(
        f"Claims360 ingesteld voor {repairer.name}: Carrosserie Id {saved.carrosserie_id}, {checked}. "
        "De configuratie is nu vergrendeld."
    )
    return EXIT_OK


def run_link(args: argparse.Namespace) -> int:
    from planmanager_desktop.keystore import ApiKeys

    bodyshop, planmanager = read_keys()
    with opened_services(args) as services:
        try:
            repairer = services.repairers.by_name(args.repairer)
            services.claims360_config.link(repairer.id, ApiKeys(bodyshop, planmanager))
        except DomainError as exc:
            raise CliError(str(exc)) from None
    out(f"Deze pc is gekoppeld voor {repairer.name}: ze kan nu synchroniseren met Claims360.")
    return EXIT_OK
