"""Mood by weekday, each scale's spread, the month grid, and "on this day"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core.insights import TrendRange
from app.core.insights.month import MonthCalendar, clamp_day, shift_month
from app.core.insights.on_this_day import month_days_for
from app.core.insights.patterns import MIN_DAYS_PER_WEEKDAY
from app.core.workspace import Workspace
from tests.core.insights.conftest import NEW_YORK, AddCheckIn

# The clock reads Thursday 31 December 2026; these Mondays are within two weeks of it.
MONDAY = date(2026, 12, 21)


def test_weekday_mood_averages_day_means_and_counts_days(ws: Workspace, add: AddCheckIn) -> None:
    add(MONDAY, mood=1)
    add(at=datetime(2026, 12, 21, 20, 0, tzinfo=NEW_YORK), mood=3)  # same Monday: mean 2
    add(date(2026, 12, 28), mood=4)  # the next Monday
    add(date(2026, 12, 30), energy=2)  # a Wednesday without a mood rating
    pattern = ws.insights.weekday_pattern(TrendRange.TWO_WEEKS)
    monday, tuesday, wednesday = pattern.weekdays[:3]
    assert (monday.weekday, monday.days) == (0, 2)
    assert monday.mean == pytest.approx(3.0)  # (2 + 4) / 2 days, not (1 + 3 + 4) / 3
    assert tuesday.mean is None and tuesday.days == 0
    assert wednesday.days == 0  # no mood rating: not counted as a day with mood
    assert len(pattern.weekdays) == 7
    assert pattern.days == 2


def test_weekday_is_flagged_until_it_has_enough_days(ws: Workspace, add: AddCheckIn) -> None:
    for week in range(MIN_DAYS_PER_WEEKDAY):
        add(date(2026, 12, 3 + 7 * week), mood=3)  # Thursdays
    pattern = ws.insights.weekday_pattern(TrendRange.THREE_MONTHS)
    assert pattern.weekdays[3].enough
    assert not pattern.weekdays[4].enough
    assert not pattern.readable


def test_weekday_pattern_stays_inside_the_range(ws: Workspace, add: AddCheckIn) -> None:
    add(date(2026, 11, 2), mood=5)  # a Monday seven weeks back
    assert ws.insights.weekday_pattern(TrendRange.TWO_WEEKS).days == 0
    assert ws.insights.weekday_pattern(TrendRange.THREE_MONTHS).weekdays[0].days == 1


def test_scale_spread_counts_checkins_per_rating(ws: Workspace, add: AddCheckIn) -> None:
    add(date(2026, 12, 29), mood=2, energy=5)
    add(at=datetime(2026, 12, 29, 21, 0, tzinfo=NEW_YORK), mood=2, focus=1)
    add(date(2026, 12, 30), mood=4)
    spreads = ws.insights.scale_spreads(TrendRange.TWO_WEEKS)
    assert spreads["mood"].counts == (0, 2, 0, 1, 0)
    assert spreads["energy"].count(5) == 1
    assert spreads["focus"].count(1) == 1
    assert spreads["interest"].total == 0


def test_month_grid_starts_on_monday_and_pads_other_months() -> None:
    february = MonthCalendar(2027, 2, {})  # 1 February 2027 is a Monday
    weeks = february.weeks()
    assert len(weeks) == 4
    assert weeks[0][0] == date(2027, 2, 1)
    march = MonthCalendar(2026, 3, {}).weeks()  # 1 March 2026 is a Sunday
    assert march[0][:6] == [None] * 6 and march[0][6] == date(2026, 3, 1)
    assert len(march) == 6 and march[-1][1] == date(2026, 3, 31)


def test_months_step_across_years_and_clamp_long_days() -> None:
    assert shift_month(2026, 12, 1) == (2027, 1)
    assert shift_month(2026, 1, -1) == (2025, 12)
    assert clamp_day(date(2026, 1, 31), 2026, 2) == date(2026, 2, 28)
    assert clamp_day(date(2026, 1, 15), 2026, 2) == date(2026, 2, 15)


def test_month_calendar_holds_only_that_months_days(ws: Workspace, add: AddCheckIn) -> None:
    add(date(2026, 11, 30), mood=1)
    add(date(2026, 12, 1), mood=4)
    add(date(2026, 12, 31), mood=2)
    month = ws.insights.month_calendar(2026, 12)
    assert set(month.days) == {date(2026, 12, 1), date(2026, 12, 31)}
    assert month.days[date(2026, 12, 1)].mean_mood == pytest.approx(4.0)


def test_on_this_day_gathers_earlier_years_newest_first(ws: Workspace, add: AddCheckIn) -> None:
    add(date(2024, 12, 31), mood=2)
    add(date(2025, 12, 30), mood=5)  # the day before: not this day
    add(date(2026, 12, 31), mood=3)  # today itself is not a memory
    # 23:30 in New York is already 1 January in UTC; the local day is what counts.
    late = ws.journal.create(
        "Year's end", "Quiet night.", created_at=datetime(2025, 12, 31, 23, 30, tzinfo=NEW_YORK)
    )
    trashed = ws.journal.create(
        "Draft", "x", created_at=datetime(2023, 12, 31, 9, 0, tzinfo=NEW_YORK)
    )
    ws.journal.move_to_trash(trashed.id)
    found = ws.insights.on_this_day()
    assert [detail.day for detail in found] == [date(2025, 12, 31), date(2024, 12, 31)]
    assert [entry.id for entry in found[0].entries] == [late.id]
    assert found[1].checkins[0].mood == 2


def test_on_this_day_is_empty_without_earlier_years(ws: Workspace, add: AddCheckIn) -> None:
    add(date(2026, 12, 31), mood=3)
    assert ws.insights.on_this_day() == []


def test_leap_day_memories_come_back_on_28_february(ws: Workspace, add: AddCheckIn) -> None:
    add(date(2024, 2, 29), mood=4)
    add(date(2025, 2, 28), mood=2)
    found = ws.insights.on_this_day(date(2026, 2, 28))  # 2026 has no 29 February
    assert [detail.day for detail in found] == [date(2025, 2, 28), date(2024, 2, 29)]
    # On a leap year's 28 February, the 29th waits for its own day.
    assert [d.day for d in ws.insights.on_this_day(date(2028, 2, 28))] == [date(2025, 2, 28)]
    assert [d.day for d in ws.insights.on_this_day(date(2028, 2, 29))] == [date(2024, 2, 29)]


def test_month_days_for_leap_rule() -> None:
    assert month_days_for(date(2026, 2, 28)) == ("02-28", "02-29")
    assert month_days_for(date(2028, 2, 28)) == ("02-28",)
    assert month_days_for(date(2026, 7, 4)) == ("07-04",)


def test_weekday_wording_is_honest_about_thin_data(ws: Workspace, add: AddCheckIn) -> None:
    from app.core.insights.views_wording import describe_weekday, weekday_summary

    empty = ws.insights.weekday_pattern(TrendRange.TWO_WEEKS)
    assert weekday_summary(empty, TrendRange.TWO_WEEKS) == [
        "No mood ratings in the last 2 weeks yet. Once there are some, this shows how "
        "each day of the week tends to go."
    ]
    add(MONDAY, mood=2)
    pattern = ws.insights.weekday_pattern(TrendRange.TWO_WEEKS)
    based_on, too_few = weekday_summary(pattern, TrendRange.TWO_WEEKS)
    assert "from 1 day with a mood rating in the last 2 weeks" in based_on
    assert "fewer than 3 days" in too_few
    assert describe_weekday(pattern.weekdays[0]) == (
        "Monday: 2.0 over 1 day, too few days to read much into"
    )
    assert describe_weekday(pattern.weekdays[1]) == "Tuesday: no mood ratings yet"


def test_memory_heading_says_how_long_ago_and_names_a_leap_day() -> None:
    from app.core.insights.views_wording import years_ago

    assert years_ago(date(2025, 7, 4), date(2026, 7, 4)) == "A year ago · Friday 4 July 2025"
    assert years_ago(date(2024, 2, 29), date(2026, 2, 28)) == (
        "2 years ago, from 29 February · Thursday 29 February 2024"
    )
