"""A year at a glance: each day's mean mood, grouped by SQLite over the day index."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.core.insights.model import CalendarDay, YearCalendar

YEAR_SQL = text(
    """
    SELECT local_day, avg(mood), count(*)
    FROM checkins
    WHERE local_day BETWEEN :start AND :end
    GROUP BY local_day
    ORDER BY local_day
    """
)

YEARS_SQL = text("SELECT DISTINCT substr(local_day, 1, 4) FROM checkins ORDER BY 1")


def year_calendar(session: Session, year: int) -> YearCalendar:
    rows = session.execute(
        YEAR_SQL, {"start": f"{year:04d}-01-01", "end": f"{year:04d}-12-31"}
    ).all()
    return YearCalendar(
        year=year,
        days={date.fromisoformat(day): CalendarDay(mood, int(count)) for day, mood, count in rows},
    )


def years_with_data(session: Session) -> list[int]:
    return [int(year) for (year,) in session.execute(YEARS_SQL)]
