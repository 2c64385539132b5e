"""A check-in that records a rejection changes which prompts come first that day."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.core.checkins import REJECTION_KEY, ActivityService, CheckInService, CheckInValues
from app.core.prompts import moment_of_day
from tests.core.checkins.conftest import NOW


def test_a_rejection_checkin_marks_its_day_only(
    checkins: CheckInService, activities: ActivityService
) -> None:
    today = NOW.date()
    assert not moment_of_day(checkins, activities, today).after_rejection
    rejection = activities.with_key(REJECTION_KEY)
    assert rejection is not None
    checkins.create(CheckInValues(mood=2, activity_ids=(rejection.id,)))
    checkins.create(CheckInValues(mood=3))  # a later, ordinary check-in the same day
    assert moment_of_day(checkins, activities, today).after_rejection
    assert not moment_of_day(checkins, activities, today - timedelta(days=1)).after_rejection


def test_a_renamed_rejection_activity_still_counts(
    checkins: CheckInService, activities: ActivityService
) -> None:
    rejection = activities.with_key(REJECTION_KEY)
    assert rejection is not None
    activities.rename(rejection.id, "Got a no")
    day = date(2026, 3, 1)
    at = datetime(2026, 3, 1, 10, 0, tzinfo=NOW.tzinfo)
    checkins.backfill(CheckInValues(activity_ids=activities.resolve_names(["got a no"])), at)
    assert moment_of_day(checkins, activities, day).after_rejection
