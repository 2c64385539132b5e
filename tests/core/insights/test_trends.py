"""Day means, gaps and the 7-day rolling average, against values worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.core.insights import TrendRange
from app.core.workspace import Workspace
from tests.core.insights.conftest import NEW_YORK, NOW, AddCheckIn

D1 = date(2026, 6, 1)


def _day(n: int) -> date:
    """Day n of the test month (day 1 is June 1)."""
    return D1 + timedelta(days=n - 1)


def test_a_days_value_is_the_mean_of_its_checkins_per_scale(ws: Workspace, add: AddCheckIn) -> None:
    add(at=datetime(2026, 6, 1, 8, 0, tzinfo=NEW_YORK), mood=2, energy=1)
    add(at=datetime(2026, 6, 1, 13, 0, tzinfo=NEW_YORK), mood=4)
    add(at=datetime(2026, 6, 1, 21, 0, tzinfo=NEW_YORK), mood=5, focus=3)
    add(at=datetime(2026, 6, 1, 22, 0, tzinfo=NEW_YORK), activities=("Exercise",))
    data = ws.insights.trend_between(D1, D1)
    assert data.days == (D1,)
    assert data.scale("mood").daily == pytest.approx((11 / 3,))
    assert data.scale("energy").daily == (1.0,)
    assert data.scale("focus").daily == (3.0,)
    assert data.scale("interest").daily == (None,)


def test_days_without_data_are_gaps_never_zero(ws: Workspace, add: AddCheckIn) -> None:
    add(_day(1), mood=3)
    add(_day(4), mood=5)
    data = ws.insights.trend_between(_day(1), _day(5))
    assert data.days == tuple(_day(n) for n in range(1, 6))
    assert data.scale("mood").daily == (3.0, None, None, 5.0, None)
    assert data.scale("energy").daily == (None,) * 5
    assert data.has_data


def test_rolling_average_is_over_days_with_data_in_the_trailing_week(
    ws: Workspace, add: AddCheckIn
) -> None:
    # Day means: d1=2, d2=4 (3 and 5), d4=3, then nothing until d12=5.
    add(_day(1), mood=2)
    add(at=datetime(2026, 6, 2, 9, 0, tzinfo=NEW_YORK), mood=3)
    add(at=datetime(2026, 6, 2, 20, 0, tzinfo=NEW_YORK), mood=5)
    add(_day(4), mood=3)
    add(_day(12), mood=5)
    rolling = ws.insights.trend_between(_day(1), _day(12)).scale("mood").rolling
    expected = (
        2.0,  # d1: {2}
        3.0,  # d2: {2, 4}
        3.0,  # d3: no data that day, {2, 4} in its week
        3.0,  # d4: {2, 4, 3}
        3.0,  # d5
        3.0,  # d6
        3.0,  # d7: d1..d7
        3.5,  # d8: d2..d8 -> {4, 3}
        3.0,  # d9: d3..d9 -> {3}
        3.0,  # d10: d4..d10 -> {3}
        None,  # d11: d5..d11 has no data at all
        5.0,  # d12
    )
    assert rolling == pytest.approx(expected)


def test_rolling_average_at_the_start_of_a_range_looks_back_before_it(
    ws: Workspace, add: AddCheckIn
) -> None:
    add(_day(1), energy=1)
    add(_day(3), energy=4)
    data = ws.insights.trend_between(_day(5), _day(9))
    assert data.scale("energy").daily == (None,) * 5
    # d5..d7 see d1 and d3; d8 (d2..d8) and d9 (d3..d9) see only d3.
    assert data.scale("energy").rolling == pytest.approx((2.5, 2.5, 2.5, 4.0, 4.0))


def test_two_weeks_ends_today_and_spans_fourteen_days(ws: Workspace, add: AddCheckIn) -> None:
    today = NOW.date()
    add(today, mood=4)
    add(today - timedelta(days=13), mood=2)
    add(today - timedelta(days=14), mood=1)  # one day too early
    data = ws.insights.trend(TrendRange.TWO_WEEKS)
    assert (data.start, data.end, len(data.days)) == (today - timedelta(days=13), today, 14)
    daily = data.scale("mood").daily
    assert (daily[0], daily[-1]) == (2.0, 4.0)
    assert data.scale("mood").rolling[0] == pytest.approx(1.5)  # the day before counts here


@pytest.mark.parametrize(
    ("trend_range", "days"), [(TrendRange.THREE_MONTHS, 91), (TrendRange.YEAR, 365)]
)
def test_fixed_ranges_have_their_length(ws: Workspace, trend_range: TrendRange, days: int) -> None:
    data = ws.insights.trend(trend_range)
    assert len(data.days) == days and data.end == NOW.date()
    assert not data.has_data


def test_everything_starts_on_the_first_day_with_data(ws: Workspace, add: AddCheckIn) -> None:
    empty = ws.insights.trend(TrendRange.EVERYTHING)
    assert empty.days == (NOW.date(),) and not empty.has_data
    add(date(2019, 2, 3), interest=2)
    add(date(2024, 5, 6), interest=4)
    data = ws.insights.trend(TrendRange.EVERYTHING)
    assert data.start == date(2019, 2, 3) and data.end == NOW.date()
    assert len(data.days) == (NOW.date() - date(2019, 2, 3)).days + 1
    values = [v for v in data.scale("interest").daily if v is not None]
    assert values == [2.0, 4.0]


def test_a_late_evening_checkin_belongs_to_the_day_it_was_lived(
    ws: Workspace, add: AddCheckIn
) -> None:
    # 23:30 at UTC-5 is already 04:30 UTC the next day.
    add(at=datetime(2026, 2, 10, 23, 30, tzinfo=timezone(timedelta(hours=-5))), mood=1)
    # 00:30 at UTC+9 is still 15:30 UTC the previous day.
    add(at=datetime(2026, 2, 12, 0, 30, tzinfo=timezone(timedelta(hours=9))), mood=5)
    data = ws.insights.trend_between(date(2026, 2, 10), date(2026, 2, 12))
    assert data.scale("mood").daily == (1.0, None, 5.0)


def test_spring_forward_day_keeps_all_its_checkins(ws: Workspace, add: AddCheckIn) -> None:
    # 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT; the day is 23 hours long.
    add(at=datetime(2026, 3, 8, 0, 30, tzinfo=NEW_YORK), mood=1)  # EST, UTC-5
    add(at=datetime(2026, 3, 8, 3, 30, tzinfo=NEW_YORK), mood=2)  # EDT, UTC-4
    add(at=datetime(2026, 3, 8, 23, 30, tzinfo=NEW_YORK), mood=4)  # 03:30 UTC on the 9th
    add(at=datetime(2026, 3, 9, 0, 30, tzinfo=NEW_YORK), mood=5)
    data = ws.insights.trend_between(date(2026, 3, 7), date(2026, 3, 9))
    assert data.scale("mood").daily == pytest.approx((None, 7 / 3, 5.0))
    assert ws.insights.year_calendar(2026).days[date(2026, 3, 8)].checkins == 3


def test_fall_back_day_keeps_both_half_past_ones(ws: Workspace, add: AddCheckIn) -> None:
    # 2026-11-01 in New York: 01:30 happens twice (EDT, then EST); the day is 25 hours long.
    add(at=datetime(2026, 11, 1, 1, 30, fold=0, tzinfo=NEW_YORK), energy=2)  # UTC-4
    add(at=datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK), energy=3)  # UTC-5
    add(at=datetime(2026, 11, 1, 23, 30, tzinfo=NEW_YORK), energy=4)  # 04:30 UTC on the 2nd
    data = ws.insights.trend_between(date(2026, 10, 31), date(2026, 11, 2))
    assert data.scale("energy").daily == (None, 3.0, None)
    saved = ws.checkins.for_day(date(2026, 11, 1))
    assert [c.at.utcoffset() for c in saved] == [
        timedelta(hours=-4),
        timedelta(hours=-5),
        timedelta(hours=-5),
    ]
