"""The journal's plain values: what crosses from the core to the UI, the CLI and threads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

# Markers put around matched words in search snippets; the UI turns them into bold text.
# Control characters cannot appear in what a person types, so they cannot be spoofed.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
PREVIEW_CHARS = 160


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    starred: bool = False
    deleted_at: datetime | None = None

    @property
    def display_title(self) -> str:
        return display_title(self.title, self.body)

    def summary(self) -> EntrySummary:
        return EntrySummary(
            id=self.id,
            title=self.title,
            preview=make_preview(self.body),
            tags=self.tags,
            created_at=self.created_at,
            updated_at=self.updated_at,
            starred=self.starred,
            # As the list reads it, so a saved entry keeps the title the list gave it.
            first_line="" if self.title.strip() else first_line(self.body),
        )


@dataclass(frozen=True)
class NewEntry:
    """An entry to be written by ``Journal.create_many``."""

    title: str
    body: str
    tags: tuple[str, ...] = ()
    created_at: datetime | None = None
    starred: bool = False


@dataclass(frozen=True)
class EntrySummary:
    """One line of the entry list: enough to draw it without loading the whole body."""

    id: str
    title: str
    preview: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    starred: bool = False
    # The body's first line, kept apart because the preview folds lines together.
    first_line: str = ""

    @property
    def display_title(self) -> str:
        return display_title(self.title, self.first_line or self.preview)


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a list shows. Dates are inclusive and in the writer's local time."""

    tag: str | None = None
    start: date | None = None
    end: date | None = None
    in_trash: bool = False


@dataclass(frozen=True)
class ListCursor:
    """Where a page of the newest-first list ended, for keyset paging."""

    created_at: str
    pk: int


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    snippet: str
    created_at: datetime
    rank: float
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def display_title(self) -> str:
        # An untitled hit is named by its words, never by the match markers among them.
        words = self.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
        return display_title(self.title, make_preview(words))


@dataclass(frozen=True)
class TagCount:
    name: str
    entries: int


def display_title(title: str, body: str) -> str:
    """The title, or the body's first line when there is no title."""
    if title.strip():
        return title.strip()
    return first_line(body) or "Untitled"


def first_line(body: str) -> str:
    """The first non-blank line, without Markdown heading marks, at most 80 characters. A
    quoted line (such as the prompt an entry answers) only when nothing else is written."""
    quoted = ""
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith(">"):
            quoted = quoted or stripped.lstrip(">").strip()
            continue
        stripped = stripped.lstrip("#").strip()
        if stripped:
            return stripped[:80]
    return quoted[:80]


def make_preview(body: str) -> str:
    """A one-line preview: Markdown marks and line breaks folded away."""
    flat = re.sub(r"[#>*_`~]+", "", body)
    flat = re.sub(r"\s+", " ", flat).strip()
    return flat[:PREVIEW_CHARS]
