"""What prompts say: specific, kind, and never a diagnosis."""

from __future__ import annotations

import json
import re

from app.core.resources import resource_path
from app.core.watcher.model import SignalCount
from app.core.watcher.wording import default_wording
from tests.core.watcher.builders import day

NEVER_SAID = [
    r"depress",
    r"diagnos",
    r"disorder",
    r"don't feel bad",
    r"you are (?:ill|sick)",
    r"\bshould\b",
]


def count(signal: str, present: int) -> SignalCount:
    return SignalCount(signal, present, 14, day(0), day(13))


def test_the_summary_names_each_signal_and_how_often() -> None:
    wording = default_wording()
    assert wording.support_summary([count("low_energy", 9)], 14) == (
        "You've noted low energy on 9 of the last 14 days. That's a lot to carry. "
        "Talking to someone can help."
    )
    three = wording.support_summary(
        [count("low_energy", 9), count("lack_of_focus", 8), count("low_mood", 6)], 14
    )
    assert three.startswith(
        "You've noted low energy on 9 of the last 14 days, trouble focusing on 8, "
        "and feeling low on 6."
    )


def shown_sentences(node: object) -> list[str]:
    """Every string a person can see (the file's own "about" notes left out)."""
    if isinstance(node, dict):
        return [s for key, value in node.items() if key != "about" for s in shown_sentences(value)]
    if isinstance(node, list):
        return [s for value in node for s in shown_sentences(value)]
    return [node] if isinstance(node, str) else []


def test_no_watcher_sentence_diagnoses_or_dismisses() -> None:
    data = json.loads(resource_path("watcher", "wording.json").read_text())
    text = " ".join(shown_sentences(data))
    assert "lot to carry" in text
    for pattern in NEVER_SAID:
        assert re.search(pattern, text, re.IGNORECASE) is None, pattern
