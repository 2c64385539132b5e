"""The job search as the window and the command line use it: one object, plain values.

It wires the openings, the people and the search's small settings together with the
check-ins (a stage change fills in the day) and the journal (linked entries), and answers
the questions the Home cards, the search page and Insights ask.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from app.core.checkins import ActivityService, CheckInService
from app.core.clock import Clock, system_clock
from app.core.db.database import Database
from app.core.errors import UsageError
from app.core.jobsearch import (
    after_no,
    followups,
    reach_out,
    stage_prompts,
    steps,
    summary,
    watcher_context,
)
from app.core.jobsearch.day_fill import fill_in_the_day
from app.core.jobsearch.model import CheckInOutcome, Stage, StageMove
from app.core.jobsearch.openings import Openings
from app.core.jobsearch.people import SearchPeople
from app.core.jobsearch.search_state import SearchState
from app.core.journal import Journal
from app.core.prompts.library import PromptLibrary
from app.core.watcher.saved_text import CrisisTextReader


class JobSearch:
    """``openings`` and ``people`` hold the records; the methods here join things up."""

    def __init__(
        self,
        database: Database,
        checkins: CheckInService,
        activities: ActivityService,
        journal: Journal,
        clock: Clock = system_clock,
        *,
        read_crisis: CrisisTextReader,
    ) -> None:
        # Roles, organisations, notes, names and how-we-mets are read for crisis words.
        self.openings = Openings(database, clock, read_crisis=read_crisis)
        self.people = SearchPeople(database, clock, read_crisis=read_crisis)
        self.state = SearchState(database)
        self._checkins = checkins
        self._activities = activities
        self._journal = journal
        self._clock = clock

    def today(self) -> date:
        return self._clock().date()

    # -- stage changes fill in the day ------------------------------------------------

    def move_opening(self, opening_id: str, stage: Stage, day: date | None = None) -> StageMove:
        """Move an opening to ``stage`` and add the matching activity to that day's
        check-in (see day_fill). A future interview date records nothing yet."""
        opening = self.openings.record_stage(opening_id, stage, day)
        when = opening.stage_day
        if when > self.today():
            return StageMove(opening, CheckInOutcome.NOT_YET)
        filled = fill_in_the_day(self._checkins, self._activities, stage, when)
        return StageMove(opening, filled.outcome, filled.checkin_id, filled.activity_keys)

    def delete_opening(self, opening_id: str) -> None:
        """The opening and everything only about it; linked journal entries stay."""
        self.openings.delete(opening_id)
        self.state.forget_opening(opening_id)

    # -- follow-ups -------------------------------------------------------------------

    def followups_due(self) -> list[followups.FollowUp]:
        """The offers for now; none on a day off from the search."""
        if self.is_day_off():
            return []
        return followups.followups_due(self.openings.all(), self._clock(), self.state.dismissed())

    def dismiss_followup(self, key: str) -> None:
        """Never offer this one again (also call it after "Draft it here" or closing)."""
        self.state.dismiss(key)

    def prompts_for_recent_changes(
        self, library: PromptLibrary, day: date | None = None
    ) -> stage_prompts.StagePrompts | None:
        """The prompts a recent stage change brings to Home's prompt card (before or after
        an interview, a verbal offer, ...), or None; none on a day off from the search."""
        if self.is_day_off(day):
            return None
        zone = self._clock().tzinfo
        changes = [
            replace(change, recorded_at=change.recorded_at.astimezone(zone))
            for change in stage_prompts.changes_that_still_stand(self.openings.all())
        ]
        return stage_prompts.stage_prompts(changes, self.today() if day is None else day, library)

    # -- day off ----------------------------------------------------------------------

    def is_day_off(self, day: date | None = None) -> bool:
        return self.state.is_day_off(self.today() if day is None else day)

    def set_day_off(self, off: bool, day: date | None = None) -> None:
        self.state.set_day_off(self.today() if day is None else day, off)

    # -- what was done ----------------------------------------------------------------

    def weekly_summary(self, day: date | None = None) -> summary.WeekSummary:
        """The week (Monday to Sunday) holding ``day`` (this week unless said)."""
        today = self.today()
        start, end = summary.week_of(today if day is None else day)
        openings = self.openings.all()
        linked = {entry_id for opening in openings for entry_id in opening.entry_ids}
        linked_days = [
            entry.created_at.date()
            for entry in self._journal.entries_between(start, end)
            if entry.id in linked
        ]
        networking = self._activities.with_key(summary.NETWORKING_KEY)
        return summary.weekly_summary(
            start,
            today,
            openings=openings,
            people=self.people.all(),
            checkins=self._checkins.list_between(start, end),
            networking_activity_id=None if networking is None else networking.id,
            linked_entry_days=linked_days,
        )

    def steps(self) -> list[steps.SearchStep]:
        return steps.search_steps(
            self.openings.all(),
            self.people.all(),
            self.state.days_off(),
            self.state.marked_steps(),
        )

    def mark_step(self, key: str, done: bool) -> None:
        if key not in steps.step_keys():
            raise UsageError("That isn't one of the steps of a search.")
        self.state.mark_step(key, done)

    def someone_to_reach_out_to(self) -> reach_out.ReachOutSuggestion | None:
        """For the weekly "reach out to someone" prompt: one person from the list, or None."""
        return reach_out.someone_to_reach_out_to(self.people.all())

    # -- insights ---------------------------------------------------------------------

    def markers(self, start: date, end: date) -> list[after_no.SearchMarker]:
        """Interview and no days for the trend charts (dates only, nothing about whom)."""
        return after_no.search_markers(self.openings.all(), start, end)

    def days_after_no(self) -> after_no.AfterNoView:
        today = self.today()
        nos = after_no.no_days(self.openings.all())
        start = min([today - timedelta(days=after_no.USUAL_WINDOW_DAYS), *nos])
        checkins = self._checkins.list_between(start, today)
        return after_no.days_after_no(nos, checkins, today)

    def heard_no_on(self, day: date) -> bool:
        """Whether an opening moved to "no" on ``day``: the prompts' "after a no" moment,
        even on a day without a check-in."""
        return day in after_no.no_days(self.openings.all())

    # -- the watcher's context --------------------------------------------------------

    def support_kinds_order(
        self, prompt_kind: str, last_day: date, window_days: int
    ) -> tuple[str, ...]:
        """The order of support options for a watcher note whose window ends on
        ``last_day``: job-search help first when two or more no's fall in it (a crisis
        note's order never changes)."""
        nos = after_no.no_days(self.openings.all())
        count = watcher_context.nos_in_window(nos, last_day, window_days)
        return watcher_context.support_kinds_order(prompt_kind, count)

    def long_search_note(self) -> watcher_context.LongSearchNote | None:
        """The once-only "this takes longer than anyone plans for" note, when it is due."""
        return watcher_context.long_search_note(
            self.openings.all(), self.today(), self.state.long_search_note_shown()
        )

    def mark_long_search_note_shown(self) -> None:
        self.state.set_long_search_note_shown()
