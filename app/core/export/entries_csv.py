"""CSV export of entries (one row each, the trash left out). The file is NOT encrypted.

Columns: id, created, updated, title, tags (separated by " | "), starred, body.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.core.backup.files import write_new_file
from app.core.export.source import live_entries
from app.core.journal import Journal
from app.core.progress import ProgressCallback, report

COLUMNS = ("id", "created", "updated", "title", "tags", "starred", "body")


def export_entries_csv(
    journal: Journal, path: Path, progress: ProgressCallback | None = None
) -> int:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    total = journal.count()
    count = 0
    for entry in live_entries(journal):
        writer.writerow(
            (
                entry.id,
                entry.created_at.isoformat(),
                entry.updated_at.isoformat(),
                entry.title,
                " | ".join(entry.tags),
                "true" if entry.starred else "false",
                entry.body,
            )
        )
        count += 1
        if count % 100 == 0:
            report(progress, count, total)
    data = buffer.getvalue().encode("utf-8")
    write_new_file(path, lambda handle: handle.write(data), overwrite=False)
    report(progress, count, total)
    return count
