"""``admin claims360 activate|deactivate|status|unlock``: the helpdesk's switches (C360-ACT-1, C360-CFG-6).

A user cannot switch Claims360 on or off in the program; the helpdesk does it here, per database,
now or from a date. Every change goes through :class:`ActivationService`, which audit-logs it
(C360-ADM-1).
"""

from __future__ import annotations

import argparse

from planmanager_desktop.cli.common import (
    EXIT_OK,
    CliError,
    Subparsers,
    add_database_option,
    iso_date,
    opened_services,
    out,
)
from planmanager_desktop.domain.errors import NotFoundError


def register(admin: Subparsers) -> None:
    """Add ``claims360`` and its sub-commands to the ``admin`` sub-parsers."""
    group = admin.add_parser(
        "claims360",
        help="Claims360 activeren, deactiveren, status, configuratie ontgrendelen",
        description="Claims360 op een database activeren (nu of vanaf een datum), deactiveren, "
        "de status tonen, of de configuratie van een hersteller ontgrendelen.",
    )
    commands = group.add_subparsers(title="opdrachten", dest="claims360_command", metavar="OPDRACHT")
    commands.required = True

    activate = commands.add_parser(
        "activate",
        help="Claims360 activeren (vandaag of vanaf --at)",
        description="Activeert Claims360 op deze database: vanaf vandaag, of vanaf de datum --at "
        "(dan schakelt het programma die dag vanzelf over).",
    )
    activate.add_argument(
        "--at", type=iso_date, metavar="JJJJ-MM-DD", help="vanaf deze datum (standaard: vandaag)"
    )
    add_database_option(activate)
    activate.set_defaults(handler=run_activate)

    deactivate = commands.add_parser(
        "deactivate",
        help="Claims360 deactiveren (terug naar WinFormEx II)",
        description="Deactiveert Claims360.",
    )
    add_database_option(deactivate)
    deactivate.set_defaults(handler=run_deactivate)

    status = commands.add_parser(
        "status", help="tonen of Claims360 actief is", description="Toont of Claims360 actief is."
    )
    add_database_option(status)
    status.set_defaults(handler=run_status)

    unlock = commands.add_parser(
        "unlock",
        help="de Claims360-configuratie van een hersteller ontgrendelen (C360-CFG-6)",
        description="Ontgrendelt de bewaarde Claims360-configuratie van een hersteller, zodat ze "
        "opnieuw ingevuld kan worden in 'Claims360 Instellen'.",
    )
    unlock.add_argument("--repairer", required=True, metavar="NAAM", help="naam van de hersteller")
    add_database_option(unlock)
    unlock.set_defaults(handler=run_unlock)


def run_activate(args: argparse.Namespace) -> int:
    with opened_services(args) as services:
        state = services.activation.activate(args.at)
    out(state.describe())
    return EXIT_OK


def run_deactivate(args: argparse.Namespace) -> int:
    with opened_services(args) as services:
        state = services.activation.deactivate()
    out(state.describe())
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    with opened_services(args) as services:
        state = services.activation.state()
    out(state.describe())
    return EXIT_OK


def run_unlock(args: argparse.Namespace) -> int:
    """Unlock the stored configuration (C360-CFG-6) through the same service the dialog uses.

    The keys stay in each PC's keyring; only the lock on the non-secret half is lifted, so the
    "Claims360 Instellen" dialog accepts new values. The service audit-logs it (C360-ADM-1).
    """
    with opened_services(args) as services:
        try:
            repairer = services.repairers.by_name(args.repairer)
        except NotFoundError as exc:
            raise CliError(str(exc)) from None
        config = services.claims360_config.config(repairer.id)
        if config is None:
            out(
                f"Hersteller {repairer.name} heeft geen Claims360-configuratie: "
                "er is niets te ontgrendelen."
            )
            return EXIT_OK
        if not services.claims360_config.unlock(repairer.id):
            out(f"De Claims360-configuratie van {repairer.name} is al ontgrendeld.")
            return EXIT_OK
    out(
        f"De Claims360-configuratie van {repairer.name} is ontgrendeld: ze kan opnieuw ingevuld "
        "worden in 'Claims360 Instellen'."
    )
    return EXIT_OK
