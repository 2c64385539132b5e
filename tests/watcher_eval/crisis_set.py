"""The crisis evaluation sentences, read the way the app reads an entry.

Four files of labelled sentences: ``crisis_sentences.jsonl`` (the set the grammar was
tuned on), ``crisis_heldout.jsonl`` (written before any tuning and never tuned on),
``crisis_heldout_late.jsonl`` (written after the second layer; its misses were seen
before the last widening), ``crisis_heldout_fresh.jsonl`` (written after that change,
never tuned on), ``crisis_batch_typical.jsonl`` (typical first-person and harmless
sentences, measured on first sight and then tuned on) and ``crisis_heldout_typical.jsonl``
(written after that tuning, never tuned on).
Each line is {"text", "label": "crisis" | "none", "category"}.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import ENTRY, TextSource
from app.core.watcher.phrases import read_text
from tests.core.watcher.builders import day

HERE = Path(__file__).parent
TUNING = HERE / "crisis_sentences.jsonl"
HELD_OUT = HERE / "crisis_heldout.jsonl"
# Written after the second layer, measured on its first run and never tuned on: the
# honest guide to wordings nobody here has seen (see docs/watcher.md, "Measured").
HELD_OUT_LATE = HERE / "crisis_heldout_late.jsonl"
# Written after the indirect wordings were added to the second layer, never tuned on.
HELD_OUT_FRESH = HERE / "crisis_heldout_fresh.jsonl"
# Typical first-person statements and everyday harmless ones: measured on first sight,
# then tuned on (it joins the tuning set's targets).
TUNING_TYPICAL = HERE / "crisis_batch_typical.jsonl"
# Written after the typical batch was tuned on, measured once and never tuned on.
HELD_OUT_TYPICAL = HERE / "crisis_heldout_typical.jsonl"
CRISIS = "crisis"
NONE = "none"


@dataclass(frozen=True)
class Sentence:
    text: str
    label: str
    category: str


@dataclass(frozen=True)
class Scores:
    crisis_total: int
    none_total: int
    misses: list[Sentence]
    false_alarms: list[Sentence]
    per_category: dict[str, tuple[int, int]]  # category -> (caught, total), crisis only

    @property
    def recall(self) -> float:
        return 1 - len(self.misses) / self.crisis_total

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.none_total


def load(path: Path) -> list[Sentence]:
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            sentences.append(Sentence(item["text"], item["label"], item["category"]))
    return sentences


def raises_crisis(text: str) -> bool:
    """What the app does with an entry: read it, and see whether any crisis words count."""
    source = TextSource(ENTRY, "eval", day(0), text)
    return bool(read_text(source, default_lexicon()).crisis)


def score(sentences: list[Sentence]) -> Scores:
    misses, false_alarms = [], []
    per_category: dict[str, tuple[int, int]] = {}
    for sentence in sentences:
        fired = raises_crisis(sentence.text)
        if sentence.label == CRISIS:
            caught, total = per_category.get(sentence.category, (0, 0))
            per_category[sentence.category] = (caught + fired, total + 1)
            if not fired:
                misses.append(sentence)
        elif fired:
            false_alarms.append(sentence)
    return Scores(
        crisis_total=sum(s.label == CRISIS for s in sentences),
        none_total=sum(s.label == NONE for s in sentences),
        misses=misses,
        false_alarms=false_alarms,
        per_category=per_category,
    )
