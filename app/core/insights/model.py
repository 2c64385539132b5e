"""What insights hand to the UI and the CLI: plain series, calendars and comparisons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from app.core.checkins.model import SCALES, CheckIn
from app.core.journal.model import EntrySummary


class TrendRange(Enum):
    """How far back a trend looks. The value is the number of days (None: everything)."""

    TWO_WEEKS = 14
    THREE_MONTHS = 91
    YEAR = 365
    EVERYTHING = None


ROLLING_DAYS = 7


@dataclass(frozen=True)
class ScaleSeries:
    """One scale, one value per calendar day: None where there is no data (never 0)."""

    scale: str
    daily: tuple[float | None, ...]
    rolling: tuple[float | None, ...]  # mean of the days with data in the trailing 7 days


@dataclass(frozen=True)
class TrendData:
    start: date
    end: date
    days: tuple[date, ...]  # every calendar day from start to end
    series: dict[str, ScaleSeries]

    @property
    def has_data(self) -> bool:
        return any(value is not None for s in self.series.values() for value in s.daily)

    def scale(self, name: str) -> ScaleSeries:
        return self.series[name]


@dataclass(frozen=True)
class CalendarDay:
    mean_mood: float | None  # None: checked in, but without a mood rating
    checkins: int


@dataclass(frozen=True)
class YearCalendar:
    year: int
    days: dict[date, CalendarDay]  # only days with check-ins; every other day is empty


@dataclass(frozen=True)
class Comparison:
    """A scale's mean on days with an activity and on the other days, with the day counts."""

    with_mean: float
    with_days: int
    without_mean: float
    without_days: int

    @property
    def difference(self) -> float:
        return self.with_mean - self.without_mean


@dataclass(frozen=True)
class ActivityImpact:
    activity_id: str
    activity_name: str
    mood: Comparison | None  # None when either side has too few days
    energy: Comparison | None


@dataclass(frozen=True)
class DayDetail:
    """A day's check-ins and journal entries, so each can be reached from the other."""

    day: date
    checkins: tuple[CheckIn, ...] = field(default_factory=tuple)
    entries: tuple[EntrySummary, ...] = field(default_factory=tuple)

    def mean(self, scale: str) -> float | None:
        if scale not in SCALES:
            raise KeyError(scale)
        values = [v for c in self.checkins if (v := c.value(scale)) is not None]
        return sum(values) / len(values) if values else None
