"""Reading the moment from the day's check-ins: did one of them record a rejection?"""

from __future__ import annotations

from datetime import date

from app.core.checkins.activity_model import REJECTION_KEY
from app.core.checkins.activity_service import ActivityService
from app.core.checkins.service import CheckInService
from app.core.prompts.choosing import Moment


def moment_of_day(checkins: CheckInService, activities: ActivityService, day: date) -> Moment:
    """The built-in "rejection" activity counts under whatever name the person gave it."""
    rejection = activities.with_key(REJECTION_KEY)
    if rejection is None:
        return Moment()
    recorded = any(rejection.id in c.activity_ids for c in checkins.for_day(day))
    return Moment(after_rejection=recorded)
