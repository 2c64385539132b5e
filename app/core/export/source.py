"""Every entry not in the trash, oldest first, read a batch at a time."""

from __future__ import annotations

from collections.abc import Iterator

from app.core.journal import Entry, Journal

# Entries per query: large enough that round trips don't count, small enough that memory
# stays flat however long the journal grows.
BATCH_SIZE = 500


def live_entries(journal: Journal) -> Iterator[Entry]:
    for batch in journal.live_batches(BATCH_SIZE):
        yield from batch
