"""A stage change fills in the day: the matching activity goes into that day's check-in."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.checkins import CheckInValues
from app.core.jobsearch import CheckInOutcome, Stage
from app.core.workspace import Workspace

TODAY = date(2025, 3, 14)


def _keys(space: Workspace, checkin_id: str) -> set[str | None]:
    checkin = space.checkins.get(checkin_id)
    return {space.activities.get(activity_id).builtin_key for activity_id in checkin.activity_ids}


def test_applying_adds_applied_to_todays_checkin(space: Workspace) -> None:
    checkin = space.checkins.create(CheckInValues(mood=3, note="a long day"))
    opening = space.jobs.openings.add("Analyst", "Harbour")

    move = space.jobs.move_opening(opening.id, Stage.APPLIED)

    assert move.outcome == CheckInOutcome.ADDED
    assert move.checkin_id == checkin.id
    assert _keys(space, checkin.id) == {"applied"}
    # The rest of the check-in is left as the person wrote it.
    kept = space.checkins.get(checkin.id)
    assert (kept.mood, kept.note) == (3, "a long day")


def test_a_no_adds_heard_back_and_rejection(space: Workspace) -> None:
    checkin = space.checkins.create(CheckInValues(mood=2))
    opening = space.jobs.openings.add("Analyst", "Harbour")

    move = space.jobs.move_opening(opening.id, Stage.NO)

    assert move.outcome == CheckInOutcome.ADDED
    assert _keys(space, checkin.id) == {"heard_back", "rejection"}


def test_without_a_checkin_today_it_says_so_and_writes_none(space: Workspace) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")

    move = space.jobs.move_opening(opening.id, Stage.INTERVIEWING)

    assert move.outcome == CheckInOutcome.NO_CHECKIN
    assert move.activity_keys == ("interview",)
    assert space.checkins.count() == 0


def test_an_activity_already_recorded_is_not_added_twice(space: Workspace) -> None:
    interview = space.activities.with_key("interview")
    assert interview is not None
    checkin = space.checkins.create(CheckInValues(mood=4, activity_ids=(interview.id,)))
    opening = space.jobs.openings.add("Analyst", "Harbour")

    move = space.jobs.move_opening(opening.id, Stage.INTERVIEWING)

    assert move.outcome == CheckInOutcome.ALREADY_THERE
    assert space.checkins.get(checkin.id).activity_ids == (interview.id,)


def test_a_past_day_fills_that_days_checkin_not_todays(space: Workspace, clock) -> None:
    earlier = clock() - timedelta(days=2)
    past = space.checkins.create(CheckInValues(mood=3), at=earlier)
    today = space.checkins.create(CheckInValues(mood=3))
    opening = space.jobs.openings.add("Analyst", "Harbour")

    move = space.jobs.move_opening(opening.id, Stage.APPLIED, TODAY - timedelta(days=2))

    assert move.checkin_id == past.id
    assert _keys(space, past.id) == {"applied"}
    assert _keys(space, today.id) == set()


def test_an_interview_dated_ahead_waits_for_its_day(space: Workspace) -> None:
    checkin = space.checkins.create(CheckInValues(mood=3))
    opening = space.jobs.openings.add("Analyst", "Harbour")

    move = space.jobs.move_opening(opening.id, Stage.INTERVIEWING, TODAY + timedelta(days=3))

    assert move.outcome == CheckInOutcome.NOT_YET
    assert _keys(space, checkin.id) == set()


def test_a_hidden_activity_is_left_out(space: Workspace) -> None:
    applied = space.activities.with_key("applied")
    assert applied is not None
    space.activities.set_hidden(applied.id, True)
    checkin = space.checkins.create(CheckInValues(mood=3))
    opening = space.jobs.openings.add("Analyst", "Harbour")

    move = space.jobs.move_opening(opening.id, Stage.APPLIED)

    assert move.outcome == CheckInOutcome.NOTHING_TO_ADD
    assert _keys(space, checkin.id) == set()


def test_noticing_records_no_activity(space: Workspace) -> None:
    space.checkins.create(CheckInValues(mood=3))
    opening = space.jobs.openings.add("Analyst", "Harbour")

    assert space.jobs.move_opening(opening.id, Stage.WITHDREW).outcome == (
        CheckInOutcome.NOTHING_TO_ADD
    )
