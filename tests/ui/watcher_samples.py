"""Prompts to show in widget tests, built with the real watcher (no vault needed)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.core.watcher.model import ShownPrompt
from app.core.watcher.replay import replay
from tests.core.watcher.builders import checkin, entry

SHOWN_AT = datetime(2026, 3, 14, 21, 0, tzinfo=timezone(timedelta(hours=0)))


def support_prompt() -> ShownPrompt:
    checkins = [checkin(i, energy=1 + i % 2, interest=2) for i in range(14)]
    entries = [entry(i, "No energy again today.", entry_id=f"entry-{i}") for i in (3, 8)]
    prompt = replay(checkins, entries)[0]
    return ShownPrompt("prompt-support", prompt, SHOWN_AT)


def crisis_prompt() -> ShownPrompt:
    prompt = replay([], [entry(0, "I want to die.", entry_id="entry-crisis")])[0]
    return ShownPrompt("prompt-crisis", prompt, SHOWN_AT)
