"""Insights over the open vault: trends, the year calendar, activity impact, a day's detail."""

from __future__ import annotations

from datetime import date

from app.core.checkins.service import CheckInService
from app.core.clock import Clock, system_clock
from app.core.db.database import Database
from app.core.insights import (
    calendar,
    day_detail,
    impact,
    month,
    on_this_day,
    patterns,
    ranges,
    trends,
)
from app.core.insights.model import ActivityImpact, DayDetail, TrendData, TrendRange, YearCalendar
from app.core.insights.month import MonthCalendar
from app.core.insights.patterns import ScaleSpread, WeekdayPattern
from app.core.journal import Journal


class Insights:
    def __init__(
        self,
        database: Database,
        checkins: CheckInService,
        journal: Journal,
        clock: Clock = system_clock,
    ) -> None:
        self._db = database
        self._checkins = checkins
        self._journal = journal
        self._clock = clock

    def today(self) -> date:
        return self._clock().date()

    def trend(self, trend_range: TrendRange) -> TrendData:
        """Each scale's day means and 7-day rolling mean over the range, ending today."""
        with self._db.reader() as session:
            first = trends.first_day(session) if trend_range.value is None else None
            start, end = ranges.range_days(trend_range, self.today(), first)
            return trends.trend(session, start, end)

    def trend_between(self, start: date, end: date) -> TrendData:
        with self._db.reader() as session:
            return trends.trend(session, start, end)

    def year_calendar(self, year: int) -> YearCalendar:
        with self._db.reader() as session:
            return calendar.year_calendar(session, year)

    def years_with_data(self) -> list[int]:
        with self._db.reader() as session:
            return calendar.years_with_data(session)

    def activity_impact(
        self, start: date | None = None, end: date | None = None
    ) -> list[ActivityImpact]:
        with self._db.reader() as session:
            return impact.activity_impact(session, start, end)

    def day_detail(self, day: date) -> DayDetail:
        return day_detail.day_detail(self._checkins, self._journal, day)

    # -- the views a mood journal is expected to have ------------------------------------

    def month_calendar(self, year: int, month_number: int) -> MonthCalendar:
        with self._db.reader() as session:
            return month.month_calendar(session, year, month_number)

    def range_days(self, trend_range: TrendRange) -> tuple[date, date]:
        with self._db.reader() as session:
            first = trends.first_day(session) if trend_range.value is None else None
        return ranges.range_days(trend_range, self.today(), first)

    def weekday_pattern(self, trend_range: TrendRange) -> WeekdayPattern:
        start, end = self.range_days(trend_range)
        with self._db.reader() as session:
            return patterns.weekday_pattern(session, start, end)

    def scale_spreads(self, trend_range: TrendRange) -> dict[str, ScaleSpread]:
        start, end = self.range_days(trend_range)
        with self._db.reader() as session:
            return patterns.scale_spreads(session, start, end)

    def on_this_day(self, today: date | None = None) -> list[DayDetail]:
        """Each earlier year's same date that has something, newest first (see on_this_day)."""
        day = today or self.today()
        with self._db.reader() as session:
            days = on_this_day.earlier_days(session, day)
        return [self.day_detail(found) for found in days]
