"""Emotion words a check-in may carry: a short, fixed list from resources/feelings.json,
grouped by the scale whose feel they share (mood, energy, interest, focus).

Only words from the list are accepted when a check-in is saved, so a typo never becomes
a "feeling" of its own; a backup may bring words a later list no longer has, and those
are kept as they are (see the backup's checkins section).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from app.core.errors import UsageError
from app.core.resources import load_json

MAX_FEELINGS = 8  # a few words say how it felt; more would be a note
MAX_FEELING_LENGTH = 40


@dataclass(frozen=True)
class FeelingGroup:
    scale: str
    label: str
    words: tuple[str, ...]


@cache
def feeling_groups() -> tuple[FeelingGroup, ...]:
    data = load_json("feelings.json")
    return tuple(
        FeelingGroup(group["scale"], group["label"], tuple(group["words"]))
        for group in data["groups"]
    )


@cache
def known_feelings() -> tuple[str, ...]:
    """Every word, in the order the check-in window shows them."""
    return tuple(word for group in feeling_groups() for word in group.words)


def clean_feelings(words: Iterable[str]) -> tuple[str, ...]:
    """Lower-cased, each once, in the order given; a UsageError names a word not in the list."""
    known = set(known_feelings())
    cleaned: dict[str, None] = {}
    for word in words:
        tidy = " ".join(str(word).split()).lower()
        if not tidy:
            continue
        if tidy not in known:
            shown = tidy if len(tidy) <= MAX_FEELING_LENGTH else tidy[:MAX_FEELING_LENGTH] + "…"
            raise UsageError(
                f"“{shown}” isn't one of the feeling words. Choose from: "
                + ", ".join(known_feelings())
                + "."
            )
        cleaned[tidy] = None
    if len(cleaned) > MAX_FEELINGS:
        raise UsageError(f"A check-in can hold up to {MAX_FEELINGS} feeling words.")
    return tuple(cleaned)
