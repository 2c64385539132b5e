"""A month as a grid of weeks (Monday first) with each day's mean mood."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.core.insights.calendar import YEAR_SQL
from app.core.insights.model import CalendarDay


@dataclass(frozen=True)
class MonthCalendar:
    year: int
    month: int
    days: dict[date, CalendarDay]  # only days with check-ins

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, monthrange(self.year, self.month)[1])

    def weeks(self) -> list[list[date | None]]:
        """Rows of seven, Monday first; None pads the days outside the month."""
        rows: list[list[date | None]] = []
        day = self.first - timedelta(days=self.first.weekday())
        while day <= self.last:
            rows.append(
                [
                    d if d.month == self.month else None
                    for d in (day + timedelta(days=i) for i in range(7))
                ]
            )
            day += timedelta(days=7)
        return rows


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` away, across year ends."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def clamp_day(day: date, year: int, month: int) -> date:
    """The same day number in another month, or that month's last day (31 → 30)."""
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def month_calendar(session: Session, year: int, month: int) -> MonthCalendar:
    empty = MonthCalendar(year, month, {})
    rows = session.execute(
        YEAR_SQL, {"start": empty.first.isoformat(), "end": empty.last.isoformat()}
    ).all()
    return MonthCalendar(
        year,
        month,
        {date.fromisoformat(day): CalendarDay(mood, int(count)) for day, mood, count in rows},
    )
