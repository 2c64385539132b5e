"""What an importer produces: plain values, checked whole before anything is written."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from app.core.checkins.model import CheckIn
from app.core.journal.model import Entry

# Imported items get ids derived from the source's own identity for them, so importing the
# same file twice finds the same ids and adds nothing.
IMPORT_NAMESPACE = uuid.UUID("5d0c1f8e-2b7a-4f0e-9c61-8a3e4b2d7f19")
PREVIEW_TITLES = 5


@dataclass(frozen=True)
class ImportBatch:
    source: str  # "daylio", "jrnl", "dayone"
    entries: tuple[Entry, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    activity_names: tuple[str, ...] = ()  # every activity the check-ins name, once each
    skipped: int = 0  # items in the file with nothing to import (e.g. a photo-only entry)


@dataclass(frozen=True)
class ImportPreview:
    source: str
    entries: int
    checkins: int
    activities: int
    skipped: int
    first_day: date | None
    last_day: date | None
    first_titles: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ImportResult:
    entries_added: int
    entries_already_here: int
    checkins_added: int
    checkins_already_here: int


def preview(batch: ImportBatch) -> ImportPreview:
    moments = [entry.created_at for entry in batch.entries] + [c.at for c in batch.checkins]
    days = sorted(moment.date() for moment in moments)
    newest_first = sorted(batch.entries, key=lambda entry: entry.created_at)
    return ImportPreview(
        source=batch.source,
        entries=len(batch.entries),
        checkins=len(batch.checkins),
        activities=len(batch.activity_names),
        skipped=batch.skipped,
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        first_titles=tuple(entry.display_title for entry in newest_first[:PREVIEW_TITLES]),
    )


class StableIds:
    """uuid5 ids from a source's identity for an item, counting repeats of the same identity."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._seen: Counter[str] = Counter()

    def next(self, *identity: str) -> str:
        key = "|".join((self._source, *identity))
        occurrence = self._seen[key]
        self._seen[key] += 1
        return str(uuid.uuid5(IMPORT_NAMESPACE, f"{key}|{occurrence}"))


def as_local(moment: datetime, zone: tzinfo | None) -> datetime:
    """A naive wall-clock time from a file, placed in ``zone`` (default: this computer's)."""
    if moment.tzinfo is not None:
        return moment
    return moment.astimezone() if zone is None else moment.replace(tzinfo=zone)
