"""Deleting an opening keeps an in-memory copy, so Undo puts it back with its stages on
their days and its links to entries and people that still exist."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.jobsearch import Stage, Via
from app.core.jobsearch.undo_delete import delete_keeping_a_copy, put_back
from app.core.workspace import Workspace

TODAY = date(2025, 3, 14)


def test_undo_brings_back_the_opening_its_history_and_its_links(space: Workspace) -> None:
    jobs = space.jobs
    opening = jobs.openings.add(
        "Data analyst", "Harbour Trust", via=Via.PERSON, note="Ana's team", day=TODAY
    )
    jobs.openings.record_stage(opening.id, Stage.APPLIED, TODAY)
    jobs.openings.record_stage(opening.id, Stage.INTERVIEWING, TODAY + timedelta(days=3))
    entry = space.journal.create("Cover letter", "Second draft")
    jobs.openings.link_entry(opening.id, entry.id)
    person = jobs.people.add("Ana", "A former colleague")
    jobs.people.link_opening(person.id, opening.id)

    deleted = delete_keeping_a_copy(jobs, opening.id)
    assert jobs.openings.all() == []
    assert jobs.people.get(person.id).opening_ids == ()

    back = put_back(jobs, deleted)
    assert (back.role, back.organisation, back.via, back.note) == (
        "Data analyst",
        "Harbour Trust",
        Via.PERSON,
        "Ana's team",
    )
    assert [(c.stage, c.day) for c in back.history] == [
        (Stage.NOTICED, TODAY),
        (Stage.APPLIED, TODAY),
        (Stage.INTERVIEWING, TODAY + timedelta(days=3)),
    ]
    assert back.entry_ids == (entry.id,)
    assert jobs.people.get(person.id).opening_ids == (back.id,)


def test_undo_skips_links_to_what_was_removed_in_between(space: Workspace) -> None:
    jobs = space.jobs
    opening = jobs.openings.add("Archivist", "County Museum")
    entry = space.journal.create("Notes", "words")
    jobs.openings.link_entry(opening.id, entry.id)
    person = jobs.people.add("Sam")
    jobs.people.link_opening(person.id, opening.id)

    deleted = delete_keeping_a_copy(jobs, opening.id)
    space.journal.move_to_trash(entry.id)
    jobs.people.remove(person.id)
    back = put_back(jobs, deleted)

    assert back.entry_ids == ()
    assert jobs.people.all() == []
    assert [o.id for o in jobs.openings.all()] == [back.id]
