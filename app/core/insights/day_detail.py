"""A day's check-ins and journal entries side by side."""

from __future__ import annotations

from datetime import date

from app.core.checkins.service import CheckInService
from app.core.insights.model import DayDetail
from app.core.journal import EntryFilter, Journal

MAX_ENTRIES_PER_DAY = 500


def day_detail(checkins: CheckInService, journal: Journal, day: date) -> DayDetail:
    entries, _ = journal.list_page(EntryFilter(start=day, end=day), limit=MAX_ENTRIES_PER_DAY)
    return DayDetail(
        day=day,
        checkins=tuple(checkins.for_day(day)),
        # Oldest first, the way the day went.
        entries=tuple(reversed(entries)),
    )
