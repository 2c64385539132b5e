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


@dataclass(frozen=True)
class OfferView:
    key: str  # dismissing this key means the offer never appears again
    title: str
    text: str
    opening_id: str | None = None
    can_close: bool = False  # "it is all right to close this one" (as no reply)
    can_draft: bool = True  # a note to read (a long search) has nothing to draft


INTERVIEW = "interview"
NO = "no"


@dataclass(frozen=True)
class SearchEvent:
    """A day to mark on the trend charts: an interview or a no (nothing about whom)."""

    kind: str  # INTERVIEW or NO
    on: date


@dataclass(frozen=True)
class AfterNoSeries:
    """One scale: for each no, the day's mean on day 0 (the day of the no) to day 7."""

    scale: str
    usual: float | None
    per_no: tuple[tuple[float | None, ...], ...]

    def average(self) -> tuple[float | None, ...]:
        columns = zip(*self.per_no, strict=True) if self.per_no else ()
        out: list[float | None] = []
        for column in columns:
            values = [v for v in column if v is not None]
            out.append(sum(values) / len(values) if values else None)
        return tuple(out)


@dataclass(frozen=True)
class AfterNoData:
    sentence: str  # the core's recovery sentence ("" when there is too little to say)
    series: tuple[AfterNoSeries, ...]

    @property
    def has_data(self) -> bool:
        return any(s.per_no for s in self.series)


@dataclass(frozen=True)
class StepView:
    title: str
    detail: str
    done: bool
    key: str = ""
    can_mark: bool = False  # the journal cannot show this step, so the person ticks it
