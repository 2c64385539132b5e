"""Which crisis words of which entry or check-in have been read (the `crisis_reads` table).

Derived state kept inside the encrypted vault: it holds keys (digests), never the words,
and goes with its entry or check-in when that is deleted for good. It is not in backups:
a restored entry written today is read again on this device, which is what should happen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.core.clock import to_utc_text
from app.core.db.watcher_tables import CrisisReadRow
from app.core.watcher.crisis_reads import CrisisRead
from app.core.watcher.model import CHECKIN, ENTRY

Identity = tuple[str, str, str]  # source, source id, words key


def known_reads(session: Session, reads: Sequence[CrisisRead]) -> set[Identity]:
    """The identities among ``reads`` already in the table."""
    known: set[Identity] = set()
    for source, column in ((ENTRY, CrisisReadRow.entry_id), (CHECKIN, CrisisReadRow.checkin_id)):
        ids = sorted({read.source_id for read in reads if read.source == source})
        for start in range(0, len(ids), 500):
            statement = select(column, CrisisReadRow.words_key).where(
                column.in_(ids[start : start + 500])
            )
            known.update((source, str(i), key) for i, key in session.execute(statement))
    return known


def remember_reads(session: Session, reads: Iterable[CrisisRead], moment: datetime) -> None:
    """Add the reads (one already there, say from another process, is left as it is)."""
    at = to_utc_text(moment)
    rows: list[dict[str, Any]] = [
        {
            "entry_id": read.source_id if read.source == ENTRY else None,
            "checkin_id": read.source_id if read.source == CHECKIN else None,
            "words_key": read.key,
            "read_at": at,
        }
        for read in reads
    ]
    if rows:
        table = cast(Table, CrisisReadRow.__table__)
        session.execute(insert(table).on_conflict_do_nothing(), rows)
