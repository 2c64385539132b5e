"""The crisis path on labelled sentences: recall, false alarms, and the issue's own words.

Both sets are read through ``read_text``, as the app reads every entry and note. The
held-out set was written before the grammar was tuned and is never tuned on; it stands
for sentences nobody here has seen.
"""

from __future__ import annotations

import pytest

from app.core.watcher.lexicon import default_lexicon
from tests.watcher_eval.crisis_set import (
    CRISIS,
    HELD_OUT,
    HELD_OUT_FRESH,
    HELD_OUT_LATE,
    HELD_OUT_TYPICAL,
    NONE,
    TUNING,
    TUNING_TYPICAL,
    Sentence,
    load,
    raises_crisis,
    score,
)

MIN_RECALL = 0.98
MAX_FALSE_ALARMS = 0.05

# The sentences a new user tried: each must be in the set, labelled and read right.
QUOTED_CRISIS = [
    "I cut myself on the wrist again last night.",
    "I burned myself on the arm with a lighter on purpose.",
    "I'd rather be dead than keep living like this.",
    "I never want to wake up again",
    "I just want to sleep forever",
    "Nobody would care if I died",
    "No one would miss me if I was gone",
    "thinking about overdosing",
    "looking up ways to die",
    "I have a plan to end it",
    "unalive",
    "kms",
    "I want to die.",
    "Another no. I can't do this anymore. I want to end my life.",
    "Another no. I can't do this anymore. I want to end my life. nobody would notice.",
]
QUOTED_NONE = [
    "Turning down that offer would be career suicide",
    "I read a book on suicide prevention.",
    "He said 'I want to kill myself' as a joke",
]
# This app's own domain: a long job search says these every day.
JOB_SEARCH_IDIOMS = [
    "Turning down that offer would be career suicide",
    "This commute is killing me.",
    "I killed it in the interview.",
    "I'd die for a coffee.",
    "Dead tired after the assessment centre.",
    "My laptop died halfway through the application.",
    "That rejection killed my mood.",
]
NONE_KINDS = {"idiom", "injury", "topic", "fiction", "third_person", "quote", "negation"}

TUNING_SET = load(TUNING)
HELD_OUT_SET = load(HELD_OUT)


def _labels(sentences: list[Sentence]) -> dict[str, str]:
    return {sentence.text: sentence.label for sentence in sentences}


def test_the_tuning_set_is_large_enough_and_covers_every_category() -> None:
    crisis = [s for s in TUNING_SET if s.label == CRISIS]
    none = [s for s in TUNING_SET if s.label == NONE]
    assert len(TUNING_SET) >= 250 and len(crisis) >= 150 and len(none) >= 100
    assert {s.category for s in crisis} == set(default_lexicon().crisis.categories)
    assert {s.category for s in none} >= NONE_KINDS
    assert all(s.label in (CRISIS, NONE) for s in TUNING_SET + HELD_OUT_SET)


def test_the_held_out_set_is_separate_and_covers_every_category() -> None:
    assert len(HELD_OUT_SET) >= 80
    assert not _labels(HELD_OUT_SET).keys() & _labels(TUNING_SET).keys()
    crisis = {s.category for s in HELD_OUT_SET if s.label == CRISIS}
    assert crisis == set(default_lexicon().crisis.categories)
    assert {s.category for s in HELD_OUT_SET if s.label == NONE} >= NONE_KINDS


# Never tuned on, so no target: each is only guarded against reading worse than it did
# when last measured (docs/watcher.md, "Measured"): (path, caught at least, false alarms
# at most).
LATER_SETS = [(HELD_OUT_LATE, 35, 1), (HELD_OUT_FRESH, 23, 2), (HELD_OUT_TYPICAL, 30, 0)]
LATER_IDS = ["late", "fresh", "typical"]


@pytest.mark.parametrize(
    "path", [p for p, _, _ in LATER_SETS] + [TUNING_TYPICAL], ids=[*LATER_IDS, "typical_batch"]
)
def test_each_later_set_is_separate_from_the_others(path: object) -> None:
    later = _labels(load(path))  # type: ignore[arg-type]
    all_sets = [TUNING, TUNING_TYPICAL, HELD_OUT, *(p for p, _, _ in LATER_SETS)]
    assert len(later) >= 50
    assert set(later.values()) == {CRISIS, NONE}
    for other in all_sets:
        if other != path:
            assert not later.keys() & _labels(load(other)).keys()


@pytest.mark.parametrize("path,caught,alarms", LATER_SETS, ids=LATER_IDS)
def test_each_later_held_out_set_reads_no_worse_than_when_measured(
    path: object, caught: int, alarms: int
) -> None:
    scores = score(load(path))  # type: ignore[arg-type]
    assert scores.crisis_total - len(scores.misses) >= caught
    assert len(scores.false_alarms) <= alarms


@pytest.mark.parametrize(
    "path", [TUNING, TUNING_TYPICAL, HELD_OUT], ids=["tuning", "typical_batch", "held_out"]
)
def test_recall_and_false_alarms_meet_the_targets(path: object) -> None:
    scores = score(load(path))  # type: ignore[arg-type]
    missed = [s.text for s in scores.misses]
    wrong = [s.text for s in scores.false_alarms]
    assert scores.recall >= MIN_RECALL, f"missed: {missed}"
    assert scores.false_alarm_rate <= MAX_FALSE_ALARMS, f"false alarms: {wrong}"


@pytest.mark.parametrize("text", QUOTED_CRISIS)
def test_each_quoted_crisis_sentence_is_labelled_and_raises_the_crisis_path(text: str) -> None:
    assert _labels(TUNING_SET).get(text) == CRISIS
    assert raises_crisis(text)


@pytest.mark.parametrize("text", QUOTED_NONE + JOB_SEARCH_IDIOMS)
def test_each_quoted_harmless_sentence_is_labelled_and_stays_quiet(text: str) -> None:
    assert _labels(TUNING_SET).get(text) == NONE
    assert not raises_crisis(text)
