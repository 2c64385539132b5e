"""Patterns over a range of days: mood by weekday, and how each scale's ratings spread.

Mood by weekday averages day means (a day's value is the mean of its check-ins), so a day
with three check-ins counts once, like any other day. A weekday with fewer than
``MIN_DAYS_PER_WEEKDAY`` days is reported with its count but flagged as too few to read
anything into: two Mondays are not a pattern.

The spread counts check-ins by the rating given (1 to 5) on each scale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.core.checkins.model import SCALE_MAX, SCALE_MIN, SCALES

# Fewer days than this on a weekday and its average is shown as "too few days".
MIN_DAYS_PER_WEEKDAY = 3

# SQLite's strftime('%w') counts from Sunday = 0; Python's weekday() from Monday = 0.
WEEKDAY_SQL = text(
    """
    WITH daily AS (
        SELECT local_day, avg(mood) AS mood
        FROM checkins
        WHERE local_day BETWEEN :start AND :end AND mood IS NOT NULL
        GROUP BY local_day
    )
    SELECT (CAST(strftime('%w', local_day) AS INTEGER) + 6) % 7 AS weekday,
           avg(mood), count(*)
    FROM daily
    GROUP BY weekday
    """
)

_SPREAD_PART = (
    "SELECT '{0}', {0}, count(*) FROM checkins "
    "WHERE local_day BETWEEN :start AND :end AND {0} IS NOT NULL GROUP BY {0}"
)
# The interpolated names are the fixed scale names, never input.
SPREAD_SQL = text(" UNION ALL ".join(_SPREAD_PART.format(scale) for scale in SCALES))


@dataclass(frozen=True)
class WeekdayMood:
    weekday: int  # 0 = Monday
    mean: float | None  # None: no day with a mood rating on this weekday
    days: int

    @property
    def enough(self) -> bool:
        return self.days >= MIN_DAYS_PER_WEEKDAY


@dataclass(frozen=True)
class WeekdayPattern:
    start: date
    end: date
    weekdays: tuple[WeekdayMood, ...]  # always seven, Monday first

    @property
    def days(self) -> int:
        return sum(weekday.days for weekday in self.weekdays)

    @property
    def readable(self) -> bool:
        """True when every weekday has enough days for its average to mean something."""
        return all(weekday.enough for weekday in self.weekdays)


@dataclass(frozen=True)
class ScaleSpread:
    scale: str
    counts: tuple[int, ...]  # check-ins rated 1, 2, 3, 4, 5

    @property
    def total(self) -> int:
        return sum(self.counts)

    def count(self, rating: int) -> int:
        return self.counts[rating - SCALE_MIN]


def weekday_pattern(session: Session, start: date, end: date) -> WeekdayPattern:
    rows = session.execute(WEEKDAY_SQL, {"start": start.isoformat(), "end": end.isoformat()})
    found = {int(weekday): (float(mean), int(days)) for weekday, mean, days in rows}
    return WeekdayPattern(
        start=start,
        end=end,
        weekdays=tuple(
            WeekdayMood(weekday, *found.get(weekday, (None, 0))) for weekday in range(7)
        ),
    )


def scale_spreads(session: Session, start: date, end: date) -> dict[str, ScaleSpread]:
    counts = {scale: [0] * (SCALE_MAX - SCALE_MIN + 1) for scale in SCALES}
    for scale, rating, count in session.execute(
        SPREAD_SQL, {"start": start.isoformat(), "end": end.isoformat()}
    ):
        counts[scale][int(rating) - SCALE_MIN] = int(count)
    return {scale: ScaleSpread(scale, tuple(values)) for scale, values in counts.items()}
