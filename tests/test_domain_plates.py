"""Belgian licence plates: the three formats, whatever the user typed (search and matching)."""

from __future__ import annotations

import pytest

from planmanager_desktop.domain.plates import Plate, normalise_plate, search_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("1-ABC-123", "1-ABC-123"),
        ("1abc123", "1-ABC-123"),
        (" 1 abc 123 ", "1-ABC-123"),
        ("1.ABC.123", "1-ABC-123"),
        ("2_xyz/987", "2-XYZ-987"),
        ("ABC123", "ABC-123"),  # 1971-2008
        ("abc-123", "ABC-123"),
        ("123abc", "123-ABC"),  # 2008-2010
    ],
)
def test_belgian_plates_are_normalised(typed: str, stored: str) -> None:
    assert normalise_plate(typed) == Plate(stored, belgian=True)


@pytest.mark.parametrize(
    ("typed", "stored"), [("b-ab 1234", "B-AB 1234"), ("  gb  ab12 cde ", "GB AB12 CDE")]
)
def test_foreign_plates_are_kept_as_typed(typed: str, stored: str) -> None:
    assert normalise_plate(typed) == Plate(stored, belgian=False)


@pytest.mark.parametrize("typed", ["", "   ", "-- .."])
def test_nothing_typed_is_no_plate(typed: str) -> None:
    assert normalise_plate(typed) is None


def test_search_key_ignores_separators_and_case() -> None:
    assert search_key(" 1-abc.123 ") == "1ABC123"
    assert search_key("abc") == "ABC"
