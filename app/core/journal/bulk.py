"""Many entries at once (imports, generated benchmark data): one transaction per batch.

One commit per batch instead of one per entry is what makes this fast: every commit waits
for the disk (synchronous=FULL).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from itertools import islice

from app.core.clock import Clock
from app.core.db.database import Database
from app.core.db.tables import EntryRow
from app.core.journal.checks import check_entry_fields
from app.core.journal.model import Entry, NewEntry
from app.core.journal.rows import TagBook, entry_values


def insert_entries(
    database: Database, drafts: Iterable[NewEntry], clock: Clock, batch_size: int = 1000
) -> int:
    """Write every draft; returns how many were written. A failing batch is rolled back."""
    written = 0
    for batch in _batches(drafts, batch_size):
        now = clock()
        with database.session() as session:
            tags = TagBook(session)
            rows = []
            for draft in batch:
                check_entry_fields(draft.title, draft.body, draft.tags, draft.created_at)
                moment = draft.created_at or now
                entry = Entry(
                    id=str(uuid.uuid4()),
                    title=draft.title,
                    body=draft.body,
                    tags=(),
                    created_at=moment,
                    # Written whole at that moment: the watcher reads writing by its last
                    # edit, so a year of generated entries is not all "written today".
                    updated_at=moment,
                    starred=draft.starred,
                )
                row = EntryRow(**entry_values(entry))
                row.tags = tags.rows(draft.tags)
                rows.append(row)
            session.add_all(rows)
        written += len(batch)
    return written


def _batches(drafts: Iterable[NewEntry], size: int) -> Iterator[list[NewEntry]]:
    iterator = iter(drafts)
    while batch := list(islice(iterator, max(1, size))):
        yield batch
