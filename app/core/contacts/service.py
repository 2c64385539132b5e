"""Trusted contacts: add, change, remove and list them, each in one unit of work."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import limits
from app.core.clock import Clock, system_clock, to_utc_text
from app.core.contacts.model import TrustedContact
from app.core.db.database import Database
from app.core.db.watcher_tables import TrustedContactRow
from app.core.errors import NotFoundError, UsageError
from app.core.watcher.model import TRUSTED_CONTACT
from app.core.watcher.saved_text import CrisisTextReader, SavedText

MAX_NAME = 200
MAX_TEXT = 1000


class ContactsService:
    def __init__(
        self,
        database: Database,
        clock: Clock = system_clock,
        *,
        read_crisis: CrisisTextReader,
    ) -> None:
        self._db = database
        self._clock = clock
        # Every save of a name, a way to reach them or a note is read for crisis words.
        self._read_crisis = read_crisis

    def list(self) -> list[TrustedContact]:
        """In the order the person added them (or arranged them)."""
        statement = select(TrustedContactRow).order_by(
            TrustedContactRow.position, TrustedContactRow.pk
        )
        with self._db.reader() as session:
            return [_to_contact(row) for row in session.scalars(statement)]

    def add(self, name: str, reach: str = "", note: str = "") -> TrustedContact:
        name, reach, note = _checked(name, reach, note)
        with self._db.session() as session:
            last = session.scalar(select(func.max(TrustedContactRow.position)))
            row = TrustedContactRow(
                id=str(uuid.uuid4()),
                name=name,
                reach=reach,
                note=note,
                position=(last or 0) + 1,
                created_at=to_utc_text(self._clock()),
            )
            session.add(row)
            session.flush()
            added = _to_contact(row)
        self._read_crisis(SavedText(TRUSTED_CONTACT, added.id, (), _text(added)))
        return added

    def update(
        self,
        contact_id: str,
        name: str | None = None,
        reach: str | None = None,
        note: str | None = None,
    ) -> TrustedContact:
        with self._db.session() as session:
            row = _row(session, contact_id)
            before = _text(_to_contact(row))
            new_name, new_reach, new_note = _checked(
                row.name if name is None else name,
                row.reach if reach is None else reach,
                row.note if note is None else note,
            )
            row.name, row.reach, row.note = new_name, new_reach, new_note
            session.flush()
            updated = _to_contact(row)
        self._read_crisis(SavedText(TRUSTED_CONTACT, updated.id, before, _text(updated)))
        return updated

    def remove(self, contact_id: str) -> None:
        with self._db.session() as session:
            session.delete(_row(session, contact_id))


def _checked(name: str, reach: str, note: str) -> tuple[str, str, str]:
    name, reach, note = name.strip(), reach.strip(), note.strip()
    if not name:
        raise UsageError("Please give the contact a name.")
    if len(name) > MAX_NAME or len(reach) > MAX_TEXT or len(note) > MAX_TEXT:
        raise UsageError("That's longer than a contact can hold; please shorten it.")
    for value in (name, reach, note):
        if limits.text_problem(value, MAX_TEXT) is not None:
            raise UsageError("A contact's details hold a character Tend can't keep; remove it.")
    return name, reach, note


def _row(session: Session, contact_id: str) -> TrustedContactRow:
    row = session.scalar(select(TrustedContactRow).where(TrustedContactRow.id == contact_id))
    if row is None:
        raise NotFoundError("That contact isn't in this journal any more.")
    return row


def _text(contact: TrustedContact) -> tuple[str, ...]:
    """What is read for crisis words: the name, how to reach them and the note."""
    return (contact.name, contact.reach, contact.note)


def _to_contact(row: TrustedContactRow) -> TrustedContact:
    return TrustedContact(id=row.id, name=row.name, reach=row.reach, note=row.note)
