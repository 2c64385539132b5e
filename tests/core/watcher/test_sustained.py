"""The sustained rule at its edges: more than half, at least 5 days, spread over 10."""

from __future__ import annotations

from app.core.watcher.days import signals_by_day
from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.sustained import sustained_signals
from tests.core.watcher.builders import checkin, day


def sustained_on(evaluated: int, low: list[int], fine: list[int] = ()) -> list[str]:  # type: ignore[assignment]
    checkins = [checkin(i, energy=1) for i in low] + [checkin(i, energy=4) for i in fine]
    by_day = signals_by_day(checkins, [], default_lexicon())
    return [count.signal for count in sustained_signals(day(evaluated), by_day)]


def test_five_low_days_spread_over_ten_days_are_sustained() -> None:
    assert sustained_on(9, [0, 2, 5, 7, 9]) == ["low_energy"]


def test_five_low_days_within_nine_days_are_not() -> None:
    assert sustained_on(9, [1, 3, 5, 7, 9]) == []


def test_four_low_days_are_never_enough() -> None:
    assert sustained_on(13, [0, 4, 9, 13]) == []


def test_a_single_bad_week_is_not_sustained() -> None:
    assert sustained_on(13, list(range(7, 14)), list(range(7))) == []


def test_exactly_half_the_days_with_data_is_not_more_than_half() -> None:
    assert sustained_on(13, [0, 2, 4, 6, 8, 10, 12], [1, 3, 5, 7, 9, 11, 13]) == []


def test_one_more_than_half_is_sustained() -> None:
    assert sustained_on(13, [0, 2, 4, 6, 8, 10, 12, 13], [1, 3, 5, 7, 9, 11]) == ["low_energy"]


def test_days_without_data_do_not_count_against_the_signal() -> None:
    assert sustained_on(13, [0, 3, 6, 10, 13]) == ["low_energy"]


def test_days_older_than_fourteen_are_outside_the_window() -> None:
    assert sustained_on(14, [0, 2, 5, 7, 9]) == []


def test_the_count_says_how_many_of_the_days() -> None:
    by_day = signals_by_day([checkin(i, energy=1) for i in range(10)], [], default_lexicon())
    (count,) = sustained_signals(day(9), by_day)
    assert (count.days_present, count.days_with_data) == (10, 10)
    assert (count.first_day, count.last_day) == (day(0), day(9))
