"""What the watcher's notes take from the job search: the order of support options when
no's cluster, and one note when the search has gone on a long time.

A support note keeps its own words; only the order of its options changes, job-search help
first. The crisis path never changes. Nothing here names an employer or a person: it
counts days, nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from app.core.jobsearch.model import Opening, Stage
from app.core.resources import load_json
from app.core.support.resources import CRISIS_FIRST, SUPPORT_FIRST
from app.core.watcher.model import CRISIS


@dataclass(frozen=True)
class LongSearchNote:
    title: str
    body: str


@cache
def _settings() -> dict[str, Any]:
    data: dict[str, Any] = load_json("jobsearch", "watcher_context.json")
    return data


def nos_in_window(no_days: Iterable[date], last_day: date, window_days: int) -> int:
    """How many no's fell in the ``window_days`` ending on ``last_day``."""
    first = last_day - timedelta(days=window_days - 1)
    return sum(1 for day in no_days if first <= day <= last_day)


def support_kinds_order(prompt_kind: str, nos_in_its_window: int) -> tuple[str, ...]:
    """The order support options are listed in for a note of ``prompt_kind``."""
    if prompt_kind == CRISIS:
        return CRISIS_FIRST
    settings = _settings()
    if nos_in_its_window >= int(settings["nos_for_job_help_first"]):
        return tuple(str(kind) for kind in settings["job_help_first"])
    return SUPPORT_FIRST


def search_began(openings: Iterable[Opening]) -> date | None:
    """The first day the journal shows the search: the earliest stage change."""
    days = [change.day for opening in openings for change in opening.history]
    return min(days) if days else None


def long_search_note(
    openings: Iterable[Opening], today: date, already_shown: bool
) -> LongSearchNote | None:
    """The once-only note for a long search, or None (not yet, or already shown)."""
    if already_shown:
        return None
    openings = list(openings)
    settings = _settings()
    began = search_began(openings)
    nos = sum(1 for opening in openings for change in opening.history if change.stage == Stage.NO)
    long_enough = began is not None and (today - began).days >= int(settings["long_search_days"])
    if not (long_enough or nos >= int(settings["long_search_nos"])):
        return None
    words = settings["long_search_note"]
    return LongSearchNote(str(words["title"]), str(words["body"]))
