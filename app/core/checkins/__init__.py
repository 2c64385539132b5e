"""Mood check-ins: mood, energy, interest and focus on 1-5 scales, plus activities."""

from app.core.checkins.model import SCALES, CheckIn

__all__ = ["SCALES", "CheckIn"]
