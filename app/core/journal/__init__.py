"""Journal entries: plain dataclasses out, SQL inside."""

from app.core.journal.model import (
    Entry,
    EntryFilter,
    EntrySummary,
    ListCursor,
    NewEntry,
    SearchHit,
    TagCount,
)
from app.core.journal.service import Journal

__all__ = [
    "Entry",
    "EntryFilter",
    "EntrySummary",
    "Journal",
    "ListCursor",
    "NewEntry",
    "SearchHit",
    "TagCount",
]
