"""The prompts a recent stage change brings to Home's prompt card, chosen for a day.

A pure function of the stage changes, today's date and the prompt library: before an
interview the card offers preparing, after it what went well and the waiting, and so
on. The moments, their days and their captions live in
app/resources/jobsearch/stage_prompts.json; the prompts' order in event_prompts.json.

A no is deliberately absent: its day keeps the prompts written for after a hard no
(app/core/prompts/choosing.py), and feedback is a follow-up two or three days later.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from app.core.jobsearch.event_prompts import prompts_for
from app.core.jobsearch.model import Opening, Stage, StageChange
from app.core.prompts.library import Prompt, PromptLibrary
from app.core.resources import load_json


class OnTheDay(StrEnum):
    """Whether the change's own day belongs to a moment."""

    ALWAYS = "always"
    # Recorded on or after its day: an interview the person has just had.
    WHEN_RECORDED_THEN = "when_recorded_then"
    # Recorded before its day: an interview the person marked ahead, still to come.
    WHEN_MARKED_AHEAD = "when_marked_ahead"


@dataclass(frozen=True)
class StageMoment:
    key: str
    stage: Stage
    prompts: str  # a list name in event_prompts.json
    first_day: int  # days from the change's day to today: -2 is two days ahead
    last_day: int
    on_the_day: OnTheDay
    caption: str

    def holds(self, change: StageChange, today: date) -> bool:
        if change.stage != self.stage:
            return False
        after = (today - change.day).days
        if not self.first_day <= after <= self.last_day:
            return False
        if after != 0 or self.on_the_day == OnTheDay.ALWAYS:
            return True
        marked_ahead = change.recorded_at.date() < change.day
        return marked_ahead == (self.on_the_day == OnTheDay.WHEN_MARKED_AHEAD)


@dataclass(frozen=True)
class StagePrompts:
    """What the card shows: a caption and the moment's prompts, today's first."""

    key: str  # the moment, e.g. "after_interview"
    stage: Stage
    event_day: date  # the day of the change it is about
    caption: str
    prompts: tuple[Prompt, ...]  # never empty; the rest follow in the file's order

    @property
    def today(self) -> Prompt:
        return self.prompts[0]


@cache
def stage_moments() -> tuple[StageMoment, ...]:
    data: dict[str, Any] = load_json("jobsearch", "stage_prompts.json")
    return tuple(
        StageMoment(
            key=str(item["key"]),
            stage=Stage(item["stage"]),
            prompts=str(item["prompts"]),
            first_day=int(item["first_day"]),
            last_day=int(item["last_day"]),
            on_the_day=OnTheDay(item["on_the_day"]),
            caption=str(item["caption"]),
        )
        for item in data["moments"]
    )


def changes_that_still_stand(openings: Iterable[Opening]) -> list[StageChange]:
    """Every change of an open opening; only the closing change of a closed one.

    An interview for an opening that has since said no (or was withdrawn) brings no
    "after the interview" prompts: the closing change is what that opening is about now.
    """
    changes: list[StageChange] = []
    for opening in openings:
        changes.extend(opening.history[-1:] if opening.is_closed else opening.history)
    return changes


def stage_prompts(
    changes: Iterable[StageChange], today: date, library: PromptLibrary
) -> StagePrompts | None:
    """The prompts the most fitting recent change brings today, or None for none.

    ``recorded_at`` of each change must be in the person's local time (it tells an
    interview marked ahead from one just had, on the interview's own day). Moments are
    tried in the resource file's order; within one, the change nearest today wins. The
    prompts step on one a day from the moment's first day, so a second day brings the
    next one.
    """
    changes = list(changes)
    for moment in stage_moments():
        held = [change for change in changes if moment.holds(change, today)]
        prompts = prompts_for(library, moment.prompts)
        if not held or not prompts:
            continue
        change = min(held, key=lambda c: (abs((today - c.day).days), -c.recorded_at.timestamp()))
        step = ((today - change.day).days - moment.first_day) % len(prompts)
        return StagePrompts(
            key=moment.key,
            stage=moment.stage,
            event_day=change.day,
            caption=moment.caption,
            prompts=tuple(prompts[step:] + prompts[:step]),
        )
    return None
