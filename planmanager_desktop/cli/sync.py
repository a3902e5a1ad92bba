"""``sync --once [--repairer NAME]`` / ``sync --loop``: the import without a window (C360-SYNC).

For a PC that syncs as a scheduled task, and for the helpdesk. Prints one line per repairer: how
many assignments were new, changed and unchanged, or why it failed. The exit status is 0 only when
every repairer synced.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from planmanager_desktop.sync.engine import SyncResult


def register(top: Subparsers) -> None:
    parser = top.add_parser(
        "sync",
        help="opdrachten uit Claims360 importeren (eenmaal, of elke sync.interval_minutes)",
        description="Importeert de nieuwe en gewijzigde opdrachten van elke hersteller waarvan deze "
        "pc de sleutels heeft. Exitcode 0 alleen als elke hersteller gesynchroniseerd is.",
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help="één keer synchroniseren")
    mode.add_argument(
        "--loop",
        action="store_true",
        help="blijven synchroniseren (elke sync.interval_minutes; Ctrl+C stopt)",
    )
    parser.add_argument("--repairer", metavar="NAAM", help="alleen deze hersteller")
    add_database_option(parser)
    parser.set_defaults(handler=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    with opened_services(args) as services:
        repairer_id: int | None = None
        if args.repairer:
            try:
                repairer_id = services.repairers.by_name(args.repairer).id
            except DomainError as exc:
                raise CliError(str(exc)) from None

        async def once() -> list[SyncResult]:
            if repairer_id is not None:
                return [await services.sync.sync_one(repairer_id)]
            return await services.sync.sync_all()

        async def run() -> int:
            try:
                while True:
                    results = await once()
                    code = _report(results)
                    if args.once:
                        return code
                    minutes = services.settings.sync_interval_minutes
                    out(f"Volgende synchronisatie over {minutes} minuten ({time.strftime('%H:%M')}).")
                    await asyncio.sleep(minutes * 60)
            finally:
                await services.sync.aclose()

        return asyncio.run(run())


def _report(results: list[SyncResult]) -> int:
    if not results:
        err(
            "Geen enkele hersteller kan vanaf deze pc synchroniseren: stel Claims360 in "
            "('claims360 configure') of koppel deze pc ('claims360 link')."
        )
        return EXIT_FAILED
    failed = 0
    for result in results:
        if result.ok:
            c = result.counts
            out(f"{result.repairer_name}: {c.new} nieuw, {c.changed} gewijzigd, {c.unchanged} ongewijzigd")
        else:
            failed += 1
            err(f"{result.repairer_name}: {result.message}")
    return EXIT_OK if failed == 0 else EXIT_FAILED
