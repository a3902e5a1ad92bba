"""Sort orders for lists paged in SQL (the dossier list, the Claims360 page's table).

A list fetched page by page (``OFFSET``/``LIMIT``) needs a total order: with ties, the database
may order them differently for two pages, and a row then shows twice or never. The id breaks the
ties; empty values sort last in either direction, as a user expects.
"""

from __future__ import annotations

from typing import Any

import peewee


def stable_order(column: Any, tie: peewee.Field, *, descending: bool) -> list[peewee.Ordering]:
    """``ORDER BY column, tie`` in one direction, NULLs last."""
    if descending:
        return [column.desc(nulls="LAST"), tie.desc()]
    return [column.asc(nulls="LAST"), tie.asc()]
