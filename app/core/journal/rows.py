"""The one mapping between stored entries and ``Entry``, and the one way tags are found.

The journal, imports, backups and restore all build rows with ``entry_values`` and read
them with ``entry_from_values``, and look tags up with ``TagBook``, so every path stores the
same entry the same way (the same columns, the same tags by ``tag_key``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import RowMapping, Table, insert, select
from sqlalchemy.orm import Session

from app.core.clock import from_utc_text, offset_minutes, to_utc_text
from app.core.db.tables import EntryRow, TagRow
from app.core.journal.model import Entry
from app.core.journal.tags import normalise_tags, tag_key

TAGS = cast(Table, TagRow.__table__)
ENTRY_COLUMNS = (
    "id",
    "created_at",
    "created_offset_min",
    "updated_at",
    "title",
    "body",
    "starred",
    "deleted_at",
)


def entry_values(entry: Entry) -> dict[str, Any]:
    """The entry's columns as stored (tags are linked separately)."""
    return {
        "id": entry.id,
        "created_at": to_utc_text(entry.created_at),
        "created_offset_min": offset_minutes(entry.created_at),
        "updated_at": to_utc_text(entry.updated_at),
        "title": entry.title,
        "body": entry.body,
        "starred": entry.starred,
        "deleted_at": None if entry.deleted_at is None else to_utc_text(entry.deleted_at),
    }


def entry_from_values(values: Mapping[str, Any] | RowMapping, tags: Iterable[str]) -> Entry:
    """An entry from its stored columns (a row mapping) and its tag names."""
    offset = values["created_offset_min"]
    deleted = values["deleted_at"]
    return Entry(
        id=values["id"],
        title=values["title"],
        body=values["body"],
        tags=tags_in_order(tags),
        created_at=from_utc_text(values["created_at"], offset),
        updated_at=from_utc_text(values["updated_at"], offset),
        starred=bool(values["starred"]),
        deleted_at=None if deleted is None else from_utc_text(deleted, offset),
    )


def entry_from_row(row: EntryRow) -> Entry:
    values = {column: getattr(row, column) for column in ENTRY_COLUMNS}
    return entry_from_values(values, (tag.name for tag in row.tags))


def tags_in_order(names: Iterable[str]) -> tuple[str, ...]:
    """Tag names in the order Tend shows them."""
    return tuple(sorted(names, key=tag_key))


class TagBook:
    """The journal's tags in one session, found by ``tag_key``: a name that matches an
    existing tag links to it (keeping that tag's spelling); a new one is added at once."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._pks: dict[str, int] = {}
        self.reload()

    def reload(self) -> None:
        """Read the tags again (after unused ones were dropped)."""
        self._pks = {}
        # The oldest spelling wins if an older Tend left two tags with one key.
        statement = select(TagRow.pk, TagRow.name).order_by(TagRow.pk.desc())
        for pk, name in self._session.execute(statement):
            self._pks[tag_key(name)] = pk

    def pks(self, names: Iterable[str]) -> list[int]:
        """The keys of the tags ``names`` name (cleaned, duplicates dropped), adding new ones."""
        found = []
        for name in normalise_tags(names):
            key = tag_key(name)
            pk = self._pks.get(key)
            if pk is None:
                inserted = self._session.execute(
                    insert(TAGS).values(name=name).returning(TAGS.c.pk)
                )
                pk = int(inserted.scalar_one())
                self._pks[key] = pk
            found.append(pk)
        return found

    def rows(self, names: Iterable[str]) -> list[TagRow]:
        rows = []
        for pk in self.pks(names):
            row = self._session.get(TagRow, pk)
            assert row is not None  # just read or written in this session
            rows.append(row)
        return rows

    def spellings(self, name: str) -> list[str]:
        """Every stored spelling of the tag ``name`` (for filtering by tag)."""
        key = tag_key(name)
        names = self._session.scalars(select(TagRow.name))
        return [stored for stored in names if tag_key(stored) == key]
