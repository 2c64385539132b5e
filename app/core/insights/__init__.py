"""Insights: trends, a year calendar and activity impact, aggregated in SQL."""

from app.core.insights.model import (
    ActivityImpact,
    CalendarDay,
    Comparison,
    DayDetail,
    ScaleSeries,
    TrendData,
    TrendRange,
    YearCalendar,
)
from app.core.insights.service import Insights

__all__ = [
    "ActivityImpact",
    "CalendarDay",
    "Comparison",
    "DayDetail",
    "Insights",
    "ScaleSeries",
    "TrendData",
    "TrendRange",
    "YearCalendar",
]
