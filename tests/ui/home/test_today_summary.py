"""Home's line about today's check-ins reads naturally: "once", "twice", "3 times"."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.checkins.model import CheckIn
from app.ui.home.home_page import today_summary

AT = datetime(2026, 12, 4, 20, 15, tzinfo=UTC)


def _checkins(count: int) -> list[CheckIn]:
    return [CheckIn(id=str(n), at=AT, mood=3) for n in range(count)]


def test_two_check_ins_today_are_said_as_twice() -> None:
    assert today_summary(_checkins(2)).startswith("You checked in twice today, last at 20:15")


def test_one_and_three_check_ins_read_naturally_too() -> None:
    assert today_summary(_checkins(1)).startswith("You checked in once today")
    assert today_summary(_checkins(3)).startswith("You checked in 3 times today")
