"""Time in one place, so tests can pin it and time zones are handled the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from functools import cache

# A clock returns the current moment, time-zone aware, in the user's local offset.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now().astimezone()


def fixed_clock(moment: datetime) -> Clock:
    """A clock that always answers ``moment`` (for tests and replays)."""
    if moment.tzinfo is None:
        raise ValueError("a clock needs a time-zone aware moment")
    return lambda: moment


def to_utc_text(moment: datetime) -> str:
    """Fixed-width UTC text that sorts the same way as time does."""
    if moment.tzinfo is None:
        raise ValueError("refusing a naive datetime: its time zone is unknown")
    # isoformat, not strftime: "%Y" drops the leading zeros of a year before 1000 on Linux
    # ("233-07-17…"), which neither sorts nor reads back (an imported diary date did this).
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_utc_text(text: str, offset_minutes: int = 0) -> datetime:
    """Inverse of to_utc_text, shown in the offset the moment was recorded in."""
    # fromisoformat reads to_utc_text's form about a hundred times faster than strptime,
    # which matters when a backup reads every stored time.
    moment = datetime.fromisoformat(text)
    if moment.utcoffset() != _NO_OFFSET:
        raise ValueError("expected a UTC time ending in Z")
    return moment.astimezone(_fixed_zone(offset_minutes))


_NO_OFFSET = timedelta(0)


@cache  # a journal holds a handful of offsets; an export reads each one thousands of times
def _fixed_zone(offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=offset_minutes))


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("refusing a naive datetime: its time zone is unknown")
    return int(offset.total_seconds() // 60)
