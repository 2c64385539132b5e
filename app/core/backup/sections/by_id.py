"""Merging by stable id where the journal's version of a record both sides hold wins.

Questionnaire results, past prompts and trusted contacts have no edit time to tell which
side is newer. A record the journal lacks is added (with its id, so restoring again finds
it); one that is the same on both sides is left alone; one that differs keeps the
journal's version, because the journal is what the person is using now. Openings keep the
journal's words the same way; one that brings stage changes or entry links the journal
lacks counts as changed, and its section writes those once the openings are written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.progress import report

BATCH = 500
PROGRESS_EVERY = 250

# A row's column values (as stored, or as the backup's record would be stored), reduced to
# what the person would call "the same": JSON columns are compared as values, not as text.
Comparable = Callable[[Mapping[str, Any]], object]


def merge_keeping_journal(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    context: MergeContext,
    comparable: Comparable,
    *,
    section: str,
    label: str,
    gaining_children: Collection[str] = (),
) -> SectionChanges:
    """Add the rows (column values with ``id``, no ``pk``) the journal lacks; count the rest.

    ``gaining_children``: ids of rows that bring child rows the journal lacks, so a row the
    journal holds unchanged is counted as kept (changed), not as already there.
    """
    stored = (dict(row._mapping) for row in session.execute(select(table)))
    existing = {row["id"]: comparable(row) for row in stored}
    pending: list[dict[str, Any]] = []
    added = unchanged = kept = 0
    for done, row in enumerate(rows, start=1):
        if row["id"] not in existing:
            added += 1
            pending.append(row)
        elif comparable(row) == existing[row["id"]] and row["id"] not in gaining_children:
            unchanged += 1
        else:
            kept += 1
        if len(pending) >= BATCH:
            _write(session, table, pending, context)
        if done % PROGRESS_EVERY == 0 or done == len(rows):
            report(context.progress, done, len(rows))
    _write(session, table, pending, context)
    return SectionChanges(section, label, added=added, unchanged=unchanged, kept_current=kept)


def _write(
    session: Session, table: Table, pending: list[dict[str, Any]], context: MergeContext
) -> None:
    """Insert the pending rows (only when applying, not in the preview) and empty the list."""
    if context.apply and pending:
        session.execute(insert(table), pending)
    pending.clear()


def table_digest(session: Session, table: Table) -> bytes:
    """Changes whenever any row of a small table changes (for "changed since last backup")."""
    digest = hashlib.sha256()
    for row in session.execute(select(table).order_by(table.c.pk)):
        digest.update(json.dumps([str(value) for value in row]).encode())
    return digest.digest()
