"""Storing imported check-ins (the ``checkin_writer`` of JournalImportSink).

Activities are found by name, without regard to capitals, among all of the person's
activities (hidden ones too), so a default they renamed is found under its new name. A
name that matches none is then tried against the defaults' own names ("rejection",
"slept well"), so a renamed default still collects the check-ins that name it. What is
still unknown becomes a new activity in the group "Imported". Check-ins whose ids are
already stored are skipped, so importing the same file twice adds nothing. Everything is
written in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.core.checkins.activity_model import MAX_NAME_LENGTH
from app.core.checkins.model import SCALES, CheckIn
from app.core.checkins.rows import checkin_values
from app.core.checkins.values import check_scale, check_sleep
from app.core.clock import Clock, system_clock, to_utc_text
from app.core.db.checkin_tables import (
    ActivityGroupRow,
    ActivityRow,
    CheckInRow,
    checkin_activities,
)
from app.core.db.database import Database
from app.core.db.tables import EntryRow

IMPORTED_GROUP = "Imported"
CHUNK = 500


class StoredCheckInWriter:
    """Adds imported check-ins to the vault: ``writer(checkins, activity_names) -> added``."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def __call__(self, checkins: Sequence[CheckIn], activity_names: Sequence[str]) -> int:
        for checkin in checkins:
            for scale in SCALES:
                check_scale(scale, checkin.value(scale))
            if checkin.sleep_hours is not None:
                check_sleep(checkin.sleep_hours)
        now = to_utc_text(self._clock())
        with self._db.session() as session:
            stored = _stored_ids(session, [checkin.id for checkin in checkins])
            fresh = _once_each(c for c in checkins if c.id not in stored)
            if not fresh:
                return 0
            names = [*activity_names, *(name for c in fresh for name in c.activities)]
            activity_pks = _Activities(session).pks_for(names)
            entries = _stored_entry_ids(session, [c.entry_id for c in fresh if c.entry_id])
            next_pk = int(session.scalar(select(func.max(CheckInRow.pk))) or 0) + 1
            rows: list[dict[str, Any]] = []
            links: list[dict[str, int]] = []
            for pk, checkin in enumerate(fresh, start=next_pk):
                rows.append(_row(pk, checkin, now, entries))
                linked = dict.fromkeys(activity_pks[key] for key in _keys(checkin.activities))
                links.extend({"checkin_pk": pk, "activity_pk": a} for a in linked)
            session.execute(insert(cast(Table, CheckInRow.__table__)), rows)
            if links:
                session.execute(insert(checkin_activities), links)
            return len(rows)


def _row(pk: int, checkin: CheckIn, now: str, entries: set[str]) -> dict[str, Any]:
    stored = replace(
        checkin,
        note=checkin.note.strip(),
        # An entry that isn't there (the person deleted it for good) leaves no link.
        entry_id=checkin.entry_id if checkin.entry_id in entries else None,
    )
    return {"pk": pk, **checkin_values(stored, now)}


def clean_name(name: str) -> str:
    """An activity name as Tend keeps it: single spaces, at most the longest name allowed."""
    return " ".join(name.split())[:MAX_NAME_LENGTH].strip()


def _keys(names: Sequence[str]) -> list[str]:
    return [key for key in (clean_name(name).casefold() for name in names) if key]


def _once_each(checkins: Any) -> list[CheckIn]:
    return list({checkin.id: checkin for checkin in checkins}.values())


def _stored_ids(session: Session, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update(session.scalars(select(CheckInRow.id).where(CheckInRow.id.in_(chunk))))
    return found


def _stored_entry_ids(session: Session, ids: Sequence[str | None]) -> set[str]:
    wanted = [entry_id for entry_id in ids if entry_id]
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(session.scalars(select(EntryRow.id).where(EntryRow.id.in_(chunk))))
    return found


class _Activities:
    """The vault's activities by folded name, adding the ones an import needs."""

    def __init__(self, session: Session) -> None:
        self._session = session
        rows = session.execute(select(ActivityRow.pk, ActivityRow.name, ActivityRow.builtin_key))
        self._by_name: dict[str, int] = {}
        self._by_default: dict[str, int] = {}
        for pk, name, key in rows:
            self._by_name.setdefault(name.casefold(), pk)
            if key:
                self._by_default[key.replace("_", " ").casefold()] = pk

    def pks_for(self, names: Sequence[str]) -> dict[str, int]:
        """Folded name -> activity pk, for every name given (new activities are added)."""
        found: dict[str, int] = {}
        missing: dict[str, str] = {}
        for name in names:
            clean = clean_name(name)
            key = clean.casefold()
            if not key or key in found:
                continue
            pk = self._by_name.get(key, self._by_default.get(key))
            if pk is None:
                missing.setdefault(key, clean)
            else:
                found[key] = pk
        if missing:
            found.update(self._add(missing))
        return found

    def _add(self, missing: dict[str, str]) -> dict[str, int]:
        group_pk = self._group_pk()
        last = self._session.scalar(
            select(func.max(ActivityRow.position)).where(ActivityRow.group_pk == group_pk)
        )
        first_pk = int(self._session.scalar(select(func.max(ActivityRow.pk))) or 0) + 1
        start = (-1 if last is None else last) + 1
        rows = []
        added: dict[str, int] = {}
        for number, (key, name) in enumerate(missing.items()):
            added[key] = first_pk + number
            rows.append(
                {
                    "pk": first_pk + number,
                    "id": _new_id(),
                    "name": name,
                    "group_pk": group_pk,
                    "hidden": False,
                    "position": start + number,
                }
            )
        self._session.execute(insert(cast(Table, ActivityRow.__table__)), rows)
        return added

    def _group_pk(self) -> int:
        group = self._session.scalar(
            select(ActivityGroupRow.pk).where(
                func.lower(ActivityGroupRow.name) == IMPORTED_GROUP.lower()
            )
        )
        if group is not None:
            return int(group)
        last = self._session.scalar(select(func.max(ActivityGroupRow.position)))
        row = ActivityGroupRow(
            id=_new_id(), name=IMPORTED_GROUP, position=(-1 if last is None else last) + 1
        )
        self._session.add(row)
        self._session.flush()
        return row.pk


def _new_id() -> str:
    return str(uuid.uuid4())
