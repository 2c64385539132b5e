"""The window's job-search words, read once from the resources file (data, not code)."""

from __future__ import annotations

from functools import cache
from typing import Any

from app.core.resources import load_json


@cache
def _words() -> dict[str, Any]:
    words: dict[str, Any] = load_json("jobsearch", "window.json")
    return words


def say(section: str, key: str, **values: object) -> str:
    """One phrase, with ``{placeholders}`` filled in."""
    text: str = _words()[section][key]
    return text.format(**values) if values else text


def feelings() -> tuple[str, ...]:
    return tuple(_words()["feelings"])
