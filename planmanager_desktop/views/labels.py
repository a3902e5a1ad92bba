"""Texts the views show for values from the core (dossier status, yes/no, dates, money).

The core keeps Dutch labels for its own messages; the views translate the values they display
through Qt, so a French user sees "Ouvert" where a Dutch one sees "Open".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from planmanager_desktop.persistence.models import DossierStatus

_STATUS = {
    DossierStatus.OPEN.value: QT_TRANSLATE_NOOP("Labels", "Open"),
    DossierStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("Labels", "In herstelling"),
    DossierStatus.CLOSED.value: QT_TRANSLATE_NOOP("Labels", "Afgesloten"),
    DossierStatus.CANCELLED.value: QT_TRANSLATE_NOOP("Labels", "Geannuleerd"),
}
_YES = QT_TRANSLATE_NOOP("Labels", "Ja")
_NO = QT_TRANSLATE_NOOP("Labels", "Nee")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_values() -> list[str]:
    return list(_STATUS)


def status_text(value: str | None) -> str:
    if value is None:
        return ""
    source = _STATUS.get(value)
    return _tr(source) if source else value


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return _tr(_YES) if value else _tr(_NO)


def local_datetime(value: dt.datetime | None) -> str:
    """A UTC timestamp shown in the PC's time zone, Belgian order (31/12/2024 16:24)."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def local_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date()
    return value.strftime("%d/%m/%Y")


def locale() -> QLocale:
    """The language's locale (set at start); Belgian Dutch where none was set (the "C" locale)."""
    current = QLocale()
    return QLocale("nl_BE") if current.language() == QLocale.Language.C else current


def money(value: Decimal | None, currency: str = "EUR") -> str:
    if value is None:
        return ""
    return locale().toCurrencyString(float(value), "€" if currency == "EUR" else currency)


def quantity(value: Decimal | None) -> str:
    if value is None:
        return ""
    loc = locale()
    return loc.toString(float(value), "f", 2).rstrip("0").rstrip(loc.decimalPoint()) or "0"
