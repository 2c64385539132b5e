"""Small things the search remembers, kept in the vault's settings (and so in backups):
which follow-ups were dismissed, which days were days off, which steps the person
marked, and whether the long-search note was shown.

Four setting keys, each a JSON list. Kept apart so a backup merge (the journal's value
wins for a setting both sides hold) never mixes one with another.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from app.core.db.database import Database
from app.core.db.tables import SettingRow

DISMISSED_KEY = "job_search.dismissed_followups"
DAYS_OFF_KEY = "job_search.days_off"
STEPS_KEY = "job_search.steps_marked"
LONG_SEARCH_KEY = "job_search.long_search_note_shown"
# Enough for years of a search; the oldest are let go first (their moments passed long ago).
MAX_REMEMBERED = 5000


class SearchState:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- follow-ups -------------------------------------------------------------------

    def dismissed(self) -> frozenset[str]:
        return frozenset(self._read(DISMISSED_KEY))

    def dismiss(self, key: str) -> None:
        self._add(DISMISSED_KEY, [key])

    def forget_opening(self, opening_id: str) -> None:
        """Drop the dismissals about a deleted opening (their keys hold its id)."""
        with self._db.session() as session:
            kept = [key for key in _read(session, DISMISSED_KEY) if opening_id not in key]
            _write(session, DISMISSED_KEY, kept)

    # -- days off ---------------------------------------------------------------------

    def is_day_off(self, day: date) -> bool:
        return day.isoformat() in self._read(DAYS_OFF_KEY)

    def days_off(self) -> frozenset[date]:
        return frozenset(date.fromisoformat(text) for text in self._read(DAYS_OFF_KEY))

    def set_day_off(self, day: date, off: bool) -> None:
        with self._db.session() as session:
            days = [text for text in _read(session, DAYS_OFF_KEY) if text != day.isoformat()]
            if off:
                days.append(day.isoformat())
            _write(session, DAYS_OFF_KEY, sorted(days))

    # -- steps ------------------------------------------------------------------------

    def marked_steps(self) -> frozenset[str]:
        return frozenset(self._read(STEPS_KEY))

    def mark_step(self, key: str, done: bool) -> None:
        with self._db.session() as session:
            keys = [text for text in _read(session, STEPS_KEY) if text != key]
            if done:
                keys.append(key)
            _write(session, STEPS_KEY, keys)

    # -- the long-search note -----------------------------------------------------------

    def long_search_note_shown(self) -> bool:
        return bool(self._read(LONG_SEARCH_KEY))

    def set_long_search_note_shown(self) -> None:
        self._add(LONG_SEARCH_KEY, ["shown"])

    # -- storage ----------------------------------------------------------------------

    def _read(self, key: str) -> list[str]:
        with self._db.reader() as session:
            return _read(session, key)

    def _add(self, key: str, values: Iterable[str]) -> None:
        with self._db.session() as session:
            current = _read(session, key)
            _write(session, key, current + [value for value in values if value not in current])


def _read(session: Session, key: str) -> list[str]:
    row = session.get(SettingRow, key)
    if row is None:
        return []
    try:
        value = json.loads(row.value)
    except ValueError:
        return []
    # A hand-edited or damaged value is read as empty rather than stopping the search page.
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _write(session: Session, key: str, values: list[str]) -> None:
    session.merge(SettingRow(key=key, value=json.dumps(values[-MAX_REMEMBERED:])))
