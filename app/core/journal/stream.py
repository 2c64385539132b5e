"""Every live entry, oldest first, read a batch at a time (exports).

One query per batch for the entries (keyset paging on the listing index) and one for
their tags, so an export costs two statements per batch instead of several per entry,
and holds one batch in memory however long the journal is.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import from_utc_text
from app.core.db.database import Database
from app.core.db.keyset import keyset_batches
from app.core.db.tables import EntryRow, TagRow, entry_tags
from app.core.journal.model import Entry

DEFAULT_BATCH = 500


def live_entry_batches(
    database: Database, batch_size: int = DEFAULT_BATCH
) -> Iterator[list[Entry]]:
    """Lists of at most ``batch_size`` entries not in the trash, by (created_at, pk)."""
    statement = select(
        EntryRow.pk,
        EntryRow.id,
        EntryRow.title,
        EntryRow.body,
        EntryRow.created_at,
        EntryRow.created_offset_min,
        EntryRow.updated_at,
        EntryRow.starred,
    ).where(EntryRow.deleted_at.is_(None))
    for rows, tags in keyset_batches(
        database,
        statement,
        EntryRow.created_at,
        EntryRow.pk,
        batch_size=batch_size,
        read_extra=_tags_of,
    ):
        yield [
            Entry(
                id=row[1],
                title=row[2],
                body=row[3],
                tags=tags.get(row[0], ()),
                created_at=from_utc_text(row[4], row[5]),
                updated_at=from_utc_text(row[6], row[5]),
                starred=bool(row[7]),
            )
            for row in rows
        ]


def _tags_of(session: Session, pks: list[int]) -> dict[int, tuple[str, ...]]:
    """Tag names per entry, in the order ``EntryRow.tags`` gives them (name, NOCASE)."""
    if not pks:
        return {}
    statement = (
        select(entry_tags.c.entry_pk, TagRow.name)
        .join(TagRow, TagRow.pk == entry_tags.c.tag_pk)
        .where(entry_tags.c.entry_pk.in_(pks))
        .order_by(entry_tags.c.entry_pk, TagRow.name)
    )
    found: dict[int, list[str]] = {}
    for pk, name in session.execute(statement):
        found.setdefault(pk, []).append(name)
    return {pk: tuple(names) for pk, names in found.items()}
