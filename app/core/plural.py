"""Counted words that read right: "1 day", "2 days", "once", "twice", "3 times"."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 day", "2 days", "1,204 entries" (give ``many`` when adding "s" is wrong)."""
    word = one if count == 1 else (many if many is not None else f"{one}s")
    return f"{count:,} {word}"


def times(count: int) -> str:
    """How often, as people say it: "once", "twice", "3 times"."""
    if count == 1:
        return "once"
    if count == 2:
        return "twice"
    return f"{count:,} times"
