"""Sentences the evaluation histories are written from, each pool used in turn."""

from __future__ import annotations

from collections.abc import Callable


def cycle(sentences: list[str]) -> Callable[[int], str]:
    return lambda index: sentences[index % len(sentences)]


NEUTRAL = cycle(
    [
        "Applied for two roles this morning and went for a walk after lunch.",
        "Cooked dinner with Priya and watched a film.",
        "Quiet day. Tidied my desk and read for a while.",
        "Had a phone screen for the analyst job; it went fine.",
        "Met Jo for coffee and talked about her new flat.",
    ]
)
TIRED = cycle(
    [
        "Another rejection email. I'm exhausted and I have no energy for anything.",
        "Slept ten hours and still woke up drained.",
        "Everything feels like such an effort today.",
        "Completely worn out after the interview prep.",
        "No energy again. Stayed in bed until noon.",
        "So tired all the time lately.",
    ]
)
NO_INTEREST = cycle(
    [
        "I don't enjoy running anymore.",
        "Nothing feels fun these days.",
        "I've lost interest in the things I usually love.",
        "Couldn't be bothered to call anyone back.",
        "I don't look forward to anything.",
    ]
)
IDIOMS = cycle(
    [
        "I'd die for a coffee right now.",
        "I killed it in the interview today!",
        "This commute is killing me.",
        "Dying to hear back from them.",
        "The cake at the café was to die for.",
        "Killing time before the call with a podcast.",
        "I'd rather die than sing karaoke again.",
        "Laughed so hard at the film I nearly died.",
    ]
)
