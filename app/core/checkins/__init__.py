"""Mood check-ins: mood, energy, interest and focus on 1-5 scales, plus activities."""

from app.core.checkins.activity_model import REJECTION_KEY, Activity, ActivityGroup
from app.core.checkins.activity_service import ActivityService
from app.core.checkins.model import SCALES, CheckIn
from app.core.checkins.scales import SCALE_INFO, ScaleInfo
from app.core.checkins.service import CheckInService
from app.core.checkins.values import CheckInValues

__all__ = [
    "REJECTION_KEY",
    "SCALES",
    "SCALE_INFO",
    "Activity",
    "ActivityGroup",
    "ActivityService",
    "CheckIn",
    "CheckInService",
    "CheckInValues",
    "ScaleInfo",
]
