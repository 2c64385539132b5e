"""Daily means per scale and their 7-day rolling average, computed by SQLite.

A calendar of every day in the range is generated in SQL and joined to the day means, so
days without data come back as NULL (a gap, never 0). The rolling average is a window over
that calendar: the mean of the days that have data in the trailing 7 calendar days (AVG
skips NULLs), NULL when there are none. The window starts 6 days before the range so the
first days of a range have their full trailing week.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.core.checkins.model import SCALES
from app.core.insights.model import ROLLING_DAYS, ScaleSeries, TrendData

_DAILY = ", ".join(f"avg({scale}) AS {scale}" for scale in SCALES)
_SERIES = ", ".join(
    f"daily.{scale} AS {scale}, avg(daily.{scale}) OVER trailing AS {scale}_rolling"
    for scale in SCALES
)

TREND_SQL = text(
    f"""
    WITH RECURSIVE calendar(day) AS (
        SELECT :window_start
        UNION ALL
        SELECT date(day, '+1 day') FROM calendar WHERE day < :end
    ),
    daily AS (
        SELECT local_day, {_DAILY}
        FROM checkins
        WHERE local_day BETWEEN :window_start AND :end
        GROUP BY local_day
    ),
    series AS (
        SELECT calendar.day AS day, {_SERIES}
        FROM calendar LEFT JOIN daily ON daily.local_day = calendar.day
        WINDOW trailing AS (
            ORDER BY calendar.day ROWS BETWEEN {ROLLING_DAYS - 1} PRECEDING AND CURRENT ROW
        )
    )
    SELECT * FROM series WHERE day >= :start ORDER BY day
    """  # noqa: S608 - the interpolated names are the fixed scale names, never input
)

FIRST_DAY_SQL = text("SELECT min(local_day) FROM checkins")


def first_day(session: Session) -> date | None:
    found = session.execute(FIRST_DAY_SQL).scalar()
    return None if found is None else date.fromisoformat(found)


def trend(session: Session, start: date, end: date) -> TrendData:
    """Every day from start to end with each scale's day mean and rolling mean."""
    preceding = ROLLING_DAYS - 1
    rows = session.execute(
        TREND_SQL,
        {
            "window_start": (start - timedelta(days=preceding)).isoformat(),
            "start": start.isoformat(),
            "end": end.isoformat(),
        },
    ).all()
    columns = list(zip(*rows, strict=True)) if rows else [()] * (1 + 2 * len(SCALES))
    series = {
        scale: ScaleSeries(
            scale=scale,
            daily=tuple(columns[1 + 2 * index]),
            rolling=tuple(columns[2 + 2 * index]),
        )
        for index, scale in enumerate(SCALES)
    }
    days = tuple(date.fromisoformat(day) for day in columns[0])
    return TrendData(start=start, end=end, days=days, series=series)
