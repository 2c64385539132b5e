"""Journal verbs: write, edit, trash, list and search entries, each in one unit of work."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import and_, delete, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.core.clock import Clock, from_utc_text, offset_minutes, system_clock, to_utc_text
from app.core.db.database import Database
from app.core.db.expressions import local_date
from app.core.db.tables import EntryRow, TagRow, entry_tags
from app.core.errors import NotFoundError, UsageError
from app.core.journal import fts_query
from app.core.journal.bulk import insert_entries
from app.core.journal.checks import check_entry_fields
from app.core.journal.model import (
    PREVIEW_CHARS,
    Entry,
    EntryFilter,
    EntrySummary,
    ListCursor,
    NewEntry,
    SearchHit,
    TagCount,
    first_line,
    make_preview,
)
from app.core.journal.rows import TagBook, entry_from_row, entry_values, tags_in_order
from app.core.journal.search import count_matches
from app.core.journal.stream import live_entry_batches
from app.core.journal.symbol_search import rows_for_query
from app.core.journal.tags import MAX_TAG_LENGTH, clean_tag, normalise_tags

__all__ = ["MAX_TAG_LENGTH", "Journal", "make_preview", "normalise_tags"]

PAGE_SIZE = 200
TRASH_KEEP_DAYS = 30
MIN_ID_PREFIX = 6


class Journal:
    """Entries in the open vault. Every method is one short transaction."""

    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    # -- writing ----------------------------------------------------------------------

    def create(
        self,
        title: str = "",
        body: str = "",
        tags: Iterable[str] = (),
        *,
        created_at: datetime | None = None,
        entry_id: str | None = None,
        starred: bool = False,
    ) -> Entry:
        tags = list(tags)
        check_entry_fields(title, body, tags, created_at)
        now = self._clock()
        moment = created_at or now
        entry = Entry(
            id=entry_id or str(uuid.uuid4()),
            title=title,
            body=body,
            tags=(),
            created_at=moment,
            updated_at=now,
            starred=starred,
        )
        with self._db.session() as session:
            row = EntryRow(**entry_values(entry))
            row.tags = TagBook(session).rows(tags)
            session.add(row)
            session.flush()
            return entry_from_row(row)

    def update(
        self,
        entry_id: str,
        *,
        title: str | None = None,
        body: str | None = None,
        tags: Iterable[str] | None = None,
        starred: bool | None = None,
        created_at: datetime | None = None,
    ) -> Entry:
        """Change what is given; an edit that changes nothing writes nothing."""
        tags = None if tags is None else list(tags)
        check_entry_fields(title, body, tags, created_at)
        with self._db.session() as session:
            row = _row(session, entry_id)
            changed = False
            if title is not None and title != row.title:
                row.title, changed = title, True
            if body is not None and body != row.body:
                row.body, changed = body, True
            if starred is not None and starred != row.starred:
                row.starred, changed = starred, True
            if created_at is not None and (
                to_utc_text(created_at) != row.created_at
                or offset_minutes(created_at) != row.created_offset_min
            ):
                row.created_at = to_utc_text(created_at)
                row.created_offset_min = offset_minutes(created_at)
                changed = True
            if tags is not None:
                new_tags = TagBook(session).rows(tags)
                if [tag.name for tag in new_tags] != [tag.name for tag in row.tags]:
                    row.tags, changed = new_tags, True
            if changed:
                row.updated_at = to_utc_text(self._clock())
            session.flush()
            return entry_from_row(row)

    def add_imported(self, entries: Sequence[Entry]) -> int:
        """Add entries brought in from elsewhere, keeping their ids and times, in one
        transaction. An id already in the journal is skipped, so importing twice adds nothing.
        """
        if not entries:
            return 0
        for entry in entries:
            check_entry_fields(entry.title, entry.body, entry.tags, entry.created_at)
        added = 0
        with self._db.session() as session:
            tag_book = TagBook(session)
            ids = [entry.id for entry in entries]
            existing: set[str] = set()
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                existing.update(session.scalars(select(EntryRow.id).where(EntryRow.id.in_(chunk))))
            for entry in entries:
                if entry.id in existing:
                    continue
                existing.add(entry.id)
                row = EntryRow(**entry_values(replace(entry, deleted_at=None)))
                row.tags = tag_book.rows(entry.tags)
                session.add(row)
                session.flush()
                added += 1
        return added

    def move_to_trash(self, entry_id: str) -> None:
        with self._db.session() as session:
            _row(session, entry_id).deleted_at = to_utc_text(self._clock())

    def restore_from_trash(self, entry_id: str) -> None:
        with self._db.session() as session:
            _row(session, entry_id).deleted_at = None

    def delete_forever(self, entry_ids: Sequence[str]) -> int:
        """Erase entries for good: rows, index words, and the freed pages are overwritten."""
        if not entry_ids:
            return 0
        with self._db.session() as session:
            result = session.execute(delete(EntryRow).where(EntryRow.id.in_(entry_ids)))
            _drop_unused_tags(session)
            # Rebuild the index so no posting of these entries (or of their earlier drafts)
            # survives in it; secure_delete then overwrites the pages it frees.
            session.execute(text("INSERT INTO entries_fts(entries_fts) VALUES('optimize')"))
        # Old page images would otherwise survive in the write-ahead log until it is reused.
        self._db.checkpoint()
        return int(getattr(result, "rowcount", 0) or 0)

    def empty_trash(self, older_than_days: int | None = None) -> int:
        """Delete for good what is in the trash (optionally only what has waited long enough)."""
        statement = select(EntryRow.id).where(EntryRow.deleted_at.is_not(None))
        if older_than_days is not None:
            cutoff = self._clock() - timedelta(days=older_than_days)
            statement = statement.where(EntryRow.deleted_at < to_utc_text(cutoff))
        with self._db.reader() as session:
            ids = list(session.scalars(statement))
        return self.delete_forever(ids)

    # -- reading ----------------------------------------------------------------------

    def create_many(self, drafts: Iterable[NewEntry], batch_size: int = 1000) -> int:
        """Write many entries quickly, one transaction per batch (imports, generated data)."""
        return insert_entries(self._db, drafts, self._clock, batch_size)

    def get(self, entry_id: str) -> Entry:
        with self._db.reader() as session:
            return entry_from_row(_row(session, entry_id))

    def live_batches(self, batch_size: int) -> Iterator[list[Entry]]:
        """Entries not in the trash, oldest first, a query per batch (exports)."""
        return live_entry_batches(self._db, batch_size)

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id of the one entry whose id starts with ``id_or_prefix`` (trash included)."""
        prefix = id_or_prefix.strip().lower()
        if len(prefix) < MIN_ID_PREFIX:
            raise UsageError(
                f"Please give at least {MIN_ID_PREFIX} characters of the entry's id "
                "(`tend list` shows them)."
            )
        # A range on the unique index instead of LIKE, which SQLite can't serve from it.
        statement = (
            select(EntryRow.id)
            .where(EntryRow.id >= prefix, EntryRow.id < prefix + "\uffff")
            .order_by(EntryRow.id)
            .limit(2)
        )
        with self._db.reader() as session:
            found = list(session.scalars(statement))
        if not found:
            raise NotFoundError(f"No entry's id starts with {prefix} in this journal.")
        if len(found) > 1:
            raise UsageError(
                f"More than one entry's id starts with {prefix}. Please give a few more "
                "characters of the id."
            )
        return found[0]

    def list_page(
        self,
        entry_filter: EntryFilter | None = None,
        after: ListCursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> tuple[list[EntrySummary], ListCursor | None]:
        """One page of the newest-first list, and the cursor for the next (None at the end)."""
        statement = (
            select(
                EntryRow.pk,
                EntryRow.id,
                EntryRow.title,
                func.substr(EntryRow.body, 1, PREVIEW_CHARS * 2),
                EntryRow.created_at,
                EntryRow.created_offset_min,
                EntryRow.updated_at,
                EntryRow.starred,
            )
            .order_by(EntryRow.created_at.desc(), EntryRow.pk.desc())
            .limit(limit)
        )
        if after is not None:
            statement = statement.where(
                or_(
                    EntryRow.created_at < after.created_at,
                    and_(EntryRow.created_at == after.created_at, EntryRow.pk < after.pk),
                )
            )
        with self._db.reader() as session:
            rows = session.execute(statement.where(*_filter_clauses(session, entry_filter))).all()
            tags = _tags_for(session, [row[0] for row in rows])
        summaries = [
            EntrySummary(
                id=row[1],
                title=row[2],
                preview=make_preview(row[3]),
                tags=tags.get(row[0], ()),
                created_at=from_utc_text(row[4], row[5]),
                updated_at=from_utc_text(row[6], row[5]),
                starred=bool(row[7]),
                first_line="" if row[2].strip() else first_line(row[3]),
            )
            for row in rows
        ]
        cursor = ListCursor(rows[-1][4], rows[-1][0]) if len(rows) == limit else None
        return summaries, cursor

    def entries_between(self, start: date, end: date) -> list[Entry]:
        """Whole entries (bodies included) written from ``start`` to ``end`` (inclusive,
        local days), oldest first; the trash is left out. For the watcher's window."""
        statement = select(EntryRow).order_by(EntryRow.created_at, EntryRow.pk)
        with self._db.reader() as session:
            clauses = _filter_clauses(session, EntryFilter(start=start, end=end))
            return [entry_from_row(row) for row in session.scalars(statement.where(*clauses))]

    def edited_since(self, since: datetime) -> list[Entry]:
        """Whole entries last edited at or after ``since``, whenever they were begun, oldest
        edit first; the trash is left out. For the watcher's crisis reading."""
        # Only the edit time in SQL: with "deleted_at IS NULL" there too, SQLite picks the
        # listing index and reads every entry; the few edited today are filtered here.
        statement = (
            select(EntryRow)
            .where(EntryRow.updated_at >= to_utc_text(since))
            .order_by(EntryRow.updated_at, EntryRow.pk)
        )
        with self._db.reader() as session:
            rows = session.scalars(statement)
            return [entry_from_row(row) for row in rows if row.deleted_at is None]

    def count(self, entry_filter: EntryFilter | None = None) -> int:
        statement = select(func.count()).select_from(EntryRow)
        with self._db.reader() as session:
            clauses = _filter_clauses(session, entry_filter)
            return int(session.scalar(statement.where(*clauses)) or 0)

    def tags(self) -> list[TagCount]:
        statement = (
            select(TagRow.name, func.count(EntryRow.pk))
            .join(entry_tags, entry_tags.c.tag_pk == TagRow.pk)
            .join(EntryRow, EntryRow.pk == entry_tags.c.entry_pk)
            .where(EntryRow.deleted_at.is_(None))
            .group_by(TagRow.pk)
            .order_by(func.lower(TagRow.name))
        )
        with self._db.reader() as session:
            return [TagCount(name, int(count)) for name, count in session.execute(statement)]

    def count_matches(self, query: str) -> int:
        """How many entries a search finds before ranking (to say when it was narrowed)."""
        if not query.strip():
            return 0
        with self._db.reader() as session:
            return count_matches(session, fts_query.prepare(query))

    def search(
        self, query: str, limit: int = 50, within: EntryFilter | None = None
    ) -> list[SearchHit]:
        """Ranked matches with highlighted snippets; title words weigh more than body words.
        ``within`` keeps to the entries a filter shows (a tag, a date range)."""
        if not query.strip():
            return []
        with self._db.reader() as session:
            keys = _keys_within(session, within)
            if keys is not None and not keys:
                return []
            rows = rows_for_query(session, query, limit, keys)
            tags = _tags_for(session, [row.pk for row in rows])
        return [
            SearchHit(
                id=row.id,
                title=row.title,
                snippet=row.snippet,
                created_at=from_utc_text(row.created_at, row.offset_minutes),
                rank=float(row.rank),
                tags=tags.get(row.pk, ()),
            )
            for row in rows
        ]


def _keys_within(session: Session, within: EntryFilter | None) -> list[int] | None:
    """The keys of the live entries a filter shows, or None when it shows them all."""
    if within is None or (within.tag is None and within.start is None and within.end is None):
        return None
    live = replace(within, in_trash=False)
    return list(session.scalars(select(EntryRow.pk).where(*_filter_clauses(session, live))))


def _tags_for(session: Session, pks: list[int]) -> dict[int, tuple[str, ...]]:
    if not pks:
        return {}
    statement = (
        select(entry_tags.c.entry_pk, TagRow.name)
        .join(TagRow, TagRow.pk == entry_tags.c.tag_pk)
        .where(entry_tags.c.entry_pk.in_(pks))
        .order_by(func.lower(TagRow.name))
    )
    found: dict[int, list[str]] = {}
    for pk, name in session.execute(statement):
        found.setdefault(pk, []).append(name)
    return {pk: tags_in_order(names) for pk, names in found.items()}


def _drop_unused_tags(session: Session) -> None:
    used = select(entry_tags.c.tag_pk)
    session.execute(delete(TagRow).where(TagRow.pk.not_in(used)))


def _filter_clauses(
    session: Session, entry_filter: EntryFilter | None
) -> list[ColumnElement[bool]]:
    entry_filter = entry_filter or EntryFilter()
    clauses: list[ColumnElement[bool]] = [
        EntryRow.deleted_at.is_not(None) if entry_filter.in_trash else EntryRow.deleted_at.is_(None)
    ]
    tag = clean_tag(entry_filter.tag or "")
    if tag:
        clauses.append(
            EntryRow.pk.in_(
                select(entry_tags.c.entry_pk)
                .join(TagRow, TagRow.pk == entry_tags.c.tag_pk)
                .where(TagRow.name.in_(TagBook(session).spellings(tag)))
            )
        )
    day = local_date(EntryRow.created_at, EntryRow.created_offset_min)
    if entry_filter.start is not None:
        clauses.append(day >= entry_filter.start.isoformat())
    if entry_filter.end is not None:
        clauses.append(day <= entry_filter.end.isoformat())
    return clauses


def _row(session: Session, entry_id: str) -> EntryRow:
    row = session.scalar(select(EntryRow).where(EntryRow.id == entry_id))
    if row is None:
        raise NotFoundError(f"No entry with id {entry_id} in this journal.")
    return row
