"""``admin settings set KEY VALUE`` / ``get KEY`` / ``list``: database-wide settings.

The key and value are validated before the database is opened, so a typing error never touches it;
the change itself goes through :class:`SettingsStore`, which audit-logs it (C360-ADM-1).
"""

from __future__ import annotations

import argparse

from planmanager_desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Subparsers,
    add_database_option,
    opened_services,
    out,
)
from planmanager_desktop.persistence.settings import SPECS, SettingError, SettingSpec


def _settable() -> list[str]:
    return [key for key, spec in SPECS.items() if spec.settable]


def register(admin: Subparsers) -> None:
    keys = ", ".join(_settable())
    group = admin.add_parser(
        "settings",
        help="database-instellingen lezen en wijzigen",
        description=f"Instellingen die voor elke gebruiker van de database gelden: {keys}.",
    )
    commands = group.add_subparsers(title="opdrachten", dest="settings_command", metavar="OPDRACHT")
    commands.required = True

    set_ = commands.add_parser("set", help="een instelling wijzigen", description=f"Bekend: {keys}.")
    set_.add_argument("key", metavar="SLEUTEL")
    set_.add_argument("value", metavar="WAARDE")
    add_database_option(set_)
    set_.set_defaults(handler=run_set)

    get = commands.add_parser("get", help="een instelling tonen", description=f"Bekend: {keys}.")
    get.add_argument("key", metavar="SLEUTEL")
    add_database_option(get)
    get.set_defaults(handler=run_get)

    list_ = commands.add_parser("list", help="alle instellingen tonen")
    add_database_option(list_)
    list_.set_defaults(handler=run_list)


def _spec(key: str, *, for_writing: bool) -> SettingSpec:
    spec = SPECS.get(key)
    if spec is None or (for_writing and not spec.settable):
        known = ", ".join(_settable())
        if spec is None:
            raise CliError(f"Onbekende instelling {key!r}. Bekende instellingen: {known}.", EXIT_USAGE)
        raise CliError(
            f"De instelling {key} wordt niet met 'settings set' gewijzigd"
            + (" (gebruik 'admin claims360 activate|deactivate')." if key.startswith("claims360.") else ".")
            + f" Wel te wijzigen: {known}.",
            EXIT_USAGE,
        )
    return spec


def run_set(args: argparse.Namespace) -> int:
    spec = _spec(args.key, for_writing=True)
    try:
        spec.parse(args.value)  # validate before the database is opened
    except SettingError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    with opened_services(args) as services:
        value = services.settings.set(spec.key, args.value)
    out(f"{spec.key} = {value}")
    return EXIT_OK


def run_get(args: argparse.Namespace) -> int:
    spec = _spec(args.key, for_writing=False)
    with opened_services(args) as services:
        value = services.settings.get(spec.key)
    out(value if value is not None else "")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened_services(args) as services:
        values = {key: services.settings.get(key) for key in _settable()}
        activation = services.activation.state()
    for key, value in values.items():
        out(f"{key} = {value if value is not None else ''}")
    out(f"# {activation.describe()}")
    return EXIT_OK
