"""Column types that behave the same on SQLite and PostgreSQL.

SQLite gives a ``DECIMAL`` column numeric affinity and silently turns ``"412.50"`` into the float
412.5; money must stay exact, so on SQLite decimals are stored as text (``NUMERIC`` on PostgreSQL).
Timestamps are stored as naive UTC and handed out as aware UTC datetimes, so that a PC in another
time zone, or a change to summer time, never shifts them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import peewee


class DecimalTextField(peewee.Field):
    """Exact decimals: ``TEXT`` on SQLite, ``NUMERIC(16,4)`` on PostgreSQL."""

    field_type = "DECIMAL_TEXT"

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            try:
                value = Decimal(str(value))
            except InvalidOperation as exc:
                raise ValueError(f"geen geldig bedrag: {value!r}") from exc
        return str(value)

    def python_value(self, value: Any) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, Decimal):
            return value
        return Decimal(str(value))


def to_db_utc(moment: datetime) -> datetime:
    """What a timestamp column stores: the moment in UTC, without a time zone."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("UtcDateTimeField wil een datetime met tijdzone")
    return (moment - offset).replace(tzinfo=None) if offset else moment.replace(tzinfo=None)


class UtcDateTimeField(peewee.DateTimeField):
    """Aware UTC datetimes in Python, naive UTC in the database."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return to_db_utc(value)
        return super().db_value(value)

    def python_value(self, value: Any) -> datetime | None:
        result = super().python_value(value)
        if isinstance(result, datetime):
            return result.replace(tzinfo=UTC)
        return result  # type: ignore[no-any-return]


def utcnow() -> datetime:
    return datetime.now(UTC)
