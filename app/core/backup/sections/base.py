"""What every section of the backup document provides: one small module per kind of data.

A section writes its items into the document, checks the items it reads back (strictly,
naming the path of anything wrong), and merges them into a vault by stable ids. The same
merge runs as a dry run for the preview, so the summary shown is what restoring will do.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from app.core.progress import ProgressCallback


@dataclass(frozen=True)
class MergeContext:
    """What a merge needs to know about the backup it comes from."""

    backup_created_at: datetime
    apply: bool  # False: only count what would change (the preview)
    progress: ProgressCallback | None = None
    # True when restoring into a journal made moments ago for this backup: what the new
    # journal already holds (its default activities) takes the backup's version.
    into_new_vault: bool = False
    # Backup ids resolved to the journal's ids, by section, shared by all sections of one
    # restore: a section earlier in SECTIONS fills it, a later one follows its links.
    resolved_ids: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def backup_day(self) -> str:
        return self.backup_created_at.date().isoformat()


@dataclass(frozen=True)
class SectionChanges:
    """What restoring one section does, or would do."""

    section: str
    label: str
    added: int = 0
    unchanged: int = 0
    # Edited on both sides, the backup's newer: it replaces the journal's, which stays as a copy.
    replaced_keeping_copy: int = 0
    # Edited on both sides, the journal's newer: the backup's version is added as a copy.
    added_as_copy: int = 0
    # Present on both sides and the journal's own value wins (e.g. a setting).
    kept_current: int = 0
    # Present on both sides and the backup's version replaces the journal's (no copy kept).
    replaced: int = 0

    @property
    def changes(self) -> int:
        return self.added + self.replaced_keeping_copy + self.added_as_copy + self.replaced


class BackupSection(Protocol):
    """One kind of data in the backup document (see docs/backup-format.md)."""

    name: str  # the key under "sections"
    version: int  # bumped whenever this section's shape changes
    label: str  # plural noun for people, e.g. "entries"

    def count(self, session: Session) -> int:
        """How many records the section holds (shown to people, and used for progress)."""
        ...

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        """Every item as a JSON-ready object, in a stable order."""
        ...

    def parse(self, items: list[Any], path: str) -> Sequence[Any]:
        """Check every item strictly and return plain records; raise BackupSchemaError."""
        ...

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        """Check links to other sections' records (all parsed); raise BackupSchemaError."""
        ...

    def merge(
        self, session: Session, records: Sequence[Any], context: MergeContext
    ) -> SectionChanges:
        """Merge records by stable id; write only when context.apply is True."""
        ...

    def fingerprint(self, session: Session) -> bytes:
        """Changes whenever this section's data changes (for "changed since last backup")."""
        ...
