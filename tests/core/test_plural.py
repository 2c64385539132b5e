"""Counted words: never "1 days" or "2 times today"."""

from __future__ import annotations

import pytest

from app.core.plural import plural, times


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "0 days"), (1, "1 day"), (2, "2 days"), (1204, "1,204 days")]
)
def test_plural_adds_s_only_when_more_or_fewer_than_one(count: int, expected: str) -> None:
    assert plural(count, "day") == expected


def test_plural_takes_an_irregular_plural() -> None:
    assert plural(1, "entry", "entries") == "1 entry"
    assert plural(3, "entry", "entries") == "3 entries"


@pytest.mark.parametrize(
    ("count", "expected"), [(1, "once"), (2, "twice"), (3, "3 times"), (12, "12 times")]
)
def test_times_says_once_and_twice_as_people_do(count: int, expected: str) -> None:
    assert times(count) == expected
