"""Check-in verbs: record, backfill, edit, delete, link to an entry, and read back by day."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import limits
from app.core.checkins.model import SCALES, CheckIn
from app.core.checkins.rows import checkin_from_row
from app.core.checkins.search import MAX_HITS as MAX_SEARCH_HITS
from app.core.checkins.search import search_checkins
from app.core.checkins.stream import checkin_batches
from app.core.checkins.values import CheckInValues
from app.core.clock import Clock, offset_minutes, system_clock, to_utc_text
from app.core.db.checkin_tables import ActivityRow, CheckInFeelingRow, CheckInRow
from app.core.db.database import Database
from app.core.db.tables import EntryRow
from app.core.errors import NotFoundError, UsageError

# A check-in a few minutes "in the future" is a clock that runs fast, not a mistake.
FUTURE_TOLERANCE = timedelta(minutes=5)


class CheckInService:
    """Check-ins in the open vault. Every method is one short transaction."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    # -- writing ----------------------------------------------------------------------

    def create(self, values: CheckInValues, at: datetime | None = None) -> CheckIn:
        """Record a check-in now (or at ``at``, time-zone aware, not in the future)."""
        now = self._clock()
        moment = now if at is None else self._check_moment(at, now)
        clean = values.validated()
        with self._db.session() as session:
            row = CheckInRow(
                id=str(uuid.uuid4()),
                at=to_utc_text(moment),
                offset_min=offset_minutes(moment),
                updated_at=to_utc_text(now),
            )
            _apply(session, row, clean)
            session.add(row)
            session.flush()
            return to_checkin(row)

    def backfill(self, values: CheckInValues, at: datetime) -> CheckIn:
        """Record a check-in for an earlier day or time."""
        return self.create(values, at)

    def edit(self, checkin_id: str, values: CheckInValues, at: datetime | None = None) -> CheckIn:
        """Replace a check-in's values (and its time, if given)."""
        now = self._clock()
        clean = values.validated()
        with self._db.session() as session:
            row = _row(session, checkin_id)
            if at is not None:
                moment = self._check_moment(at, now)
                row.at, row.offset_min = to_utc_text(moment), offset_minutes(moment)
            _apply(session, row, clean)
            row.updated_at = to_utc_text(now)
            session.flush()
            return to_checkin(row)

    def link_entry(self, checkin_id: str, entry_id: str | None) -> CheckIn:
        """Link a check-in to a journal entry (or unlink it with None)."""
        with self._db.session() as session:
            row = _row(session, checkin_id)
            row.entry_id = _checked_entry_id(session, entry_id)
            session.flush()
            return to_checkin(row)

    def delete(self, checkin_id: str) -> None:
        with self._db.session() as session:
            session.delete(_row(session, checkin_id))
        # The note's old page image would otherwise stay in the write-ahead log for a while.
        self._db.checkpoint()

    # -- reading ----------------------------------------------------------------------

    def get(self, checkin_id: str) -> CheckIn:
        with self._db.reader() as session:
            return to_checkin(_row(session, checkin_id))

    def list_between(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        """Check-ins whose local day is within [start, end], oldest first."""
        if start is not None and end is not None and start > end:
            raise UsageError("The start day comes after the end day.")
        statement = select(CheckInRow).order_by(CheckInRow.at, CheckInRow.pk)
        if start is not None:
            statement = statement.where(CheckInRow.local_day >= start.isoformat())
        if end is not None:
            statement = statement.where(CheckInRow.local_day <= end.isoformat())
        with self._db.reader() as session:
            return [to_checkin(row) for row in session.scalars(statement)]

    def edited_since(self, since: datetime) -> list[CheckIn]:
        """Check-ins recorded or last edited at or after ``since``, whatever day they are
        for. For the watcher's crisis reading of notes."""
        statement = (
            select(CheckInRow)
            .where(CheckInRow.updated_at >= to_utc_text(since))
            .order_by(CheckInRow.updated_at, CheckInRow.pk)
        )
        with self._db.reader() as session:
            return [to_checkin(row) for row in session.scalars(statement)]

    def count(self) -> int:
        with self._db.reader() as session:
            return int(session.scalar(select(func.count()).select_from(CheckInRow)) or 0)

    def batches(self, batch_size: int) -> Iterator[list[CheckIn]]:
        """Every check-in, oldest first, a query per batch (exports)."""
        return checkin_batches(self._db, batch_size)

    def search(self, query: str, limit: int = MAX_SEARCH_HITS) -> list[CheckIn]:
        """Newest first, the check-ins whose feeling words or note hold every word typed."""
        with self._db.reader() as session:
            return search_checkins(session, query, limit)

    def for_day(self, day: date) -> list[CheckIn]:
        return self.list_between(day, day)

    def for_entry(self, entry_id: str) -> list[CheckIn]:
        """The check-ins linked to an entry, oldest first."""
        statement = (
            select(CheckInRow)
            .where(CheckInRow.entry_id == entry_id)
            .order_by(CheckInRow.at, CheckInRow.pk)
        )
        with self._db.reader() as session:
            return [to_checkin(row) for row in session.scalars(statement)]

    def latest(self) -> CheckIn | None:
        statement = select(CheckInRow).order_by(CheckInRow.at.desc(), CheckInRow.pk.desc())
        with self._db.reader() as session:
            row = session.scalars(statement.limit(1)).first()
            return None if row is None else to_checkin(row)

    def _check_moment(self, at: datetime, now: datetime) -> datetime:
        if at.tzinfo is None or at.utcoffset() is None:
            raise UsageError("A check-in time needs its time zone.")
        if at > now + FUTURE_TOLERANCE:
            raise UsageError("A check-in can't be dated in the future.")
        if not limits.year_in_range(at):
            raise UsageError(f"A check-in can be dated {limits.year_range_text()}.")
        return at


def to_checkin(row: CheckInRow) -> CheckIn:
    return checkin_from_row(row)


def _apply(session: Session, row: CheckInRow, values: CheckInValues) -> None:
    for scale in SCALES:
        setattr(row, scale, values.scale(scale))
    row.sleep_hours = values.sleep_hours
    row.note = values.note
    if values.entry_id != row.entry_id:
        row.entry_id = _checked_entry_id(session, values.entry_id)
    row.activities = _activity_rows(session, values.activity_ids)
    _apply_feelings(session, row, values.feelings)


def _apply_feelings(session: Session, row: CheckInRow, feelings: Sequence[str]) -> None:
    if [feeling.word for feeling in row.feeling_rows] == list(feelings):
        return
    if row.feeling_rows:
        # Old words go first: a word kept in a new order must not meet itself in the index.
        row.feeling_rows.clear()
        session.flush()
    row.feeling_rows.extend(
        CheckInFeelingRow(word=word, position=index) for index, word in enumerate(feelings)
    )


def _activity_rows(session: Session, activity_ids: Sequence[str]) -> list[ActivityRow]:
    if not activity_ids:
        return []
    rows = session.scalars(select(ActivityRow).where(ActivityRow.id.in_(activity_ids))).all()
    if len(rows) != len(set(activity_ids)):
        raise UsageError("One of the chosen activities is no longer in this journal.")
    return list(rows)


def _checked_entry_id(session: Session, entry_id: str | None) -> str | None:
    if entry_id is None:
        return None
    found = session.scalar(
        select(EntryRow.pk).where(EntryRow.id == entry_id, EntryRow.deleted_at.is_(None))
    )
    if found is None:
        raise NotFoundError("That journal entry is not in this journal (or is in the trash).")
    return entry_id


def _row(session: Session, checkin_id: str) -> CheckInRow:
    row = session.scalar(select(CheckInRow).where(CheckInRow.id == checkin_id))
    if row is None:
        raise NotFoundError("That check-in is not in this journal.")
    return row
