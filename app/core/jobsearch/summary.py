"""The week's effort in the search, as plain counts and sentences about what was done.

Never a goal, never a streak, never a comparison with another week: a quiet week is
worded as a quieter week, not as a shortfall.

What counts:
- applications: moves to "applied" dated that week;
- interviews: interview dates that week, up to today (a planned one isn't done yet);
- conversations: people whose "last talked" falls that week, plus check-ins that week
  recording the Networking activity;
- things learned: journal entries written that week and linked to an opening.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from app.core.checkins import CheckIn
from app.core.jobsearch.model import Opening, SearchPerson, Stage
from app.core.resources import load_json

NETWORKING_KEY = "networking"


@dataclass(frozen=True)
class WeekSummary:
    start: date  # Monday
    end: date  # Sunday
    applications: int
    conversations: int
    interviews: int
    things_learned: int
    lines: tuple[str, ...]  # what was done, one sentence per kind, or the quiet-week line


def week_of(day: date) -> tuple[date, date]:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


@cache
def _words() -> dict[str, Any]:
    data: dict[str, Any] = load_json("jobsearch", "summary.json")
    return data


def weekly_summary(
    day: date,
    today: date,
    *,
    openings: Iterable[Opening],
    people: Iterable[SearchPerson],
    checkins: Iterable[CheckIn],
    networking_activity_id: str | None,
    linked_entry_days: Iterable[date],
) -> WeekSummary:
    """The summary of the week (Monday to Sunday) that holds ``day``."""
    start, end = week_of(day)
    last = min(end, today)

    def in_week(moment: date, until: date = end) -> bool:
        return start <= moment <= until

    openings = list(openings)
    changes = [change for opening in openings for change in opening.history]
    applications = sum(
        1 for change in changes if change.stage == Stage.APPLIED and in_week(change.day)
    )
    interviews = sum(
        1 for change in changes if change.stage == Stage.INTERVIEWING and in_week(change.day, last)
    )
    talked = sum(1 for p in people if p.last_talked is not None and in_week(p.last_talked))
    networking = sum(
        1
        for checkin in checkins
        if networking_activity_id in checkin.activity_ids and in_week(checkin.day)
    )
    learned = sum(1 for written in linked_entry_days if in_week(written))
    counts = {
        "applications": applications,
        "conversations": talked + networking,
        "interviews": interviews,
        "things_learned": learned,
    }
    return WeekSummary(start, end, **counts, lines=_lines(counts))


def _lines(counts: dict[str, int]) -> tuple[str, ...]:
    words = _words()
    lines = []
    for name, count in counts.items():
        if count:
            one, many = words["lines"][name]
            lines.append(one if count == 1 else str(many).format(n=count))
    return tuple(lines) if lines else (str(words["quiet_week"]),)
