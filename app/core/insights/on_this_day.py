"""On this day: entries and check-ins from the same date in earlier years.

29 February: in a year without one, its memories are shown on 28 February (so a leap
day's entries come back every year, a day early, instead of once in four years). On 29
February itself, the earlier 29 Februaries are shown; their 28 Februaries were shown the
day before. Entries in the trash are left out.
"""

from __future__ import annotations

import json
from calendar import isleap
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

DAYS_SQL = text(
    """
    SELECT local_day FROM checkins
    WHERE substr(local_day, 6) IN (SELECT value FROM json_each(:month_days))
      AND local_day < :first_of_year
    UNION
    SELECT date(substr(created_at, 1, 19), printf('%+d minutes', created_offset_min))
    FROM entries
    WHERE deleted_at IS NULL
      AND substr(date(substr(created_at, 1, 19), printf('%+d minutes', created_offset_min)), 6)
          IN (SELECT value FROM json_each(:month_days))
      AND created_at < :first_of_year_utc
    ORDER BY 1 DESC
    """
)


def month_days_for(today: date) -> tuple[str, ...]:
    """The "MM-DD" dates in earlier years that belong to ``today``."""
    if (today.month, today.day) == (2, 28) and not isleap(today.year):
        return ("02-28", "02-29")
    return (f"{today:%m-%d}",)


def earlier_days(session: Session, today: date) -> list[date]:
    """Days in earlier years, newest first, that have a check-in or a live entry."""
    first_of_year = date(today.year, 1, 1).isoformat()
    rows = session.execute(
        DAYS_SQL,
        {
            "month_days": json.dumps(month_days_for(today)),
            "first_of_year": first_of_year,
            # A day or more of slack for time zones; the local day is checked below.
            "first_of_year_utc": f"{today.year:04d}-01-02",
        },
    )
    return [found for (day,) in rows if (found := date.fromisoformat(day)).year < today.year]
