"""The week's effort as what was done, and the steps of a search with the person's progress."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.checkins import CheckInValues
from app.core.jobsearch import Stage
from app.core.workspace import Workspace
from tests.support.clock import ManualClock

TODAY = date(2025, 3, 14)  # a Friday
MONDAY = date(2025, 3, 10)


def test_the_week_counts_what_was_done(space: Workspace, clock: ManualClock) -> None:
    jobs = space.jobs
    first = jobs.openings.add("Analyst", "Harbour")
    jobs.move_opening(first.id, Stage.APPLIED, MONDAY)
    second = jobs.openings.add("Planner", "Quay")
    jobs.move_opening(second.id, Stage.APPLIED, MONDAY - timedelta(days=1))  # last week
    jobs.move_opening(second.id, Stage.INTERVIEWING, TODAY - timedelta(days=1))
    jobs.move_opening(second.id, Stage.INTERVIEWING, TODAY + timedelta(days=1))  # not yet
    jobs.people.add("Sam", last_talked=TODAY - timedelta(days=2))
    networking = space.activities.with_key("networking")
    assert networking is not None
    space.checkins.create(CheckInValues(mood=3, activity_ids=(networking.id,)))
    entry = space.journal.create("What I learned", "Ask about the team first.")
    jobs.openings.link_entry(second.id, entry.id)

    week = jobs.weekly_summary()

    assert (week.start, week.end) == (MONDAY, MONDAY + timedelta(days=6))
    assert (week.applications, week.conversations, week.interviews, week.things_learned) == (
        1, 2, 1, 1,
    )  # fmt: skip
    assert week.lines == (
        "You sent one application.",
        "You had 2 conversations with people in your search.",
        "You went to one interview.",
        "You wrote down one thing you learned.",
    )


def test_a_quiet_week_is_worded_as_quieter_never_as_missed(space: Workspace) -> None:
    week = space.jobs.weekly_summary()

    assert week.applications == week.interviews == 0
    assert len(week.lines) == 1
    assert "quieter" in week.lines[0]
    assert not any(word in week.lines[0].lower() for word in ("missed", "only", "goal", "streak"))


def test_steps_show_what_the_journal_shows_and_what_the_person_marked(space: Workspace) -> None:
    jobs = space.jobs
    opening = jobs.openings.add("Analyst", "Harbour")
    jobs.move_opening(opening.id, Stage.APPLIED)
    jobs.mark_step("direction", True)

    steps = {step.key: step for step in jobs.steps()}

    assert steps["notice"].taken and steps["apply"].taken
    assert not steps["interview"].taken
    assert steps["direction"].taken and steps["direction"].marked_by_person
    assert not steps["materials"].taken and steps["materials"].can_be_marked
    jobs.mark_step("direction", False)
    assert not {step.key: step for step in jobs.steps()}["direction"].taken


def test_a_day_off_is_kept_per_day(space: Workspace, clock: ManualClock) -> None:
    space.jobs.set_day_off(True)

    assert space.jobs.is_day_off()
    clock.advance(days=1)
    assert not space.jobs.is_day_off()
    assert space.jobs.is_day_off(TODAY)
