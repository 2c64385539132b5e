"""The words beside a trend chart: plurals, an average only when it means something, and
an empty chart that says why."""

from __future__ import annotations

import math

from app.ui.insights.scale_summary import MIN_DAYS_FOR_AVERAGE, scale_summary

NAN = math.nan


def test_one_day_is_one_day_and_gets_no_average() -> None:
    text = scale_summary("Mood", [NAN] * 6 + [3.0], 3.0)
    assert text.startswith("1 day with a rating")
    assert "average 3.0" not in text
    assert "1 days" not in text


def test_the_average_shows_from_three_rated_days_in_the_last_week() -> None:
    daily = [NAN] * (7 - MIN_DAYS_FOR_AVERAGE) + [2.0] * MIN_DAYS_FOR_AVERAGE
    assert scale_summary("Mood", daily, 2.0) == "7-day average 2.0 · 3 days with a rating"
    too_few = [NAN] * 5 + [2.0, 3.0]
    assert "7-day average" not in scale_summary("Mood", too_few, 2.5).split(";")[0]


def test_an_empty_chart_says_which_question_fills_it() -> None:
    text = scale_summary("Energy", [NAN] * 14, NAN)
    assert text == (
        "No energy ratings in this stretch yet: the check-in's energy question fills this in"
    )


def test_ratings_only_long_ago_say_none_in_the_last_week() -> None:
    assert scale_summary("Focus", [4.0, 4.0] + [NAN] * 12, NAN) == (
        "2 days with a rating; none in the last week"
    )
