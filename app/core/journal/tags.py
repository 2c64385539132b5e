"""Tag names as people type them: trimmed, without '#', compared by one key.

The key is the name case-folded and NFC-normalised, so "Über", "über" and "U\u0308ber"
(the same letter typed as U plus a combining mark) are one tag. The first spelling the
journal met is the one it shows. Writing, importing and restoring all go through
``tag_key``, so each path gives an entry the same tags.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from app.core.errors import UsageError

MAX_TAG_LENGTH = 100


def tag_key(name: str) -> str:
    """What two tag names are compared by: the same key means the same tag."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def normalise_tags(names: Iterable[str]) -> list[str]:
    """Trimmed, without '#', first spelling kept, duplicates by ``tag_key`` dropped."""
    seen: dict[str, str] = {}
    for raw in names:
        name = clean_tag(raw)
        if not name:
            continue
        if len(name) > MAX_TAG_LENGTH:
            raise UsageError(f"A tag can be at most {MAX_TAG_LENGTH} characters long.")
        seen.setdefault(tag_key(name), name)
    return sorted(seen.values(), key=tag_key)


def clean_tag(raw: str) -> str:
    return raw.strip().lstrip("#").strip()
