"""Openings: add, change, move through stages, link entries, delete. One unit of work each.

Deleting an opening removes everything that is only about it: its stage history, its links
to entries and to people, and the follow-ups dismissed for it. The linked journal entries
stay: they are the person's writing, and an entry can be about more than one thing.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core import limits
from app.core.clock import Clock, offset_minutes, system_clock, to_utc_text
from app.core.db.database import Database
from app.core.db.jobsearch_tables import OpeningEntryRow, OpeningRow, OpeningStageRow
from app.core.db.tables import EntryRow
from app.core.errors import NotFoundError, UsageError
from app.core.jobsearch.model import FOLD_AFTER, Opening, Stage, Via
from app.core.jobsearch.rows import openings_from_rows
from app.core.jobsearch.vocabulary import stage_label
from app.core.watcher.model import OPENING
from app.core.watcher.saved_text import CrisisTextReader, SavedText

MAX_NAME = 200
MIN_ID_PREFIX = 6
MAX_NOTE = 10_000
# An interview can be set a while ahead; anything else happened already.
MAX_DAYS_AHEAD_FOR_INTERVIEW = 366


class Openings:
    def __init__(
        self,
        database: Database,
        clock: Clock = system_clock,
        *,
        read_crisis: CrisisTextReader,
    ) -> None:
        self._db = database
        self._clock = clock
        # Every save of a role, organisation or note is read for crisis words.
        self._read_crisis = read_crisis

    # -- reading ----------------------------------------------------------------------

    def all(self, *, open_only: bool = False, include_folded: bool = True) -> list[Opening]:
        """Newest stage change first. ``open_only``: not closed; folded ones only if asked."""
        with self._db.reader() as session:
            rows = session.scalars(select(OpeningRow).order_by(OpeningRow.pk)).all()
            openings = openings_from_rows(session, rows)
        today = self._clock().date()
        if open_only:
            openings = [opening for opening in openings if not opening.is_closed]
        if not include_folded:
            openings = [opening for opening in openings if not opening.is_folded(today)]
        return sorted(
            openings, key=lambda o: (o.stage_day, o.history[-1].recorded_at), reverse=True
        )

    def folded_count(self) -> int:
        """How many closed openings are folded away (closed more than 60 days ago)."""
        today = self._clock().date()
        return sum(1 for opening in self.all() if opening.is_folded(today))

    def get(self, opening_id: str) -> Opening:
        with self._db.reader() as session:
            return openings_from_rows(session, [_row(session, opening_id)])[0]

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id of the one opening whose id starts with ``id_or_prefix``."""
        prefix = id_or_prefix.strip().lower()
        if len(prefix) < MIN_ID_PREFIX:
            raise UsageError(
                f"Please give at least {MIN_ID_PREFIX} characters of the opening's id."
            )
        statement = (
            select(OpeningRow.id)
            .where(OpeningRow.id >= prefix, OpeningRow.id < prefix + "\uffff")
            .order_by(OpeningRow.id)
            .limit(2)
        )
        with self._db.reader() as session:
            found = list(session.scalars(statement))
        if not found:
            raise NotFoundError(f"No opening's id starts with {prefix[:36]} in this journal.")
        if len(found) > 1:
            raise UsageError(
                f"More than one opening's id starts with {prefix}. Please give a few more "
                "characters of the id."
            )
        return found[0]

    def for_entry(self, entry_id: str) -> list[Opening]:
        """The openings a journal entry is linked to."""
        with self._db.reader() as session:
            ids = select(OpeningEntryRow.opening_id).where(OpeningEntryRow.entry_id == entry_id)
            rows = session.scalars(
                select(OpeningRow).where(OpeningRow.id.in_(ids)).order_by(OpeningRow.pk)
            ).all()
            return openings_from_rows(session, rows)

    # -- writing ----------------------------------------------------------------------

    def add(
        self,
        role: str,
        organisation: str,
        *,
        via: Via = Via.POSTING,
        note: str = "",
        stage: Stage = Stage.NOTICED,
        day: date | None = None,
        already_read: bool = False,
    ) -> Opening:
        """A new opening at ``stage`` (noticed, unless said) on ``day`` (today, unless said).

        Adding does not touch the check-in: `move` does, so add at "noticed" and move on.
        Its words are read for crisis words, unless ``already_read``: only Undo of a
        delete puts back words that were read when they were first saved.
        """
        now = self._clock()
        role, organisation, note = _checked(role, organisation, note)
        when = self._checked_day(stage, day, now)
        with self._db.session() as session:
            row = OpeningRow(
                id=str(uuid.uuid4()),
                role=role,
                organisation=organisation,
                via=Via(via).value,
                note=note,
                created_at=to_utc_text(now),
                created_offset_min=offset_minutes(now),
                updated_at=to_utc_text(now),
            )
            session.add(row)
            session.flush()
            _add_stage(session, row.id, stage, when, now)
            added = openings_from_rows(session, [row])[0]
        if not already_read:
            self._read_crisis(SavedText(OPENING, added.id, (), _text(added)))
        return added

    def edit(
        self,
        opening_id: str,
        *,
        role: str | None = None,
        organisation: str | None = None,
        via: Via | None = None,
        note: str | None = None,
    ) -> Opening:
        now = self._clock()
        with self._db.session() as session:
            row = _row(session, opening_id)
            before = (row.role, row.organisation, row.note)
            row.role, row.organisation, row.note = _checked(
                row.role if role is None else role,
                row.organisation if organisation is None else organisation,
                row.note if note is None else note,
            )
            if via is not None:
                row.via = Via(via).value
            row.updated_at = to_utc_text(now)
            session.flush()
            edited = openings_from_rows(session, [row])[0]
        self._read_crisis(SavedText(OPENING, edited.id, before, _text(edited)))
        return edited

    def record_stage(self, opening_id: str, stage: Stage, day: date | None = None) -> Opening:
        """Move an opening to ``stage`` on ``day`` (today unless said), keeping the history.

        Only the stage is written: JobSearch.move_opening also fills in the day's check-in.
        Moving to "interviewing" again adds another interview date.
        """
        now = self._clock()
        when = self._checked_day(stage, day, now)
        with self._db.session() as session:
            row = _row(session, opening_id)
            if stage != Stage.INTERVIEWING and _current_stage(session, row.id) == stage:
                raise UsageError(f'That opening is already at "{stage_label(stage)}".')
            _add_stage(session, row.id, stage, when, now)
            row.updated_at = to_utc_text(now)
            session.flush()
            return openings_from_rows(session, [row])[0]

    def remove_stage_change(self, opening_id: str, change_id: str) -> Opening:
        """Take back one stage change (a mistake); an opening keeps at least one."""
        with self._db.session() as session:
            row = _row(session, opening_id)
            changes = session.scalars(
                select(OpeningStageRow).where(OpeningStageRow.opening_id == row.id)
            ).all()
            target = next((change for change in changes if change.id == change_id), None)
            if target is None:
                raise NotFoundError("That stage change isn't part of this opening.")
            if len(changes) == 1:
                raise UsageError("An opening keeps at least one stage; move it to another instead.")
            session.delete(target)
            row.updated_at = to_utc_text(self._clock())
            session.flush()
            return openings_from_rows(session, [row])[0]

    def link_entry(self, opening_id: str, entry_id: str) -> Opening:
        """Link a journal entry to an opening (linking twice changes nothing)."""
        with self._db.session() as session:
            row = _row(session, opening_id)
            entry = session.scalar(
                select(EntryRow.pk).where(EntryRow.id == entry_id, EntryRow.deleted_at.is_(None))
            )
            if entry is None:
                raise NotFoundError(
                    "That journal entry is not in this journal (or is in the trash)."
                )
            if session.get(OpeningEntryRow, (row.id, entry_id)) is None:
                session.add(
                    OpeningEntryRow(
                        opening_id=row.id, entry_id=entry_id, linked_at=to_utc_text(self._clock())
                    )
                )
            session.flush()
            return openings_from_rows(session, [row])[0]

    def unlink_entry(self, opening_id: str, entry_id: str) -> Opening:
        with self._db.session() as session:
            row = _row(session, opening_id)
            session.execute(
                delete(OpeningEntryRow).where(
                    OpeningEntryRow.opening_id == row.id, OpeningEntryRow.entry_id == entry_id
                )
            )
            session.flush()
            return openings_from_rows(session, [row])[0]

    def delete(self, opening_id: str) -> None:
        """The opening, its history and its links (entries themselves stay)."""
        with self._db.session() as session:
            session.delete(_row(session, opening_id))
        # The role and organisation would otherwise linger in the write-ahead log a while.
        self._db.checkpoint()

    def _checked_day(self, stage: Stage, day: date | None, now: datetime) -> date:
        today = now.date()
        when = today if day is None else day
        if not limits.year_in_range(when):
            raise UsageError(f"A stage can be dated {limits.year_range_text()}.")
        ahead = (when - today).days
        if stage == Stage.INTERVIEWING and ahead > MAX_DAYS_AHEAD_FOR_INTERVIEW:
            raise UsageError("An interview can be set up to a year ahead.")
        if stage != Stage.INTERVIEWING and ahead > 0:
            raise UsageError("Only an interview can be dated in the future.")
        return when


def _add_stage(session: Session, opening_id: str, stage: Stage, day: date, now: datetime) -> None:
    session.add(
        OpeningStageRow(
            id=str(uuid.uuid4()),
            opening_id=opening_id,
            stage=Stage(stage).value,
            day=day.isoformat(),
            recorded_at=to_utc_text(now),
        )
    )
    session.flush()


def _current_stage(session: Session, opening_id: str) -> Stage | None:
    latest = session.scalar(
        select(OpeningStageRow.stage)
        .where(OpeningStageRow.opening_id == opening_id)
        .order_by(OpeningStageRow.recorded_at.desc(), OpeningStageRow.pk.desc())
        .limit(1)
    )
    return None if latest is None else Stage(latest)


def _checked(role: str, organisation: str, note: str) -> tuple[str, str, str]:
    role, organisation, note = " ".join(role.split()), " ".join(organisation.split()), note.strip()
    if not role:
        raise UsageError("Please give the opening a role (a few words are enough).")
    for what, value, limit in (
        ("The role", role, MAX_NAME),
        ("The organisation", organisation, MAX_NAME),
        ("The note", note, MAX_NOTE),
    ):
        problem = limits.text_problem(value, limit)
        if problem is not None:
            raise UsageError(f"{what} {problem}; please shorten or change it.")
    return role, organisation, note


def _text(opening: Opening) -> tuple[str, ...]:
    """What is read for crisis words: the role, the organisation and the note."""
    return (opening.role, opening.organisation, opening.note)


def _row(session: Session, opening_id: str) -> OpeningRow:
    row = session.scalar(select(OpeningRow).where(OpeningRow.id == opening_id))
    if row is None:
        raise NotFoundError("That opening isn't in this journal any more.")
    return row


__all__ = ["FOLD_AFTER", "Openings"]
