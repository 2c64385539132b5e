"""Tag names as people type them: trimmed, without '#', compared without regard to case."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.errors import UsageError

MAX_TAG_LENGTH = 100


def normalise_tags(names: Iterable[str]) -> list[str]:
    """Trimmed, without '#', first spelling kept, case-insensitive duplicates dropped."""
    seen: dict[str, str] = {}
    for raw in names:
        name = clean_tag(raw)
        if not name:
            continue
        if len(name) > MAX_TAG_LENGTH:
            raise UsageError(f"A tag can be at most {MAX_TAG_LENGTH} characters long.")
        seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=str.casefold)


def clean_tag(raw: str) -> str:
    return raw.strip().lstrip("#").strip()
