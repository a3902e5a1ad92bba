"""``sandbox [--host 127.0.0.1] [--port N] [--seed demo|empty]``: the Claims360 sandbox alone.

The sandbox (``planmanager_desktop.sandbox``) prints its URL and demo keys itself; this module only
parses the options and hands over. It is imported lazily so the rest of the command line works
without the sandbox's dependencies.
"""

from __future__ import annotations

import argparse

from planmanager_desktop.cli.common import CliError, Subparsers, add_database_option


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"ongeldige poort {value!r}: een getal van 1 tot 65535 (0 = kies een vrije poort)"
        )
    return port


def register(top: Subparsers) -> None:
    sandbox = top.add_parser(
        "sandbox",
        help="de Claims360-sandbox starten (toont URL en demosleutels)",
        description="Start een lokale nabootsing van Claims360, om zonder account te testen. "
        "Stoppen met Ctrl+C.",
    )
    sandbox.add_argument("--host", default="127.0.0.1", help="adres om op te luisteren (standaard 127.0.0.1)")
    sandbox.add_argument(
        "--port", type=_port, default=0, metavar="N", help="poort (standaard: een vrije poort)"
    )
    sandbox.add_argument(
        "--seed", choices=("demo", "empty"), default="demo", help="met demogegevens of leeg (standaard demo)"
    )
    add_database_option(sandbox)  # accepted like everywhere, not used: the sandbox has its own data
    sandbox.set_defaults(handler=run_sandbox)


def run_sandbox(args: argparse.Namespace) -> int:
    try:
        from planmanager_desktop.sandbox.server import run_cli
    except ImportError as exc:
        raise CliError(f"De Claims360-sandbox is niet beschikbaar in deze installatie ({exc}).") from None
    return run_cli(args.host, args.port, args.seed)
