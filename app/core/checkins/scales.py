"""What each scale asks and what its ends mean, in words, for every place that shows one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScaleInfo:
    name: str
    label: str
    question: str
    low: str  # what 1 means
    high: str  # what 5 means


SCALE_INFO: dict[str, ScaleInfo] = {
    "mood": ScaleInfo("mood", "Mood", "How is your mood?", "very low", "very good"),
    "energy": ScaleInfo("energy", "Energy", "How much energy do you have?", "drained", "lots"),
    "interest": ScaleInfo(
        "interest",
        "Interest",
        "Are you enjoying things you usually like?",
        "not at all",
        "fully",
    ),
    "focus": ScaleInfo("focus", "Focus", "How well can you concentrate?", "can't focus", "sharp"),
}
