"""Insights for the search: interview and no markers by date, and "days after a no".

"Days after a no" sets mood and energy in the seven days after each no beside the person's
own usual, and says how soon mood came back near it. It describes, never explains: no cause,
no prediction, and no employer is named or compared (a no is only a date here).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from app.core.checkins import CheckIn
from app.core.jobsearch.model import Opening, Stage
from app.core.resources import load_json

# How far back "your usual" looks: the median day of the last 90 days.
USUAL_WINDOW_DAYS = 90


class MarkerKind(StrEnum):
    INTERVIEW = "interview"
    NO = "no"


@dataclass(frozen=True)
class SearchMarker:
    """A day to mark on a trend chart (a date and a kind, nothing about whom)."""

    day: date
    kind: MarkerKind


@dataclass(frozen=True)
class DaysAfterNo:
    """One no: daily mean mood and energy on the day (index 0) and the days after."""

    day: date
    mood: tuple[float | None, ...]
    energy: tuple[float | None, ...]
    back_near_usual_after: int | None  # days until mood was near usual (None: not in the window)


@dataclass(frozen=True)
class AfterNoView:
    usual_mood: float | None
    usual_energy: float | None
    nos: tuple[DaysAfterNo, ...]  # newest first
    sentence: str | None  # the recovery sentence, or None when there is too little to say


@cache
def _settings() -> dict[str, Any]:
    data: dict[str, Any] = load_json("jobsearch", "after_no.json")
    return data


def no_days(openings: Iterable[Opening]) -> list[date]:
    """The days the person heard no, oldest first (once per opening and day)."""
    found = {
        (opening.id, change.day)
        for opening in openings
        for change in opening.history
        if change.stage == Stage.NO
    }
    return sorted(day for _, day in found)


def search_markers(openings: Iterable[Opening], start: date, end: date) -> list[SearchMarker]:
    """Interview and no days between ``start`` and ``end``, oldest first, once per day and kind."""
    found = {
        (change.day, MarkerKind.INTERVIEW if change.stage == Stage.INTERVIEWING else MarkerKind.NO)
        for opening in openings
        for change in opening.history
        if change.stage in (Stage.INTERVIEWING, Stage.NO) and start <= change.day <= end
    }
    return [SearchMarker(day, kind) for day, kind in sorted(found)]


def days_after_no(nos: Iterable[date], checkins: Iterable[CheckIn], today: date) -> AfterNoView:
    settings = _settings()
    span = int(settings["days_after"])
    checkins = list(checkins)
    daily_mood = _daily_means(checkins, "mood")
    daily_energy = _daily_means(checkins, "energy")
    no_list = sorted({day for day in nos if day <= today}, reverse=True)[
        : int(settings["most_nos_shown"])
    ]
    after_days = {day + timedelta(days=k) for day in no_list for k in range(span + 1)}
    usual_start = today - timedelta(days=USUAL_WINDOW_DAYS)
    usual_mood = _usual(daily_mood, usual_start, today, after_days)
    usual_energy = _usual(daily_energy, usual_start, today, after_days)
    views = []
    for day in no_list:
        days = [day + timedelta(days=k) for k in range(span + 1)]
        mood = tuple(daily_mood.get(d) for d in days)
        views.append(
            DaysAfterNo(
                day=day,
                mood=mood,
                energy=tuple(daily_energy.get(d) for d in days),
                back_near_usual_after=_back_after(mood, usual_mood),
            )
        )
    return AfterNoView(usual_mood, usual_energy, tuple(views), _sentence(views, usual_mood))


def _daily_means(checkins: Iterable[CheckIn], scale: str) -> dict[date, float]:
    values: dict[date, list[int]] = defaultdict(list)
    for checkin in checkins:
        value = checkin.value(scale)
        if value is not None:
            values[checkin.day].append(value)
    return {day: statistics.fmean(found) for day, found in values.items()}


def _usual(daily: dict[date, float], start: date, end: date, left_out: set[date]) -> float | None:
    """The median day of the last months, leaving out the days just after a no."""
    values = [value for day, value in daily.items() if start <= day <= end and day not in left_out]
    return statistics.median(values) if len(values) >= 3 else None


def _back_after(mood: tuple[float | None, ...], usual: float | None) -> int | None:
    if usual is None:
        return None
    near = float(_settings()["near_usual"])
    for offset, value in enumerate(mood):
        if value is not None and value >= usual - near:
            return offset
    return None


def _sentence(views: list[DaysAfterNo], usual: float | None) -> str | None:
    settings = _settings()
    if usual is None:
        return str(settings["no_usual_yet"]) if views else None
    with_data = [view for view in views if any(value is not None for value in view.mood)]
    if len(with_data) < int(settings["fewest_nos_for_a_sentence"]):
        return None
    words = settings["count_words"]
    count = words[len(with_data)] if len(with_data) < len(words) else str(len(with_data))
    recovered = [view.back_near_usual_after for view in with_data]
    back = [days for days in recovered if days is not None]
    if len(back) * 2 < len(with_data):
        return str(settings["slower"]).format(count=count)
    days = round(statistics.median(back))
    if days == 0:
        return str(settings["recovered_same_day"]).format(count=count)
    if days == 1:
        return str(settings["recovered_one_day"]).format(count=count)
    return str(settings["recovered_days"]).format(count=count, days=days)
