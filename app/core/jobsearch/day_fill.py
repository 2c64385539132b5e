"""A stage change fills in the day: the matching activity goes into that day's check-in.

One function for the window and the command line. It never makes a check-in on its own:
when the day has none, it says so and the window offers one (a check-in is the person's
own account of the day, not something Tend writes for them).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.core.checkins import ActivityService, CheckInService, CheckInValues
from app.core.jobsearch.model import CheckInOutcome, Stage
from app.core.jobsearch.vocabulary import stage_activity_keys


@dataclass(frozen=True)
class DayFill:
    outcome: CheckInOutcome
    checkin_id: str | None = None
    activity_keys: tuple[str, ...] = ()


def fill_in_the_day(
    checkins: CheckInService, activities: ActivityService, stage: Stage, day: date
) -> DayFill:
    """Add the activities ``stage`` stands for to the last check-in of ``day``.

    Activities the person hid are left out: hiding one is how they said they do not want
    to record it.
    """
    wanted = [activities.with_key(key) for key in stage_activity_keys(stage)]
    found = [activity for activity in wanted if activity is not None and not activity.hidden]
    if not found:
        return DayFill(CheckInOutcome.NOTHING_TO_ADD)
    keys = tuple(activity.builtin_key or "" for activity in found)
    day_checkins = checkins.for_day(day)
    if not day_checkins:
        return DayFill(CheckInOutcome.NO_CHECKIN, activity_keys=keys)
    latest = day_checkins[-1]
    missing = tuple(activity.id for activity in found if activity.id not in latest.activity_ids)
    if not missing:
        return DayFill(CheckInOutcome.ALREADY_THERE, latest.id, keys)
    values = CheckInValues.from_checkin(latest)
    checkins.edit(latest.id, replace(values, activity_ids=values.activity_ids + missing))
    return DayFill(CheckInOutcome.ADDED, latest.id, keys)
