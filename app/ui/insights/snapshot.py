"""Everything the insights view shows, gathered in one call that runs off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.insights import (
    ActivityImpact,
    DayDetail,
    Insights,
    TrendData,
    TrendRange,
    YearCalendar,
)


@dataclass(frozen=True)
class InsightsSnapshot:
    today: date
    trend: TrendData
    calendar: YearCalendar
    impacts: tuple[ActivityImpact, ...]
    day: DayDetail


def load_snapshot(
    insights: Insights, trend_range: TrendRange, year: int | None = None, day: date | None = None
) -> InsightsSnapshot:
    today = insights.today()
    chosen_day = day or today
    return InsightsSnapshot(
        today=today,
        trend=insights.trend(trend_range),
        calendar=insights.year_calendar(year or chosen_day.year),
        impacts=tuple(insights.activity_impact()),
        day=insights.day_detail(chosen_day),
    )
