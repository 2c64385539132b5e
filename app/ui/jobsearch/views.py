"""What the job-search widgets show: plain values the feature fills from the core.

The widgets know these shapes only, so they stay the same whatever the core calls its
records, and tests can build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Choice:
    key: str
    label: str


@dataclass(frozen=True)
class StageMark:
    stage_label: str
    on: date


@dataclass(frozen=True)
class LinkedEntry:
    entry_id: str
    title: str
    written_on: date


@dataclass(frozen=True)
class OpeningView:
    id: str
    role: str
    organisation: str
    via: str  # a Choice key
    stage: str  # a Choice key
    stage_label: str
    is_closed: bool
    folded: bool  # closed long enough ago to be folded away behind "Show closed"
    note: str = ""
    history: tuple[StageMark, ...] = ()
    entries: tuple[LinkedEntry, ...] = ()

    @property
    def label(self) -> str:
        if self.role and self.organisation:
            return f"{self.role}, {self.organisation}"
        return self.role or self.organisation or "Untitled opening"


@dataclass(frozen=True)
class OpeningDraft:
    """What the editor's fields hold (for a new opening or a save)."""

    role: str
    organisation: str
    via: str
    note: str


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    how_met: str
    last_talked: date | None
    opening_ids: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PersonDraft:
    name: str
    how_met: str
    last_talked: date | None
    opening_ids: tuple[str, ...]
