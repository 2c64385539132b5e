"""Someone the weekly "reach out to someone" prompt can name: the person in the search
list talked to longest ago (never talked to counts as longest). A suggestion, not a
reminder: nothing is tracked per person, nothing is counted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.core.jobsearch.model import SearchPerson
from app.core.resources import load_json


@dataclass(frozen=True)
class ReachOutSuggestion:
    person: SearchPerson
    line: str  # names the person: for the window only, never a notification


def someone_to_reach_out_to(people: Iterable[SearchPerson]) -> ReachOutSuggestion | None:
    listed = list(people)
    if not listed:
        return None
    # min() keeps the first of equals, so the earliest added wins a tie.
    person = min(listed, key=lambda p: p.last_talked or date.min)
    line = str(load_json("jobsearch", "reach_out.json")["line"]).format(name=person.name)
    return ReachOutSuggestion(person, line)
