"""Many entries at once (imports, generated benchmark data): one transaction per batch.

One commit per batch instead of one per entry is what makes this fast: every commit waits
for the disk (synchronous=FULL).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from itertools import islice

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import Clock, offset_minutes, to_utc_text
from app.core.db.database import Database
from app.core.db.tables import EntryRow, TagRow
from app.core.journal.checks import check_entry_fields
from app.core.journal.model import NewEntry
from app.core.journal.tags import normalise_tags


def insert_entries(
    database: Database, drafts: Iterable[NewEntry], clock: Clock, batch_size: int = 1000
) -> int:
    """Write every draft; returns how many were written. A failing batch is rolled back."""
    written = 0
    for batch in _batches(drafts, batch_size):
        now = clock()
        with database.session() as session:
            tags = _TagLookup(session)
            rows = []
            for draft in batch:
                check_entry_fields(draft.title, draft.body, draft.tags, draft.created_at)
                moment = draft.created_at or now
                row = EntryRow(
                    id=str(uuid.uuid4()),
                    created_at=to_utc_text(moment),
                    created_offset_min=offset_minutes(moment),
                    # Written whole at that moment: the watcher reads writing by its last
                    # edit, so a year of generated entries is not all "written today".
                    updated_at=to_utc_text(moment),
                    title=draft.title,
                    body=draft.body,
                    starred=draft.starred,
                )
                row.tags = [tags.row(name) for name in normalise_tags(draft.tags)]
                rows.append(row)
            session.add_all(rows)
        written += len(batch)
    return written


class _TagLookup:
    """Tag rows of one session, looked up once per name (case-insensitively)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._rows: dict[str, TagRow] = {}

    def row(self, name: str) -> TagRow:
        key = name.casefold()
        found = self._rows.get(key)
        if found is None:
            found = self._session.scalar(select(TagRow).where(TagRow.name == name))
            if found is None:
                found = TagRow(name=name)
                self._session.add(found)
            self._rows[key] = found
        return found


def _batches(drafts: Iterable[NewEntry], size: int) -> Iterator[list[NewEntry]]:
    iterator = iter(drafts)
    while batch := list(islice(iterator, max(1, size))):
        yield batch
