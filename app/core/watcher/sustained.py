"""The sustained rule: a signal that lasts, not a bad day or a bad week.

A signal is sustained on a day when, in the trailing 14-day window ending that day, it is
present on more than half of the days that have data for it, on at least 5 days, and
those days are spread over at least 10 calendar days (first to last, inclusive). The two
weeks and "more than half the days" follow the PHQ-9 ("over the last 2 weeks ... more
than half the days") and the DSM-5 two-week criterion.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from app.core.watcher.days import DaySignals
from app.core.watcher.model import SIGNALS, Evidence, SignalCount

WINDOW_DAYS = 14
MIN_DAYS_PRESENT = 5
MIN_SPREAD_DAYS = 10


def window(day: date) -> list[date]:
    """The trailing window ending on ``day``, oldest first."""
    return [day - timedelta(days=back) for back in range(WINDOW_DAYS - 1, -1, -1)]


def sustained_signals(day: date, by_day: Mapping[date, DaySignals]) -> list[SignalCount]:
    """Every signal that is sustained on ``day``, in the order prompts name them."""
    days = [by_day[moment] for moment in window(day) if moment in by_day]
    found = []
    for signal in SIGNALS:
        with_data = [item for item in days if signal in item.with_data]
        present = [item.day for item in with_data if signal in item.present]
        if is_sustained(len(present), len(with_data), present):
            found.append(SignalCount(signal, len(present), len(with_data), present[0], present[-1]))
    return found


def is_sustained(days_present: int, days_with_data: int, present: list[date]) -> bool:
    if days_present < MIN_DAYS_PRESENT or days_present * 2 <= days_with_data:
        return False
    spread = (present[-1] - present[0]).days + 1
    return spread >= MIN_SPREAD_DAYS


def window_evidence(
    day: date, signals: list[str], by_day: Mapping[date, DaySignals]
) -> tuple[Evidence, ...]:
    """The evidence for the given signals inside the window, by date then signal."""
    items: list[Evidence] = []
    for moment in window(day):
        record = by_day.get(moment)
        if record is None:
            continue
        for signal in signals:
            items.extend(record.evidence.get(signal, ()))
    return tuple(items)
