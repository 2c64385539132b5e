"""What the window needs from the job-search core, in the window's own terms.

``CoreJobSearch`` (in ``adapter.py``) answers these from ``app.core.jobsearch``; every
call runs on the task runner's thread, so each returns plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from app.ui.insights.after_no_view import AfterNoData
from app.ui.insights.job_markers import SearchEvent
from app.ui.jobsearch.steps_dialog import StepView
from app.ui.jobsearch.views import (
    Choice,
    OpeningDraft,
    OpeningView,
    PersonDraft,
    PersonView,
)


@dataclass(frozen=True)
class OfferView:
    key: object  # whatever the core needs to dismiss or draft it
    title: str
    text: str


@dataclass(frozen=True)
class Draft:
    title: str
    body: str
    opening_id: str | None


@dataclass(frozen=True)
class StageOutcome:
    """What a stage change did to today: added to a check-in, or nothing to add to."""

    added_to_checkin: bool
    activity_name: str | None


@dataclass(frozen=True)
class HomeData:
    day_off: bool
    offers: tuple[OfferView, ...]
    summary: tuple[str, ...]


class JobSearchPort(Protocol):
    def vias(self) -> list[Choice]: ...
    def stages(self) -> list[Choice]: ...
    def openings(self, today: date) -> list[OpeningView]: ...
    def save_opening(self, opening_id: str | None, draft: OpeningDraft) -> str: ...
    def move(self, opening_id: str, stage: str, on: date) -> StageOutcome: ...
    def link_entry(self, opening_id: str, entry_id: str) -> None: ...
    def delete_opening(self, opening_id: str) -> object: ...
    def undo_delete(self, deleted: object) -> None: ...
    def people(self) -> list[PersonView]: ...
    def save_person(self, person_id: str | None, draft: PersonDraft) -> str: ...
    def delete_person(self, person_id: str) -> None: ...
    def home(self, now: datetime) -> HomeData: ...
    def dismiss(self, offer: OfferView) -> None: ...
    def draft(self, offer: OfferView) -> Draft: ...
    def set_day_off(self, today: date, day_off: bool) -> None: ...
    def steps(self) -> list[StepView]: ...
    def record_no(self, opening_id: str | None, on: date) -> StageOutcome: ...
    def search_events(self) -> list[SearchEvent]: ...
    def after_no(self) -> AfterNoData: ...
