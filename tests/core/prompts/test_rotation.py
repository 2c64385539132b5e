"""Prompt of the day: deterministic, fair, and never the same two days running."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.prompts import Moment, PromptLibrary, browse, prompt_of_the_day
from app.core.prompts.rotation import pick_for_day

LIBRARY = PromptLibrary.load()
START = date(2000, 1, 1)
TWENTY_YEARS = 20 * 366


def _days(count: int, start: date = START) -> list[date]:
    return [start + timedelta(days=n) for n in range(count)]


def test_the_same_date_always_gets_the_same_prompt() -> None:
    again = PromptLibrary.load()
    for day in _days(400):
        assert prompt_of_the_day(LIBRARY, day).id == prompt_of_the_day(again, day).id


@pytest.mark.parametrize("moment", [Moment(), Moment(after_rejection=True)])
def test_never_the_same_prompt_two_days_running_over_twenty_years(moment: Moment) -> None:
    picks = [prompt_of_the_day(LIBRARY, day, moment).id for day in _days(TWENTY_YEARS)]
    repeats = [i for i in range(1, len(picks)) if picks[i] == picks[i - 1]]
    assert repeats == []


def test_switching_to_and_from_a_rejection_day_never_repeats_a_prompt() -> None:
    for day in _days(3000):
        today = prompt_of_the_day(LIBRARY, day, Moment(after_rejection=True)).id
        yesterday = prompt_of_the_day(LIBRARY, day - timedelta(days=1)).id
        tomorrow = prompt_of_the_day(LIBRARY, day + timedelta(days=1)).id
        assert today not in (yesterday, tomorrow)


def test_every_daily_prompt_comes_round_in_each_cycle() -> None:
    pool = LIBRARY.with_tag("daily")
    # A cycle starts on a day whose ordinal is a multiple of the pool's size.
    first = date.fromordinal((START.toordinal() // len(pool) + 1) * len(pool))
    for cycle_start in (first, first + timedelta(days=len(pool) * 37)):
        seen = {prompt_of_the_day(LIBRARY, day).id for day in _days(len(pool), cycle_start)}
        assert seen == {prompt.id for prompt in pool}


def test_only_daily_prompts_are_offered_on_an_ordinary_day() -> None:
    for day in _days(200):
        assert prompt_of_the_day(LIBRARY, day).has_tag("daily")


def test_after_a_rejection_the_prompt_fits_that_moment() -> None:
    for day in _days(200):
        assert prompt_of_the_day(LIBRARY, day, Moment(after_rejection=True)).has_tag("rejection")


@settings(max_examples=60, deadline=None, database=None)
@given(
    ids=st.lists(st.text(min_size=1, max_size=8), min_size=3, max_size=40, unique=True),
    start=st.integers(min_value=1, max_value=700_000),
)
def test_any_pool_of_three_or_more_never_repeats_on_consecutive_days(
    ids: list[str], start: int
) -> None:
    days = _days(len(ids) * 6, date.fromordinal(start))
    picks = [pick_for_day(ids, ids, day) for day in days]
    assert all(a != b for a, b in itertools.pairwise(picks))


def test_a_pool_too_small_to_rotate_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 3"):
        pick_for_day(["a", "b"], ["a", "b"], START)


def test_browsing_puts_todays_prompt_first_then_the_rest_in_library_order() -> None:
    day = date(2026, 3, 14)
    listed = browse(LIBRARY, day)
    assert listed[0] == prompt_of_the_day(LIBRARY, day)
    assert sorted(p.id for p in listed) == sorted(p.id for p in LIBRARY.prompts)
    rest = [p.id for p in listed[1:]]
    assert rest == [p.id for p in LIBRARY.prompts if p.id != listed[0].id]


def test_after_a_rejection_the_fitting_prompts_come_first() -> None:
    day = date(2026, 3, 14)
    listed = browse(LIBRARY, day, Moment(after_rejection=True))
    fitting = len(LIBRARY.with_tag("rejection"))
    assert all(p.has_tag("rejection") for p in listed[:fitting])
    assert not any(p.has_tag("rejection") for p in listed[fitting:])


def test_browsing_by_tag_keeps_only_that_tag() -> None:
    listed = browse(LIBRARY, date(2026, 3, 14), tag="supporting-others")
    assert listed and all(p.has_tag("supporting-others") for p in listed)
    assert {"support-a-friend", "message-without-fixing"} <= {p.id for p in listed}


def test_a_stage_changes_prompts_lead_the_list_in_their_order_then_todays() -> None:
    day = date(2026, 12, 31)
    first = [LIBRARY.get("thank-you-note"), LIBRARY.get("interview-went-well")]

    listed = browse(LIBRARY, day, first=first)

    assert [p.id for p in listed[:2]] == ["thank-you-note", "interview-went-well"]
    today = prompt_of_the_day(LIBRARY, day)
    if today.id not in {p.id for p in first}:
        assert listed[2] == today
    assert sorted(p.id for p in listed) == sorted(p.id for p in LIBRARY.prompts)
