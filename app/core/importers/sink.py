"""Where imported items go: entries through the journal service, check-ins through a writer.

The app and the command line pass ``checkin_writer=StoredCheckInWriter(database)`` (see
checkin_writer.py). A sink without one refuses a file that holds check-ins before anything
is written, rather than import it in part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from app.core.checkins.model import CheckIn
from app.core.importers.errors import NOTHING_IMPORTED, CheckInsUnavailableError
from app.core.importers.model import ImportBatch, ImportResult
from app.core.journal.model import Entry
from app.core.journal.service import Journal
from app.core.progress import ProgressCallback, report

# Adds the check-ins whose ids are not stored yet (creating activities by name as needed)
# in one transaction, and returns how many it added.
CheckInWriter = Callable[[Sequence[CheckIn], Sequence[str]], int]


class ImportSink(Protocol):
    @property
    def accepts_checkins(self) -> bool: ...

    def add_entries(self, entries: Sequence[Entry]) -> int:
        """Add entries whose ids are new, in one transaction; return how many were added."""
        ...

    def add_checkins(self, checkins: Sequence[CheckIn], activity_names: Sequence[str]) -> int:
        """Add check-ins whose ids are new, in one transaction; return how many were added."""
        ...


class JournalImportSink:
    def __init__(self, journal: Journal, checkin_writer: CheckInWriter | None = None) -> None:
        self._journal = journal
        self._checkin_writer = checkin_writer

    @property
    def accepts_checkins(self) -> bool:
        return self._checkin_writer is not None

    def add_entries(self, entries: Sequence[Entry]) -> int:
        return self._journal.add_imported(entries)

    def add_checkins(self, checkins: Sequence[CheckIn], activity_names: Sequence[str]) -> int:
        if self._checkin_writer is None:
            raise _checkins_unavailable(len(checkins))
        return self._checkin_writer(checkins, activity_names)


def import_batch(
    batch: ImportBatch, sink: ImportSink, progress: ProgressCallback | None = None
) -> ImportResult:
    """Write a checked batch. Entries go in one transaction, check-ins in another."""
    if batch.checkins and not sink.accepts_checkins:
        raise _checkins_unavailable(len(batch.checkins))
    report(progress, 0, 2)
    entries_added = sink.add_entries(batch.entries) if batch.entries else 0
    report(progress, 1, 2)
    checkins_added = (
        sink.add_checkins(batch.checkins, batch.activity_names) if batch.checkins else 0
    )
    report(progress, 2, 2)
    return ImportResult(
        entries_added=entries_added,
        entries_already_here=len(batch.entries) - entries_added,
        checkins_added=checkins_added,
        checkins_already_here=len(batch.checkins) - checkins_added,
    )


def _checkins_unavailable(count: int) -> CheckInsUnavailableError:
    return CheckInsUnavailableError(
        f"This file holds {count} mood check-ins, and this version of Tend can't store "
        f"check-ins yet. {NOTHING_IMPORTED} Your file is unchanged, so you can import it "
        "once Tend has check-ins."
    )
