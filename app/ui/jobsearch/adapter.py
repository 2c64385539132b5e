"""The window's job-search port answered by the core (``workspace.jobs``).

Runs on the task runner's thread: every method reads or writes through the core and
returns the window's plain views.
"""

from __future__ import annotations

from datetime import date, datetime

from app.core.errors import NotFoundError
from app.core.jobsearch import (
    AfterNoView,
    CheckInOutcome,
    MarkerKind,
    Opening,
    Stage,
    Via,
    stage_label,
    via_label,
)
from app.core.jobsearch.day_fill import DayFill, fill_in_the_day
from app.core.jobsearch.followups import FollowUp
from app.core.jobsearch.undo_delete import DeletedOpening, delete_keeping_a_copy, put_back
from app.core.workspace import Workspace
from app.ui.dates import short_date
from app.ui.jobsearch.port import Draft, HomeData, StageOutcome
from app.ui.jobsearch.views import (
    INTERVIEW,
    NO,
    AfterNoData,
    AfterNoSeries,
    Choice,
    LinkedEntry,
    OfferView,
    OpeningDraft,
    OpeningView,
    PersonDraft,
    PersonView,
    SearchEvent,
    StageMark,
    StepView,
)

EARLIEST = date(1900, 1, 1)
# The "this takes longer than anyone plans for" note rides with the offers, shown once.
LONG_SEARCH = "long-search-note"
FILLED = frozenset({CheckInOutcome.ADDED, CheckInOutcome.ALREADY_THERE})


def short_day(day: date) -> str:
    return short_date(day)


class CoreJobSearch:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._jobs = workspace.jobs

    # -- vocabulary ----------------------------------------------------------------------

    def vias(self) -> list[Choice]:
        return [Choice(via.value, via_label(via)) for via in Via]

    def stages(self) -> list[Choice]:
        return [Choice(stage.value, stage_label(stage)) for stage in Stage]

    # -- openings ------------------------------------------------------------------------

    def openings(self, today: date) -> list[OpeningView]:
        return [self._view(opening, today) for opening in self._jobs.openings.all()]

    def _view(self, opening: Opening, today: date) -> OpeningView:
        journal = self._workspace.journal
        entries = []
        for entry_id in opening.entry_ids:
            try:
                entry = journal.get(entry_id)
            except NotFoundError:
                continue
            if entry.deleted_at is None:
                entries.append(LinkedEntry(entry.id, entry.title, entry.created_at.date()))
        return OpeningView(
            id=opening.id,
            role=opening.role,
            organisation=opening.organisation,
            via=opening.via.value,
            stage=opening.stage.value,
            stage_label=f"{stage_label(opening.stage)} · {short_day(opening.stage_day)}",
            is_closed=opening.is_closed,
            folded=opening.is_folded(today),
            note=opening.note,
            history=tuple(StageMark(stage_label(c.stage), c.day) for c in opening.history),
            entries=tuple(entries),
        )

    def save_opening(self, opening_id: str | None, draft: OpeningDraft) -> str:
        openings, via = self._jobs.openings, Via(draft.via)
        if opening_id is None:
            return openings.add(draft.role, draft.organisation, via=via, note=draft.note).id
        edited = openings.edit(
            opening_id, role=draft.role, organisation=draft.organisation, via=via, note=draft.note
        )
        return edited.id

    def move(self, opening_id: str, stage: str, on: date) -> StageOutcome:
        moved = self._jobs.move_opening(opening_id, Stage(stage), on)
        return self._outcome(stage, moved.opening.stage_day, moved.outcome)

    def link_entry(self, opening_id: str, entry_id: str) -> None:
        self._jobs.openings.link_entry(opening_id, entry_id)

    def delete_opening(self, opening_id: str) -> object:
        return delete_keeping_a_copy(self._jobs, opening_id)

    def undo_delete(self, deleted: object) -> None:
        if isinstance(deleted, DeletedOpening):
            put_back(self._jobs, deleted)

    def close_without_reply(self, opening_id: str) -> None:
        # No reply adds no activity, so there is nothing to fill in the day.
        self._jobs.move_opening(opening_id, Stage.NO_REPLY)

    # -- people --------------------------------------------------------------------------

    def people(self) -> list[PersonView]:
        return [
            PersonView(p.id, p.name, p.how_we_met, p.last_talked, p.opening_ids)
            for p in self._jobs.people.all()
        ]

    def save_person(self, person_id: str | None, draft: PersonDraft) -> str:
        people = self._jobs.people
        if person_id is None:
            person = people.add(draft.name, draft.how_met, draft.last_talked)
        else:
            person = people.edit(
                person_id, name=draft.name, how_we_met=draft.how_met, last_talked=draft.last_talked
            )
        wanted, linked = set(draft.opening_ids), set(person.opening_ids)
        for opening_id in sorted(wanted - linked):
            people.link_opening(person.id, opening_id)
        for opening_id in sorted(linked - wanted):
            people.unlink_opening(person.id, opening_id)
        return person.id

    def delete_person(self, person_id: str) -> None:
        self._jobs.people.remove(person_id)

    # -- Home ----------------------------------------------------------------------------

    def home(self, now: datetime) -> HomeData:
        jobs = self._jobs
        suggestion = jobs.someone_to_reach_out_to()
        offers = [_offer(followup) for followup in jobs.followups_due()]
        long_search = jobs.long_search_note()
        if long_search is not None:  # once, after a long search or many no's
            offers.insert(
                0, OfferView(LONG_SEARCH, long_search.title, long_search.body, can_draft=False)
            )
        return HomeData(
            day_off=jobs.is_day_off(now.date()),
            offers=tuple(offers),
            summary=jobs.weekly_summary(now.date()).lines,
            reach_out="" if suggestion is None else suggestion.line,
        )

    def dismiss(self, offer: OfferView) -> None:
        if offer.key == LONG_SEARCH:
            self._jobs.mark_long_search_note_shown()
        else:
            self._jobs.dismiss_followup(offer.key)

    def draft(self, offer: OfferView) -> Draft:
        for followup in self._jobs.followups_due():
            if followup.key == offer.key:
                return Draft(followup.draft_title, followup.draft_body, followup.opening_id)
        raise NotFoundError("That idea is no longer on offer.")

    def set_day_off(self, today: date, day_off: bool) -> None:
        self._jobs.set_day_off(day_off, today)

    def steps(self) -> list[StepView]:
        return [
            StepView(step.title, step.text, step.taken, key=step.key, can_mark=step.can_be_marked)
            for step in self._jobs.steps()
        ]

    def mark_step(self, key: str, done: bool) -> None:
        self._jobs.mark_step(key, done)

    def record_no(self, on: date) -> StageOutcome:
        """A no without an opening named: the day's check-in still gets it."""
        return self.fill_day(Stage.NO.value, on)

    def fill_day(self, stage: str, on: date) -> StageOutcome:
        workspace = self._workspace
        filled: DayFill = fill_in_the_day(
            workspace.checkins, workspace.activities, Stage(stage), on
        )
        return self._outcome(stage, on, filled.outcome)

    @staticmethod
    def _outcome(stage: str, day: date, outcome: CheckInOutcome) -> StageOutcome:
        return StageOutcome(
            stage=stage,
            day=day,
            added_to_checkin=outcome in FILLED,
            offer_checkin=outcome == CheckInOutcome.NO_CHECKIN,
        )

    # -- Insights ------------------------------------------------------------------------

    def search_events(self) -> list[SearchEvent]:
        kinds = {MarkerKind.INTERVIEW: INTERVIEW, MarkerKind.NO: NO}
        markers = self._jobs.markers(EARLIEST, self._jobs.today())
        return [SearchEvent(kinds[marker.kind], marker.day) for marker in markers]

    def after_no(self) -> AfterNoData:
        view: AfterNoView = self._jobs.days_after_no()
        return AfterNoData(
            sentence=view.sentence or "",
            series=(
                AfterNoSeries("mood", view.usual_mood, tuple(n.mood for n in view.nos)),
                AfterNoSeries("energy", view.usual_energy, tuple(n.energy for n in view.nos)),
            ),
        )


def _offer(followup: FollowUp) -> OfferView:
    return OfferView(
        key=followup.key,
        title=followup.title,
        text=followup.body,
        opening_id=followup.opening_id,
        can_close=followup.offers_close,
    )
