"""Sleep as a supporting signal: short nights may appear in a prompt's evidence, but never
raise a prompt on their own (sleep is hit by many things besides low mood).

Sleep trouble shows when, in the prompt's 14-day window, the nights under 6 hours are more
than half of the days with a sleep answer, and there are at least 3 such answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.core.watcher.days import DaySignals
from app.core.watcher.model import CHECKIN, SHORT_SLEEP, Evidence
from app.core.watcher.sustained import window

SHORT_SLEEP_UNDER_HOURS = 6.0
MIN_SLEEP_ANSWERS = 3


def sleep_evidence(day: date, by_day: Mapping[date, DaySignals]) -> tuple[Evidence, ...]:
    """The short nights in the window ending on ``day`` when they are most nights, else ()."""
    answered = [
        record
        for moment in window(day)
        if (record := by_day.get(moment)) is not None and record.sleep_hours is not None
    ]
    short = [
        Evidence(record.day, SHORT_SLEEP, CHECKIN, record.sleep_ids, hours=record.sleep_hours)
        for record in answered
        if record.sleep_hours is not None and record.sleep_hours < SHORT_SLEEP_UNDER_HOURS
    ]
    if len(answered) < MIN_SLEEP_ANSWERS or len(short) * 2 <= len(answered):
        return ()
    return tuple(short)
