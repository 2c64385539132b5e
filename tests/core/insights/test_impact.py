"""Activity impact: day-based means on both sides, the 5-day minimum, and plain wording."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.core.insights import wording
from app.core.workspace import Workspace
from tests.core.insights.conftest import NEW_YORK, AddCheckIn

START = date(2026, 5, 1)


def _day(n: int) -> date:
    return START + timedelta(days=n - 1)


@pytest.fixture
def history(ws: Workspace, add: AddCheckIn) -> None:
    """Twelve days, worked out by hand.

    Exercise on d1-d5 (moods 4, 4, 5, 3, 4, energy 3 each) and on d12, where one check-in
    has exercise (mood 1) and another does not (mood 5): the day's mood is 3 and it counts
    as a day with exercise. Days d6-d11 have no exercise: moods 2, 3, 2, 3, 2, 3, and
    energy only on d6-d8 (1 each), so energy has just 3 days "without".
    Family is on every day (no days without); Friends on only 4 days.
    """
    for n, mood in zip(range(1, 6), (4, 4, 5, 3, 4), strict=True):
        people = ("Family", "Friends") if n <= 4 else ("Family",)
        add(_day(n), mood=mood, energy=3, activities=("Exercise", *people))
    for n, mood in zip(range(6, 12), (2, 3, 2, 3, 2, 3), strict=True):
        extra = {"energy": 1} if n <= 8 else {}
        add(_day(n), mood=mood, activities=("Family",), **extra)
    d12 = _day(12)
    add(
        at=datetime(d12.year, d12.month, d12.day, 9, tzinfo=NEW_YORK),
        mood=1,
        activities=("Exercise", "Family"),
    )
    add(at=datetime(d12.year, d12.month, d12.day, 21, tzinfo=NEW_YORK), mood=5)


@pytest.mark.usefixtures("history")
def test_mood_on_days_with_and_without_an_activity(ws: Workspace) -> None:
    impacts = ws.insights.activity_impact()
    assert [impact.activity_name for impact in impacts] == ["Exercise"]
    exercise = impacts[0]
    assert exercise.mood is not None
    assert exercise.mood.with_days == 6
    assert exercise.mood.with_mean == pytest.approx((4 + 4 + 5 + 3 + 4 + 3) / 6)
    assert exercise.mood.without_days == 6
    assert exercise.mood.without_mean == pytest.approx(2.5)
    # Energy: 5 days with exercise, only 3 without: too few to compare.
    assert exercise.energy is None


@pytest.mark.usefixtures("history")
def test_the_wording_states_what_went_together_with_day_counts(ws: Workspace) -> None:
    (exercise,) = ws.insights.activity_impact()
    assert wording.describe(exercise) == [
        "On days with “Exercise”, your mood averaged 3.8 (6 days), "
        "compared with 2.5 on other days (6 days)."
    ]
    for sentence in wording.describe(exercise):
        for causal in ("because", "cause", "makes", "improve", "boost"):
            assert causal not in sentence.lower()


@pytest.mark.usefixtures("history")
def test_energy_appears_once_it_has_five_days_on_each_side(ws: Workspace, add: AddCheckIn) -> None:
    add(_day(9), energy=2)
    assert ws.insights.activity_impact()[0].energy is None  # 4 days without: not yet
    add(_day(10), energy=2)
    energy = ws.insights.activity_impact()[0].energy
    assert energy is not None
    assert (energy.with_days, energy.without_days) == (5, 5)
    assert energy.with_mean == pytest.approx(3.0)
    assert energy.without_mean == pytest.approx((1 + 1 + 1 + 2 + 2) / 5)
    sentences = wording.describe(ws.insights.activity_impact()[0])
    assert sentences[1] == "Your energy averaged 3.0 (5 days), compared with 1.4 (5 days)."


@pytest.mark.usefixtures("history")
def test_an_activity_with_exactly_five_days_on_each_side_is_shown(
    ws: Workspace, add: AddCheckIn
) -> None:
    # Friends: 4 days with, 8 without. One more day with it reaches the minimum.
    assert "Friends" not in [i.activity_name for i in ws.insights.activity_impact()]
    add(_day(6), activities=("Friends",))  # d6 now has Friends; its mood stays 2
    friends = next(i for i in ws.insights.activity_impact() if i.activity_name == "Friends")
    assert friends.mood is not None
    assert (friends.mood.with_days, friends.mood.without_days) == (5, 7)
    assert friends.mood.with_mean == pytest.approx((4 + 4 + 5 + 3 + 2) / 5)


@pytest.mark.usefixtures("history")
def test_a_date_range_limits_the_days_counted(ws: Workspace) -> None:
    (from_d2,) = ws.insights.activity_impact(start=_day(2), end=_day(12))
    assert from_d2.mood is not None
    assert (from_d2.mood.with_days, from_d2.mood.without_days) == (5, 6)
    assert from_d2.mood.with_mean == pytest.approx((4 + 5 + 3 + 4 + 3) / 5)
    # From d3 only four days with exercise are left: below the minimum.
    assert ws.insights.activity_impact(start=_day(3), end=_day(12)) == []


@pytest.mark.usefixtures("history")
def test_hidden_activities_are_left_out(ws: Workspace) -> None:
    exercise = ws.activities.resolve_names(["Exercise"])[0]
    ws.activities.set_hidden(exercise, True)
    assert ws.insights.activity_impact() == []
