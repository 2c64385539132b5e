"""Sentences for the month calendar, mood by weekday, the spreads and "On this day".

The words live in ``resources/insights/views.json``; this module only fills them in.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from app.core.checkins.scales import SCALE_INFO
from app.core.insights.model import DayDetail, TrendRange
from app.core.insights.patterns import (
    MIN_DAYS_PER_WEEKDAY,
    ScaleSpread,
    WeekdayMood,
    WeekdayPattern,
)
from app.core.resources import load_json

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@cache
def _words() -> dict[str, Any]:
    words: dict[str, Any] = load_json("insights", "views.json")
    return words


def words(section: str, key: str) -> str:
    text: str = _words()[section][key]
    return text


def count_of(count: int, one: str, many: str) -> str:
    """'1 day', '3 days': never '1 days'."""
    return f"{count} {one if count == 1 else many}"


def range_phrase(trend_range: TrendRange) -> str:
    phrase: str = _words()["range_phrases"][trend_range.name]
    return phrase


def weekday_summary(pattern: WeekdayPattern, trend_range: TrendRange) -> list[str]:
    """What the weekday chart is based on, and a gentle warning when it is thin."""
    where = range_phrase(trend_range)
    if pattern.days == 0:
        return [words("weekday", "empty").format(range=where)]
    lines = [
        words("weekday", "based_on").format(days=count_of(pattern.days, "day", "days"), range=where)
    ]
    if not pattern.readable:
        lines.append(words("weekday", "too_few").format(minimum=MIN_DAYS_PER_WEEKDAY))
    return lines


def describe_weekday(weekday: WeekdayMood) -> str:
    name = WEEKDAY_NAMES[weekday.weekday]
    if weekday.mean is None:
        return words("weekday", "bar_none").format(weekday=name)
    key = "bar_enough" if weekday.enough else "bar_few"
    return words("weekday", key).format(
        weekday=name, mean=f"{weekday.mean:.1f}", days=count_of(weekday.days, "day", "days")
    )


def spread_total(spread: ScaleSpread, trend_range: TrendRange) -> str:
    where = range_phrase(trend_range)
    if spread.total == 0:
        return words("spread", "empty").format(
            scale=SCALE_INFO[spread.scale].label.lower(), range=where
        )
    return words("spread", "total").format(
        count=count_of(spread.total, "check-in", "check-ins"), range=where
    )


def describe_rating(spread: ScaleSpread, rating: int) -> str:
    info = SCALE_INFO[spread.scale]
    meaning = {1: info.low, 5: info.high}.get(rating, "in between")
    return words("spread", "bar").format(
        scale=info.label,
        rating=rating,
        meaning=meaning,
        count=count_of(spread.count(rating), "check-in", "check-ins"),
    )


def years_ago(day: date, today: date) -> str:
    years = today.year - day.year
    if years == 1:
        text = words("on_this_day", "years_ago_one")
    else:
        text = words("on_this_day", "years_ago_many").format(years=years)
    if (day.month, day.day) != (today.month, today.day):
        text += f", {words('on_this_day', 'leap_day_note')}"
    return f"{text} · {day:%A} {day.day} {day:%B %Y}"


def checkins_line(detail: DayDetail) -> str:
    """'2 check-ins, mood averaged 3.5' (empty when there are none)."""
    if not detail.checkins:
        return ""
    line = count_of(len(detail.checkins), "check-in", "check-ins")
    mean = detail.mean("mood")
    if mean is not None:
        line += ", " + words("on_this_day", "mood_average").format(mean=f"{mean:.1f}")
    return line
