"""People in the search: a short list with how we met and when we last talked.

No reminders per person, no sequences, no tags: it is a memory aid, not a contact manager.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core import limits
from app.core.clock import Clock, system_clock, to_utc_text
from app.core.db.database import Database
from app.core.db.jobsearch_tables import OpeningRow, PersonOpeningRow, SearchPersonRow
from app.core.errors import NotFoundError, UsageError
from app.core.jobsearch.model import SearchPerson
from app.core.jobsearch.rows import people_from_rows
from app.core.watcher.model import SEARCH_PERSON
from app.core.watcher.saved_text import CrisisTextReader, SavedText

MAX_NAME = 200
MAX_HOW_WE_MET = 1000

# Passed as ``last_talked`` to leave it as it is (None clears it).
KEEP: date = date.min


class SearchPeople:
    def __init__(
        self,
        database: Database,
        clock: Clock = system_clock,
        *,
        read_crisis: CrisisTextReader,
    ) -> None:
        self._db = database
        self._clock = clock
        # Every save of a name or of how we met is read for crisis words.
        self._read_crisis = read_crisis

    def all(self) -> list[SearchPerson]:
        """In the order they were added."""
        with self._db.reader() as session:
            rows = session.scalars(select(SearchPersonRow).order_by(SearchPersonRow.pk)).all()
            return people_from_rows(session, rows)

    def get(self, person_id: str) -> SearchPerson:
        with self._db.reader() as session:
            return people_from_rows(session, [_row(session, person_id)])[0]

    def for_opening(self, opening_id: str) -> list[SearchPerson]:
        with self._db.reader() as session:
            ids = select(PersonOpeningRow.person_id).where(
                PersonOpeningRow.opening_id == opening_id
            )
            rows = session.scalars(
                select(SearchPersonRow)
                .where(SearchPersonRow.id.in_(ids))
                .order_by(SearchPersonRow.pk)
            ).all()
            return people_from_rows(session, rows)

    def add(self, name: str, how_we_met: str = "", last_talked: date | None = None) -> SearchPerson:
        name, how_we_met = _checked(name, how_we_met)
        talked = self._checked_day(last_talked)
        with self._db.session() as session:
            row = SearchPersonRow(
                id=str(uuid.uuid4()),
                name=name,
                how_we_met=how_we_met,
                last_talked=None if talked is None else talked.isoformat(),
                created_at=to_utc_text(self._clock()),
            )
            session.add(row)
            session.flush()
            added = people_from_rows(session, [row])[0]
        self._read_crisis(SavedText(SEARCH_PERSON, added.id, (), _text(added)))
        return added

    def edit(
        self,
        person_id: str,
        *,
        name: str | None = None,
        how_we_met: str | None = None,
        last_talked: date | None = KEEP,
    ) -> SearchPerson:
        with self._db.session() as session:
            row = _row(session, person_id)
            before = (row.name, row.how_we_met)
            row.name, row.how_we_met = _checked(
                row.name if name is None else name,
                row.how_we_met if how_we_met is None else how_we_met,
            )
            if last_talked is not KEEP:
                talked = self._checked_day(last_talked)
                row.last_talked = None if talked is None else talked.isoformat()
            session.flush()
            edited = people_from_rows(session, [row])[0]
        self._read_crisis(SavedText(SEARCH_PERSON, edited.id, before, _text(edited)))
        return edited

    def remove(self, person_id: str) -> None:
        with self._db.session() as session:
            session.delete(_row(session, person_id))
        self._db.checkpoint()

    def link_opening(self, person_id: str, opening_id: str) -> SearchPerson:
        with self._db.session() as session:
            row = _row(session, person_id)
            if session.scalar(select(OpeningRow.pk).where(OpeningRow.id == opening_id)) is None:
                raise NotFoundError("That opening isn't in this journal any more.")
            if session.get(PersonOpeningRow, (row.id, opening_id)) is None:
                session.add(PersonOpeningRow(person_id=row.id, opening_id=opening_id))
            session.flush()
            return people_from_rows(session, [row])[0]

    def unlink_opening(self, person_id: str, opening_id: str) -> SearchPerson:
        with self._db.session() as session:
            row = _row(session, person_id)
            session.execute(
                delete(PersonOpeningRow).where(
                    PersonOpeningRow.person_id == row.id,
                    PersonOpeningRow.opening_id == opening_id,
                )
            )
            session.flush()
            return people_from_rows(session, [row])[0]

    def _checked_day(self, day: date | None) -> date | None:
        if day is None:
            return None
        if not limits.year_in_range(day):
            raise UsageError(f"A day can be {limits.year_range_text()}.")
        if day > self._clock().date():
            raise UsageError('"Last talked" can\'t be a day in the future.')
        return day


def _checked(name: str, how_we_met: str) -> tuple[str, str]:
    name, how_we_met = " ".join(name.split()), how_we_met.strip()
    if not name:
        raise UsageError("Please give the person a name (a first name is enough).")
    for what, value, limit in (
        ("The name", name, MAX_NAME),
        ("How you met", how_we_met, MAX_HOW_WE_MET),
    ):
        problem = limits.text_problem(value, limit)
        if problem is not None:
            raise UsageError(f"{what} {problem}; please shorten or change it.")
    return name, how_we_met


def _text(person: SearchPerson) -> tuple[str, ...]:
    """What is read for crisis words: the name and how we met."""
    return (person.name, person.how_we_met)


def _row(session: Session, person_id: str) -> SearchPersonRow:
    row = session.scalar(select(SearchPersonRow).where(SearchPersonRow.id == person_id))
    if row is None:
        raise NotFoundError("That person isn't in this journal's search list any more.")
    return row
