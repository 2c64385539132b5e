"""CSV export of entries (one row each, the trash left out). The file is NOT encrypted.

Columns: id, created, updated, title, tags (separated by " | "), starred, body.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.core.export.csv_file import write_csv
from app.core.export.source import live_entries
from app.core.journal import Journal
from app.core.progress import ProgressCallback, report

COLUMNS = ("id", "created", "updated", "title", "tags", "starred", "body")


def export_entries_csv(
    journal: Journal, path: Path, progress: ProgressCallback | None = None
) -> int:
    total = journal.count()
    count = 0

    def rows() -> Iterator[tuple[str, ...]]:
        nonlocal count
        for entry in live_entries(journal):
            yield (
                entry.id,
                entry.created_at.isoformat(),
                entry.updated_at.isoformat(),
                entry.title,
                " | ".join(entry.tags),
                "true" if entry.starred else "false",
                entry.body,
            )
            count += 1
            if count % 100 == 0:
                report(progress, count, total)

    write_csv(path, COLUMNS, rows())
    report(progress, count, total)
    return count
