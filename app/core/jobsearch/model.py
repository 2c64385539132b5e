"""What the job search keeps: openings, their stage history, and the people in the search.

Plain values only: the services convert rows to these, and the window and the command line
read them. Days are the person's local calendar days (``date``), times are zone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

# A closed opening stays in the list this long after it closed, then folds away.
FOLD_AFTER = timedelta(days=60)


class Via(StrEnum):
    """How the opening came: a posting, someone the person knows, or their own reaching out."""

    POSTING = "posting"
    PERSON = "person"
    OUTREACH = "outreach"


class Stage(StrEnum):
    NOTICED = "noticed"
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER_IN_WRITING = "offer_in_writing"
    VERBAL_OFFER = "verbal_offer"
    NO = "no"
    NO_REPLY = "no_reply"
    WITHDREW = "withdrew"


# A verbal offer is not closed: it is not the person's until it is in writing.
CLOSED_STAGES = frozenset({Stage.OFFER_IN_WRITING, Stage.NO, Stage.NO_REPLY, Stage.WITHDREW})
DECISION_STAGES = frozenset(
    {Stage.OFFER_IN_WRITING, Stage.VERBAL_OFFER, Stage.NO, Stage.NO_REPLY, Stage.WITHDREW}
)


@dataclass(frozen=True)
class StageChange:
    """One move of an opening to a stage, on the day it happened (each interview is one)."""

    id: str
    opening_id: str
    stage: Stage
    day: date
    recorded_at: datetime


@dataclass(frozen=True)
class Opening:
    id: str
    role: str
    organisation: str
    via: Via
    note: str
    created_at: datetime
    updated_at: datetime
    # In the order the moves were made; never empty (an opening starts at the stage it was
    # added at). The last move is the current stage, whatever day it was dated.
    history: tuple[StageChange, ...]
    # Journal entries linked to this opening, oldest link first.
    entry_ids: tuple[str, ...] = field(default_factory=tuple)

    @property
    def stage(self) -> Stage:
        return self.history[-1].stage

    @property
    def stage_day(self) -> date:
        """The day the opening reached its current stage."""
        return self.history[-1].day

    @property
    def interview_days(self) -> tuple[date, ...]:
        return tuple(sorted(change.day for change in self.history if _is_interview(change)))

    @property
    def is_closed(self) -> bool:
        return self.stage in CLOSED_STAGES

    def day_of(self, stage: Stage) -> date | None:
        """The last day the opening moved to ``stage``, or None if it never did."""
        days = [change.day for change in self.history if change.stage == stage]
        return max(days) if days else None

    def is_folded(self, today: date) -> bool:
        """Closed more than 60 days ago: the list folds it away (it is still kept)."""
        return self.is_closed and today - self.stage_day > FOLD_AFTER


def _is_interview(change: StageChange) -> bool:
    return change.stage == Stage.INTERVIEWING


@dataclass(frozen=True)
class SearchPerson:
    """Someone in the search: no reminders, no sequences, no tags."""

    id: str
    name: str
    how_we_met: str = ""
    last_talked: date | None = None
    opening_ids: tuple[str, ...] = field(default_factory=tuple)


class CheckInOutcome(StrEnum):
    """What a stage change did to the day's check-in."""

    ADDED = "added"  # the matching activity was added to that day's check-in
    ALREADY_THERE = "already_there"  # the check-in already recorded it
    NO_CHECKIN = "no_checkin"  # no check-in that day: the window can offer one
    NOTHING_TO_ADD = "nothing_to_add"  # this stage has no matching activity
    NOT_YET = "not_yet"  # an interview dated ahead: the day comes later


@dataclass(frozen=True)
class StageMove:
    """An opening after a stage change, and what that change did to the day."""

    opening: Opening
    outcome: CheckInOutcome
    checkin_id: str | None = None  # the check-in the activity was added to (ADDED/ALREADY_THERE)
    activity_keys: tuple[str, ...] = field(default_factory=tuple)  # built-in keys it stands for
