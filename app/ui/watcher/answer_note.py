"""The short, kind word after "Snooze" or "I have support", so a card never just vanishes.

The sentences are in app/resources/watcher/answers.json.
"""

from __future__ import annotations

import functools
from datetime import date

from app.core.resources import load_json
from app.core.watcher.model import CRISIS, HAS_SUPPORT, SNOOZED, WatcherSettings
from app.ui.dates import display_date

NOTE_SHOWN_MS = 20_000  # long enough to read and reach Undo


@functools.cache
def _sentences() -> dict[str, str]:
    loaded: dict[str, str] = load_json("watcher", "answers.json")
    return loaded


def undo_text() -> str:
    return _sentences()["undo"]


def day_words(day: date) -> str:
    """ "Monday 7 December": no leading zero, the weekday first."""
    return display_date(day)


def answer_note(response: str, kind: str, settings: WatcherSettings) -> str:
    """What the person is told once their answer is kept (``settings`` are the new ones)."""
    sentences = _sentences()
    if response == HAS_SUPPORT and kind == CRISIS:
        return sentences["has_support_crisis"]
    until = settings.snoozed_until.get(kind) if response == SNOOZED else None
    if response == HAS_SUPPORT:
        until = settings.kinds_off.get(kind)
    key = "snoozed" if response == SNOOZED else "has_support"
    if until is None:  # not expected; still say something true and calm
        return sentences[f"{key}_plain"]
    return sentences[key].format(until=day_words(until))
