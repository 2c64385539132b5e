"""Which calendar days a trend range covers."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.insights.model import TrendRange


def range_days(trend_range: TrendRange, today: date, first_day: date | None) -> tuple[date, date]:
    """Start and end (inclusive). "Everything" starts at the first day with data."""
    if trend_range.value is None:
        start = today if first_day is None else min(first_day, today)
        return start, today
    return today - timedelta(days=trend_range.value - 1), today
