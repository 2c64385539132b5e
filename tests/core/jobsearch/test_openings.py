"""Openings: stages with their days, links to entries, folding away, and deleting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.core.db.jobsearch_tables import OpeningEntryRow, OpeningStageRow, PersonOpeningRow
from app.core.errors import NotFoundError, UsageError
from app.core.jobsearch import Stage, Via
from app.core.workspace import Workspace
from tests.support.clock import ManualClock

TODAY = date(2025, 3, 14)


def test_a_new_opening_starts_noticed_today_with_its_details(space: Workspace) -> None:
    opening = space.jobs.openings.add("Data analyst", "Harbour Trust", via=Via.PERSON)

    again = space.jobs.openings.get(opening.id)
    assert (again.role, again.organisation, again.via) == (
        "Data analyst",
        "Harbour Trust",
        Via.PERSON,
    )
    assert again.stage == Stage.NOTICED
    assert again.stage_day == TODAY


def test_moving_keeps_the_history_and_each_interview_date(space: Workspace) -> None:
    jobs = space.jobs
    opening = jobs.openings.add("Analyst", "Harbour")
    jobs.move_opening(opening.id, Stage.APPLIED, TODAY - timedelta(days=10))
    jobs.move_opening(opening.id, Stage.INTERVIEWING, TODAY - timedelta(days=3))
    moved = jobs.move_opening(opening.id, Stage.INTERVIEWING, TODAY + timedelta(days=4)).opening

    assert [change.stage for change in moved.history] == [
        Stage.NOTICED,
        Stage.APPLIED,
        Stage.INTERVIEWING,
        Stage.INTERVIEWING,
    ]
    assert moved.interview_days == (TODAY - timedelta(days=3), TODAY + timedelta(days=4))
    assert moved.day_of(Stage.APPLIED) == TODAY - timedelta(days=10)


def test_only_an_interview_can_be_dated_ahead(space: Workspace) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")

    with pytest.raises(UsageError, match="Only an interview"):
        space.jobs.move_opening(opening.id, Stage.APPLIED, TODAY + timedelta(days=1))

    assert space.jobs.openings.get(opening.id).stage == Stage.NOTICED


def test_an_opening_needs_a_role(space: Workspace) -> None:
    with pytest.raises(UsageError, match="role"):
        space.jobs.openings.add("   ", "Harbour")


def test_unknown_opening_is_a_clear_not_found(space: Workspace) -> None:
    with pytest.raises(NotFoundError, match="opening"):
        space.jobs.move_opening("no-such-id", Stage.APPLIED)


def test_an_entry_links_to_an_opening_and_the_opening_lists_it(space: Workspace) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    entry = space.journal.create("Interview notes", "It went well.")

    space.jobs.openings.link_entry(opening.id, entry.id)
    space.jobs.openings.link_entry(opening.id, entry.id)

    assert space.jobs.openings.get(opening.id).entry_ids == (entry.id,)
    assert [o.id for o in space.jobs.openings.for_entry(entry.id)] == [opening.id]


def test_closed_openings_fold_away_after_sixty_days(space: Workspace, clock: ManualClock) -> None:
    jobs = space.jobs
    closed = jobs.openings.add("Analyst", "Harbour")
    jobs.move_opening(closed.id, Stage.NO)
    still_open = jobs.openings.add("Planner", "Quay")

    clock.advance(days=60)
    assert {o.id for o in jobs.openings.all(include_folded=False)} == {closed.id, still_open.id}

    clock.advance(days=1)
    assert [o.id for o in jobs.openings.all(include_folded=False)] == [still_open.id]
    assert jobs.openings.folded_count() == 1
    assert [o.id for o in jobs.openings.all(open_only=True)] == [still_open.id]


def test_deleting_an_opening_removes_what_is_only_about_it_and_keeps_entries(
    space: Workspace, vault
) -> None:
    jobs = space.jobs
    opening = jobs.openings.add("Analyst", "Harbour")
    jobs.move_opening(opening.id, Stage.NO)
    entry = space.journal.create("A hard day", "Heard no.")
    jobs.openings.link_entry(opening.id, entry.id)
    person = jobs.people.add("Sam", "old team")
    jobs.people.link_opening(person.id, opening.id)
    due = jobs.followups_due()
    jobs.dismiss_followup(due[0].key)

    jobs.delete_opening(opening.id)

    assert jobs.openings.all() == []
    assert space.journal.get(entry.id).body == "Heard no."
    assert jobs.people.get(person.id).opening_ids == ()
    assert jobs.state.dismissed() == frozenset()
    with vault.database.reader() as session:
        for table in (OpeningStageRow, OpeningEntryRow, PersonOpeningRow):
            assert session.scalar(select(func.count()).select_from(table)) == 0


def test_an_entry_in_the_trash_is_not_listed_but_comes_back_with_its_link(
    space: Workspace,
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    entry = space.journal.create("Interview notes", "It went well.")
    space.jobs.openings.link_entry(opening.id, entry.id)

    space.journal.move_to_trash(entry.id)
    assert space.jobs.openings.get(opening.id).entry_ids == ()

    space.journal.restore_from_trash(entry.id)
    assert space.jobs.openings.get(opening.id).entry_ids == (entry.id,)


def test_moving_to_the_stage_it_is_at_is_refused_except_for_another_interview(
    space: Workspace,
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.APPLIED)

    with pytest.raises(UsageError, match='already at "Applied"'):
        space.jobs.move_opening(opening.id, Stage.APPLIED)

    space.jobs.move_opening(opening.id, Stage.INTERVIEWING)
    again = space.jobs.move_opening(opening.id, Stage.INTERVIEWING, TODAY + timedelta(days=2))
    assert len(again.opening.interview_days) == 2
