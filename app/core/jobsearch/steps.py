"""The usual steps of a search, each with the person's own progress.

A step counts as taken when the journal shows it (an opening noticed, someone in the search
list, an application...) or when the person marked it themselves. Never a score.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from app.core.jobsearch.model import Opening, SearchPerson, Stage
from app.core.resources import load_json


@dataclass(frozen=True)
class SearchStep:
    key: str
    title: str
    text: str
    taken: bool
    marked_by_person: bool  # taken because the person said so (they can unmark it)
    can_be_marked: bool  # the journal can't show this step, so the person marks it


def search_steps(
    openings: Iterable[Opening],
    people: Iterable[SearchPerson],
    days_off: Collection[date],
    marked: Collection[str],
) -> list[SearchStep]:
    openings = list(openings)
    stages = {change.stage for opening in openings for change in opening.history}
    shown = {
        "any_opening": bool(openings),
        "any_person": any(True for _ in people),
        "any_application": Stage.APPLIED in stages,
        "any_interview": Stage.INTERVIEWING in stages,
        "any_linked_entry": any(opening.entry_ids for opening in openings),
        "any_day_off": bool(days_off),
    }
    steps = []
    for step in load_json("jobsearch", "steps.json")["steps"]:
        rule = step["shown_by"]
        by_person = step["key"] in marked
        steps.append(
            SearchStep(
                key=step["key"],
                title=step["title"],
                text=step["text"],
                taken=by_person or (rule is not None and shown[rule]),
                marked_by_person=by_person,
                can_be_marked=rule is None,
            )
        )
    return steps


def step_keys() -> tuple[str, ...]:
    return tuple(str(step["key"]) for step in load_json("jobsearch", "steps.json")["steps"])
