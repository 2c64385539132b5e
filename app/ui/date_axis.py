"""A date axis whose labels never touch: one row of labels, as many as fit with room between.

pyqtgraph's own date axis draws days and months as two rows of ticks that run together at
some widths ("29Oct", "Nov03"). This one picks a single step (days, weeks, months, years,
or hours for a range under two days) from the room a label needs, and writes each label the
way the rest of Tend writes dates: "4 Dec" or "Dec 4", no leading zeros.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from app.ui.dates import axis_date, display_time, short_month
from app.ui.design import Space

SECONDS_PER_DAY = 86_400
_EPOCH = datetime(1970, 1, 1)
LABEL_GAP = Space.XL  # px of clear space between two labels
_DAY_STEPS = (1, 2, 3, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6, 12)
_HOUR_STEPS = (1, 2, 3, 6, 12)
_YEAR_STEPS = (1, 2, 5, 10, 20)
TickLevels = list[tuple[float, list[float]]]  # pyqtgraph's (spacing, positions) per level


def _moment(seconds: float) -> datetime:
    return _EPOCH + timedelta(seconds=seconds)


def _seconds(moment: datetime) -> float:
    return (moment - _EPOCH).total_seconds()


def _months_from(first: date, last: date, step: int) -> list[date]:
    month = first.year * 12 + first.month - 1
    if first.day != 1:
        month += 1
    month = math.ceil(month / step) * step  # steps line up with the year (Jan, Apr, ...)
    days: list[date] = []
    while True:
        day = date(month // 12, month % 12 + 1, 1)
        if day > last:
            return days
        days.append(day)
        month += step


class DayAxis(pg.AxisItem):  # type: ignore[misc]
    """The bottom axis for x values in seconds since 1970 (UTC midnight = the day)."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._kind = "day"
        self._span_years = False
        # The self-check results count days: two results on one day never draw hours.
        self.days_only = False

    def _label_room(self, *samples: str) -> float:
        """The widest sample's width plus the clear gap: the least spacing between ticks."""
        font = self.style.get("tickFont") or QApplication.font() or QFont()
        metrics = QFontMetricsF(font)
        return max(metrics.horizontalAdvance(sample) for sample in samples) + LABEL_GAP

    def tickValues(self, minVal: float, maxVal: float, size: float) -> TickLevels:
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal or size <= 0:
            return []
        start, end = _moment(minVal), _moment(maxVal)
        first, last = start.date() + timedelta(days=1 if start.time() else 0), end.date()
        self._span_years = first.year != last.year
        if not self.days_only and (end - start).total_seconds() < 2 * SECONDS_PER_DAY:
            return self._hours(start, end, size)
        days = (last - first).days + 1
        px_per_day = size / ((end - start).total_seconds() / SECONDS_PER_DAY)
        room = self._label_room(*(axis_date(date(2026, m, 28)) for m in range(1, 13)))
        for step in _DAY_STEPS:
            if step * px_per_day >= room:
                self._kind = "day"
                offset = (-first.weekday()) % 7 if step >= 7 else 0  # weeks start on Monday
                ticks = [first + timedelta(days=n) for n in range(offset, days, step)]
                return [(step * SECONDS_PER_DAY, [_seconds(_at(d)) for d in ticks])]
        room = self._label_room(
            *(self._month_label(date(2026, m, 1), self._span_years) for m in range(1, 13))
        )
        for step in _MONTH_STEPS:
            if 28 * step * px_per_day >= room:  # February is the shortest gap
                self._kind = "month"
                ticks = _months_from(first, last, step)
                return [(step * 30 * SECONDS_PER_DAY, [_seconds(_at(d)) for d in ticks])]
        self._kind = "year"
        room = self._label_room("2026")
        step = next((n for n in _YEAR_STEPS if 365 * n * px_per_day >= room), _YEAR_STEPS[-1])
        years = range(math.ceil((first.year + 1) / step) * step, last.year + 1, step)
        ticks = [date(year, 1, 1) for year in years]
        return [(365 * step * SECONDS_PER_DAY, [_seconds(_at(d)) for d in ticks])]

    def _hours(self, start: datetime, end: datetime, size: float) -> TickLevels:
        self._kind = "hour"
        hours = (end - start).total_seconds() / 3600
        fits = max(1.0, size / self._label_room(display_time(datetime(2026, 9, 30, 23, 0))))
        fits = max(1.0, fits - 1)  # the range need not start on a whole hour
        step = next((s for s in _HOUR_STEPS if hours / s <= fits), 24)
        first = start.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        first += timedelta(hours=(-first.hour) % step)
        ticks = []
        moment = first
        while moment <= end:
            ticks.append(_seconds(moment))
            moment += timedelta(hours=step)
        return [(step * 3600, ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        labels = []
        for value in values:
            moment = _moment(value)
            if self._kind == "hour":
                labels.append(display_time(moment))
            elif self._kind == "day":
                labels.append(axis_date(moment.date()))
            elif self._kind == "month":
                labels.append(self._month_label(moment.date(), self._span_years))
            else:
                labels.append(str(moment.year))
        return labels

    @staticmethod
    def _month_label(day: date, with_year: bool) -> str:
        """ "Nov"; January also names its year when the range crosses one ("Jan 2026")."""
        name = short_month(day.month)
        return f"{name} {day.year}" if with_year and day.month == 1 else name


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
