"""An experiment for the benchmark: how fast would saving be without FTS prefix indexes?

It works on a copy of the vault: the full-text table is rebuilt without ``prefix='2 3'``
(same tokenizer, same triggers, secure-delete still on) and edits are timed there. The real
vault is not touched. It exists to back a recommendation with a number, nothing more.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from app.core.journal import Journal
from app.core.vault import Vault, VaultFiles

REBUILD = [
    "DROP TABLE entries_fts",
    """CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, content='entries', content_rowid='pk',
        tokenize='porter unicode61 remove_diacritics 2')""",
    "INSERT INTO entries_fts(entries_fts, rank) VALUES('secure-delete', 1)",
    "INSERT INTO entries_fts(entries_fts) VALUES('rebuild')",
]


def save_without_prefix_indexes(files: VaultFiles, key: bytes, runs: int) -> float:
    """Median milliseconds to save an edit on a copy whose FTS table has no prefix indexes."""
    with tempfile.TemporaryDirectory(prefix="tend-fts-") as folder:
        copy = VaultFiles(Path(folder))
        shutil.copy2(files.db, copy.db)
        shutil.copy2(files.slots, copy.slots)
        vault = Vault.open_with_key(copy, key)
        try:
            with vault.database.session() as session:
                for statement in REBUILD:
                    session.execute(text(statement))
            journal = Journal(vault.database)
            page, _ = journal.list_page(limit=runs * 3)
            timings = []
            for index, summary in enumerate(page[::3]):
                body = journal.get(summary.id).body + f"\n\nAdded later ({index})."
                started = time.perf_counter()
                journal.update(summary.id, body=body)
                timings.append((time.perf_counter() - started) * 1000)
        finally:
            vault.lock()
    return statistics.median(timings)
