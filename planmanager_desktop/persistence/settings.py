"""Database-wide settings (one value for every user of the database), validated on the way in.

Per-user preferences such as the language are not here: they belong to the PC's user profile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import Setting

INFORMEX_QUEUEING = "informex_queueing"
SYNC_INTERVAL_MINUTES = "sync.interval_minutes"
CLAIMS360_BASE_URL = "claims360.base_url"
#: ISO date from which Claims360 is active (absent: not activated). Set only by the helpdesk.
CLAIMS360_ACTIVATION_DATE = "claims360.activation_date"
DATABASE_ID = "database.id"
#: The folder where Informex mailbox messages from WinFormEx II arrive as files (C360-WFX-1).
WINFORMEX_IMPORT_FOLDER = "winformex.import_folder"
#: The folder PlanManager writes its messages for WinFormEx II into (before activation only).
WINFORMEX_EXPORT_FOLDER = "winformex.export_folder"
#: A folder every PC of the office reaches (a network share) that keeps the photos, so every PC
#: shows every dossier's photos. Absent: each PC keeps its own (beside an embedded database, or
#: in the user's data folder). Read when PlanManager starts.
PHOTOS_FOLDER = "photos.folder"

DEFAULT_BASE_URL = "https://api.claims360.be"


class SettingError(ValueError):
    """An unknown key or a value that does not fit; the message is Dutch and names the key."""


def _parse_on_off(value: str) -> str:
    v = value.strip().lower()
    if v in ("on", "aan", "1", "true", "ja", "yes"):
        return "on"
    if v in ("off", "uit", "0", "false", "nee", "no"):
        return "off"
    raise SettingError(f"{INFORMEX_QUEUEING} moet 'on' of 'off' zijn, niet {value!r}.")


def _parse_interval(value: str) -> str:
    try:
        minutes = int(value.strip())
    except ValueError:
        raise SettingError(
            f"{SYNC_INTERVAL_MINUTES} moet een geheel aantal minuten zijn, niet {value!r}."
        ) from None
    if not 1 <= minutes <= 1440:
        raise SettingError(f"{SYNC_INTERVAL_MINUTES} moet tussen 1 en 1440 minuten liggen.")
    return str(minutes)


def _parse_url(value: str) -> str:
    v = value.strip()
    parts = urlsplit(v)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingError(
            f"{CLAIMS360_BASE_URL} moet een http(s)-adres zijn, zoals {DEFAULT_BASE_URL}, niet {value!r}."
        )
    if parts.username or parts.password:
        raise SettingError(f"{CLAIMS360_BASE_URL} mag geen gebruikersnaam of wachtwoord bevatten.")
    return v.rstrip("/")


def _parse_date(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise SettingError(f"Ongeldige datum {value!r}: gebruik JJJJ-MM-DD.") from None


def _folder_parser(key: str) -> Callable[[str], str]:
    """An absolute folder path, as every PC of the office should see it.

    Windows forms (``D:\\Informex\\in``, ``\\\\server\\share\\in``) and POSIX forms are both
    accepted: the setting is shared by the database, whichever PC typed it. A relative path is
    refused, because it would point somewhere else on every PC and for every working folder.
    """

    def parse(value: str) -> str:
        v = value.strip()
        if not v or "\0" in v or not v.isprintable():
            raise SettingError(f"{key} moet het volledige pad van een map zijn, niet {value!r}.")
        if not (PureWindowsPath(v).is_absolute() or PurePosixPath(v).is_absolute()):
            raise SettingError(
                f"{key} moet een volledig (absoluut) pad zijn, zoals D:\\Informex\\in of "
                f"\\\\server\\informex\\in, niet {value!r}."
            )
        return v

    return parse


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str | None
    parse: Callable[[str], str]
    #: Can be set with ``admin settings set``; activation has its own commands.
    settable: bool = True


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec(INFORMEX_QUEUEING, "off", _parse_on_off),
        SettingSpec(SYNC_INTERVAL_MINUTES, "15", _parse_interval),
        SettingSpec(CLAIMS360_BASE_URL, DEFAULT_BASE_URL, _parse_url),
        SettingSpec(CLAIMS360_ACTIVATION_DATE, None, _parse_date, settable=False),
        SettingSpec(DATABASE_ID, None, str, settable=False),
        SettingSpec(WINFORMEX_IMPORT_FOLDER, None, _folder_parser(WINFORMEX_IMPORT_FOLDER)),
        SettingSpec(WINFORMEX_EXPORT_FOLDER, None, _folder_parser(WINFORMEX_EXPORT_FOLDER)),
        SettingSpec(PHOTOS_FOLDER, None, _folder_parser(PHOTOS_FOLDER)),
    )
}


class SettingsStore:
    """Reads and writes database-wide settings; every change is audit-logged."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, key: str) -> str | None:
        spec = self._spec(key)
        row = Setting.get_or_none(Setting.key == key)
        return row.value if row is not None else spec.default

    def set(self, key: str, value: str, *, admin: bool = False) -> str:
        """Validate and store; returns the normalised value. ``admin`` allows internal keys."""
        spec = self._spec(key)
        if not spec.settable and not admin:
            raise SettingError(f"De instelling {key} kan hier niet gewijzigd worden.")
        normalised = spec.parse(value)
        with self._database.write():
            old = self.get(key)
            Setting.insert(
                key=key, value=normalised, updated_at=utcnow(), updated_by=audit.os_user()
            ).on_conflict(
                conflict_target=[Setting.key],
                update={
                    Setting.value: normalised,
                    Setting.updated_at: utcnow(),
                    Setting.updated_by: audit.os_user(),
                },
            ).execute()
            audit.record("setting.set", {"key": key, "old": old, "new": normalised})
        return normalised

    def clear(self, key: str) -> None:
        self._spec(key)
        with self._database.write():
            old = self.get(key)
            Setting.delete().where(Setting.key == key).execute()
            audit.record("setting.clear", {"key": key, "old": old})

    # Typed accessors -------------------------------------------------------------------------
    @property
    def informex_queueing(self) -> bool:
        return self.get(INFORMEX_QUEUEING) == "on"

    @property
    def sync_interval_minutes(self) -> int:
        return int(self.get(SYNC_INTERVAL_MINUTES) or "15")

    @property
    def claims360_base_url(self) -> str:
        return self.get(CLAIMS360_BASE_URL) or DEFAULT_BASE_URL

    @property
    def winformex_import_folder(self) -> str | None:
        return self.get(WINFORMEX_IMPORT_FOLDER)

    @property
    def photos_folder(self) -> str | None:
        return self.get(PHOTOS_FOLDER)

    @property
    def winformex_export_folder(self) -> str | None:
        return self.get(WINFORMEX_EXPORT_FOLDER)

    @property
    def database_id(self) -> str:
        value = self.get(DATABASE_ID)
        if not value:
            raise RuntimeError("database zonder database.id: is ze gemigreerd?")
        return value

    @staticmethod
    def _spec(key: str) -> SettingSpec:
        try:
            return SPECS[key]
        except KeyError:
            known = ", ".join(k for k, s in SPECS.items() if s.settable)
            raise SettingError(f"Onbekende instelling {key!r}. Bekende instellingen: {known}.") from None
