"""Small builders for watcher tests: check-ins, entries and text sources on given days."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta, timezone

from app.core.checkins.model import CheckIn
from app.core.journal.model import Entry
from app.core.watcher.model import ENTRY, TextSource

START = date(2026, 3, 1)
ZONE = timezone(timedelta(hours=1))
_ids = itertools.count(1)


def day(index: int) -> date:
    return START + timedelta(days=index)


def moment(index: int, hour: int = 20) -> datetime:
    return datetime.combine(day(index), time(hour), ZONE)


def checkin(index: int, hour: int = 20, note: str = "", **scales: int) -> CheckIn:
    return CheckIn(id=f"c{next(_ids)}", at=moment(index, hour), note=note, **scales)


def entry(index: int, body: str, title: str = "", entry_id: str | None = None) -> Entry:
    at = moment(index, 21)
    return Entry(entry_id or f"e{next(_ids)}", title, body, (), at, at)


def source(text: str, index: int = 0) -> TextSource:
    return TextSource(ENTRY, "e1", day(index), text)
