"""Follow-ups offered at the right moment: a pure function of the openings and the time.

Each offer has a stable key (kind, opening, the day it is about), so once dismissed it never
comes back, and an offer whose moment has passed simply stops being offered: nothing is ever
counted as missed. Wording and timings live in app/resources/jobsearch/followups.json.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from app.core.jobsearch.model import Opening, Stage
from app.core.resources import load_json


class FollowUpKind(StrEnum):
    THANK_YOU = "thank_you"  # the evening of an interview
    GRIEF_FIRST = "grief_first"  # the day of a no
    ASK_FEEDBACK = "ask_feedback"  # two or three days after a no
    ALL_RIGHT_TO_CLOSE = "all_right_to_close"  # three weeks without a reply
    KEEP_DOORS_OPEN = "keep_doors_open"  # a verbal offer, not yet in writing


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    opening_id: str
    event_day: date  # the interview, the no, the application or the offer it is about
    key: str  # stable: dismissing this key means it never appears again
    title: str  # the card's words: they name the role, never the organisation
    body: str
    draft_title: str  # a private entry from a template ("Draft it here"); Tend sends nothing
    draft_body: str

    @property
    def offers_close(self) -> bool:
        """The card can close the opening as "no reply" (the three-weeks offer)."""
        return self.kind == FollowUpKind.ALL_RIGHT_TO_CLOSE


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("jobsearch", "followups.json")
    return data


def followup_key(kind: FollowUpKind, opening_id: str, event_day: date) -> str:
    return f"{kind.value}:{opening_id}:{event_day.isoformat()}"


def followups_due(
    openings: Iterable[Opening], now: datetime, dismissed: Collection[str] = ()
) -> list[FollowUp]:
    """The offers due at ``now``, not dismissed, in the order the resource file gives."""
    offers = [
        offer
        for opening in openings
        for offer in _offers_for(opening, now)
        if offer.key not in dismissed
    ]
    order = {kind: position for position, kind in enumerate(_data()["order"])}
    return sorted(offers, key=lambda offer: (order[offer.kind.value], offer.event_day))


def _offers_for(opening: Opening, now: datetime) -> Iterator[FollowUp]:
    timing = _data()["timing"]
    today = now.date()
    stage, stage_day = opening.stage, opening.stage_day
    if not opening.is_closed:
        for day in opening.interview_days:
            after = (today - day).days
            evening = after > 0 or now.hour >= int(timing["evening_hour"])
            if 0 <= after <= int(timing["thank_you_days_after_interview"]) and evening:
                yield _offer(FollowUpKind.THANK_YOU, opening, day)
    if stage == Stage.NO:
        after = (today - stage_day).days
        if after == 0:
            yield _offer(FollowUpKind.GRIEF_FIRST, opening, stage_day)
        if after in timing["feedback_days_after_no"]:
            yield _offer(FollowUpKind.ASK_FEEDBACK, opening, stage_day)
    if stage == Stage.APPLIED and (today - stage_day).days >= int(
        timing["quiet_days_after_applying"]
    ):
        yield _offer(FollowUpKind.ALL_RIGHT_TO_CLOSE, opening, stage_day)
    if stage == Stage.VERBAL_OFFER and stage_day <= today:
        yield _offer(FollowUpKind.KEEP_DOORS_OPEN, opening, stage_day)


def _offer(kind: FollowUpKind, opening: Opening, day: date) -> FollowUp:
    words = _data()["kinds"][kind.value]
    role, organisation = opening.role, opening.organisation or "them"
    # The card names the role only: it can be on screen while someone looks on.
    return FollowUp(
        kind=kind,
        opening_id=opening.id,
        event_day=day,
        key=followup_key(kind, opening.id, day),
        title=str(words["title"]).format(role=role),
        body=str(words["body"]).format(role=role),
        draft_title=str(words["draft_title"]).format(role=role, organisation=organisation),
        draft_body=str(words["draft_body"]).format(role=role, organisation=organisation),
    )
