"""Follow-ups appear at their moment, once, and never count anything as missed."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.core.jobsearch import FollowUpKind, Stage
from app.core.jobsearch.followups import followups_due
from app.core.workspace import Workspace
from tests.support.clock import ManualClock

TODAY = date(2025, 3, 14)
ZONE = timezone(timedelta(hours=1))


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=ZONE)


def _kinds(space: Workspace) -> list[FollowUpKind]:
    return [offer.kind for offer in space.jobs.followups_due()]


def test_thank_you_comes_the_evening_of_an_interview_and_the_next_day(
    space: Workspace, clock: ManualClock
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.INTERVIEWING)

    clock.now = _at(TODAY, 11)
    assert _kinds(space) == []
    clock.now = _at(TODAY, 18)
    assert _kinds(space) == [FollowUpKind.THANK_YOU]
    clock.now = _at(TODAY + timedelta(days=1), 9)
    assert _kinds(space) == [FollowUpKind.THANK_YOU]
    clock.now = _at(TODAY + timedelta(days=2), 9)
    assert _kinds(space) == []


def test_the_thank_you_reads_right_on_both_days_it_is_offered(
    space: Workspace, clock: ManualClock
) -> None:
    # Offered the evening of the interview and the next day: its words must not say
    # "today" or "this evening" about an interview that was yesterday.
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.INTERVIEWING)
    for moment in (_at(TODAY, 18), _at(TODAY + timedelta(days=1), 9)):
        clock.now = moment
        (offer,) = space.jobs.followups_due()
        said = " ".join((offer.title, offer.body, offer.draft_title, offer.draft_body)).lower()
        assert "today" not in said and "this evening" not in said, said


def test_a_thank_you_is_not_offered_before_a_planned_interview(
    space: Workspace, clock: ManualClock
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.INTERVIEWING, TODAY + timedelta(days=3))

    clock.now = _at(TODAY, 20)
    assert _kinds(space) == []
    clock.now = _at(TODAY + timedelta(days=3), 19)
    assert _kinds(space) == [FollowUpKind.THANK_YOU]


def test_after_a_no_grief_comes_that_day_and_feedback_two_or_three_days_later(
    space: Workspace, clock: ManualClock
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.NO)

    assert _kinds(space) == [FollowUpKind.GRIEF_FIRST]
    clock.advance(days=1)
    assert _kinds(space) == []
    clock.advance(days=1)
    assert _kinds(space) == [FollowUpKind.ASK_FEEDBACK]
    clock.advance(days=1)
    assert _kinds(space) == [FollowUpKind.ASK_FEEDBACK]
    clock.advance(days=1)
    assert _kinds(space) == []


def test_three_weeks_without_a_reply_offers_to_close_it(
    space: Workspace, clock: ManualClock
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.APPLIED)

    clock.advance(days=20)
    assert _kinds(space) == []
    clock.advance(days=1)
    offers = space.jobs.followups_due()
    assert [offer.kind for offer in offers] == [FollowUpKind.ALL_RIGHT_TO_CLOSE]
    assert offers[0].offers_close

    space.jobs.move_opening(opening.id, Stage.NO_REPLY)
    assert _kinds(space) == []


def test_a_verbal_offer_says_keep_other_doors_open_until_in_writing(
    space: Workspace, clock: ManualClock
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.VERBAL_OFFER)

    assert _kinds(space) == [FollowUpKind.KEEP_DOORS_OPEN]
    clock.advance(days=5)
    assert _kinds(space) == [FollowUpKind.KEEP_DOORS_OPEN]
    space.jobs.move_opening(opening.id, Stage.OFFER_IN_WRITING)
    assert _kinds(space) == []


def test_a_dismissed_offer_never_comes_back(space: Workspace, clock: ManualClock) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.VERBAL_OFFER)
    [offer] = space.jobs.followups_due()

    space.jobs.dismiss_followup(offer.key)
    clock.advance(days=3)

    assert _kinds(space) == []


def test_grief_comes_before_feedback_when_both_are_due(
    space: Workspace, clock: ManualClock
) -> None:
    first = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(first.id, Stage.NO, TODAY - timedelta(days=2))
    second = space.jobs.openings.add("Planner", "Quay")
    space.jobs.move_opening(second.id, Stage.NO)

    assert _kinds(space) == [FollowUpKind.GRIEF_FIRST, FollowUpKind.ASK_FEEDBACK]


def test_cards_name_the_role_never_the_organisation(space: Workspace) -> None:
    opening = space.jobs.openings.add("Data analyst", "Harbour Trust")
    space.jobs.move_opening(opening.id, Stage.VERBAL_OFFER)

    [offer] = space.jobs.followups_due()

    assert "Data analyst" in offer.body
    assert "Harbour Trust" not in offer.title + offer.body
    assert "Harbour Trust" in offer.draft_body


def test_a_day_off_hides_the_offers(space: Workspace) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.VERBAL_OFFER)

    space.jobs.set_day_off(True)
    assert space.jobs.followups_due() == []
    assert space.jobs.is_day_off()
    space.jobs.set_day_off(False)
    assert _kinds(space) == [FollowUpKind.KEEP_DOORS_OPEN]


def test_the_pure_function_uses_only_the_time_it_is_given(space: Workspace) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    opening = space.jobs.move_opening(opening.id, Stage.NO).opening

    later = _at(TODAY + timedelta(days=2), 10)
    assert [o.kind for o in followups_due([opening], later)] == [FollowUpKind.ASK_FEEDBACK]
    assert followups_due([opening], later, dismissed={f"ask_feedback:{opening.id}:{TODAY}"}) == []
