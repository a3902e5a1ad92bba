"""Belgian licence plates ("nummerplaten"): recognise and normalise the three formats.

``1-ABC-123`` (since 2010), ``ABC-123`` (1971-2008) and ``123-ABC`` (2008-2010) are written with
dashes in PlanManager whatever the user typed (spaces, dots, lower case). A plate that fits none of
them may be foreign: it is accepted as typed (upper case, trimmed), and the caller asks to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s.\-_/]+")
_FORMATS = (
    re.compile(r"^([1-9])([A-Z]{3})(\d{3})$"),
    re.compile(r"^([A-Z]{3})(\d{3})$"),
    re.compile(r"^(\d{3})([A-Z]{3})$"),
)


@dataclass(frozen=True)
class Plate:
    text: str
    belgian: bool


def normalise_plate(raw: str) -> Plate | None:
    """The plate as PlanManager stores it, or None when nothing was typed."""
    compact = _SEPARATORS.sub("", raw.strip().upper())
    if not compact:
        return None
    for pattern in _FORMATS:
        match = pattern.match(compact)
        if match:
            return Plate("-".join(match.groups()), belgian=True)
    return Plate(" ".join(raw.strip().upper().split()), belgian=False)


def search_key(raw: str) -> str:
    """What a search for a plate compares: upper case without separators."""
    return _SEPARATORS.sub("", raw.strip().upper())
