"""Prompts to show in widget tests, built with the real watcher (no vault needed)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.core.watcher.escalation import QuestionnaireTaken
from app.core.watcher.model import ShownPrompt, WatcherSettings
from app.core.watcher.replay import replay
from tests.core.watcher.builders import checkin, day, entry

SHOWN_AT = datetime(2026, 3, 14, 21, 0, tzinfo=timezone(timedelta(hours=0)))


def support_prompt() -> ShownPrompt:
    checkins = [checkin(i, energy=1 + i % 2, interest=2) for i in range(14)]
    entries = [entry(i, "No energy again today.", entry_id=f"entry-{i}") for i in (3, 8)]
    prompt = replay(checkins, entries)[0]
    return ShownPrompt("prompt-support", prompt, SHOWN_AT)


def crisis_prompt() -> ShownPrompt:
    prompt = replay([], [entry(0, "I want to die.", entry_id="entry-crisis")])[0]
    return ShownPrompt("prompt-crisis", prompt, SHOWN_AT)


def escalated_prompt(phq9_score: int | None = None, *, suggest: bool = True) -> ShownPrompt:
    """Low energy, interest and focus together (three signals), with short nights, and a
    PHQ-9 taken on day 5 when ``phq9_score`` is given."""
    checkins = [
        checkin(i, energy=1, interest=2, focus=1, mood=3, sleep_hours=4.5) for i in range(14)
    ]
    checkins.append(checkin(2, hour=9, note="No energy at all this morning."))
    entries = [entry(3, "So tired, can't focus on anything.", entry_id="entry-3")]
    taken = () if phq9_score is None else (QuestionnaireTaken("phq9-1", day(5), phq9_score),)
    settings = WatcherSettings(suggest_questionnaires=suggest)
    prompt = replay(checkins, entries, settings, phq9=taken)[0]
    return ShownPrompt("prompt-escalated", prompt, SHOWN_AT)
