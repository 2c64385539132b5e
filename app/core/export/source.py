"""Every entry not in the trash, oldest first, read page by page."""

from __future__ import annotations

from collections.abc import Iterator

from app.core.journal import Entry, Journal


def live_entries(journal: Journal) -> Iterator[Entry]:
    ids: list[str] = []
    summaries, cursor = journal.list_page()
    ids.extend(summary.id for summary in summaries)
    while cursor is not None:
        summaries, cursor = journal.list_page(after=cursor)
        ids.extend(summary.id for summary in summaries)
    for entry_id in reversed(ids):
        yield journal.get(entry_id)
