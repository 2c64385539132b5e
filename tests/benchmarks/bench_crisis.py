"""Crisis benchmark: recall and false alarms on the labelled sentences, and scan time.

    python -m tests.benchmarks.bench_crisis [--runs 51]

Quality: every sentence in tests/watcher_eval/crisis_sentences.jsonl (the tuning set) and
crisis_heldout.jsonl (written before tuning, never tuned on) is read as a journal entry,
and so are crisis_heldout_late.jsonl, crisis_heldout_fresh.jsonl and
crisis_heldout_typical.jsonl (written later, never tuned on) and crisis_batch_typical.jsonl
(typical sentences, measured on first sight, then tuned on);
through the same function the app uses; recall is the share of "crisis" sentences that
raise the crisis path, the false-alarm rate the share of "none" sentences that do.
Time: the median time to read a 2,000-word entry (signals and crisis words together, as
on every save): an everyday one, and a worst case made only of idioms, topic mentions,
other people's words and other near misses (about one crisis-like phrase every 20 words).
Both wall-clock and CPU time are printed: on a shared machine the wall clock also counts
time spent waiting for a core.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import ENTRY, TextSource
from app.core.watcher.phrases import read_text
from tests.benchmarks.watcher_corpus import EVERYDAY, LOW
from tests.core.watcher.builders import day
from tests.watcher_eval.crisis_set import (
    HELD_OUT,
    HELD_OUT_FRESH,
    HELD_OUT_LATE,
    HELD_OUT_TYPICAL,
    NONE,
    TUNING,
    TUNING_TYPICAL,
    Scores,
    load,
    score,
)

ENTRY_WORDS = 2000


def long_entry(words: int = ENTRY_WORDS, seed: int = 3, near_misses: bool = True) -> str:
    """About ``words`` words of writing with no crisis in it.

    With ``near_misses``, only the labelled "none" sentences (idioms, topics, accidents,
    other people...); without, the everyday and low-mood sentences of the watcher corpus.
    """
    pool = (
        [s.text for s in load(TUNING) + load(HELD_OUT) if s.label == NONE]
        if near_misses
        else [*EVERYDAY, *LOW]
    )
    rng = random.Random(seed)
    sentences: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(pool)
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def median_ms(text: str, runs: int) -> tuple[float, float]:
    """Median (wall-clock, CPU) milliseconds to read ``text`` as the app does on a save."""
    lexicon = default_lexicon()
    source = TextSource(ENTRY, "bench", day(0), text)
    read_text(source, lexicon)  # warm up: the grammar compiles once per process
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        read_text(source, lexicon)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def report(name: str, scores: Scores) -> None:
    caught = scores.crisis_total - len(scores.misses)
    print(f"{name}: {scores.crisis_total} crisis, {scores.none_total} none")
    print(f"  recall {scores.recall:.1%} ({caught}/{scores.crisis_total})")
    print(
        f"  false alarms {scores.false_alarm_rate:.1%} "
        f"({len(scores.false_alarms)}/{scores.none_total})"
    )
    for category, (hit, total) in sorted(scores.per_category.items()):
        print(f"    {category:<10} {hit}/{total}")
    for sentence in scores.misses:
        print(f"  missed [{sentence.category}]: {sentence.text}")
    for sentence in scores.false_alarms:
        print(f"  false alarm [{sentence.category}]: {sentence.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=51)
    args = parser.parse_args()
    report("tuning set (crisis_sentences.jsonl)", score(load(TUNING)))
    report("held-out set (crisis_heldout.jsonl)", score(load(HELD_OUT)))
    report("late held-out set (crisis_heldout_late.jsonl)", score(load(HELD_OUT_LATE)))
    report("fresh held-out set (crisis_heldout_fresh.jsonl)", score(load(HELD_OUT_FRESH)))
    report("typical batch, tuned on (crisis_batch_typical.jsonl)", score(load(TUNING_TYPICAL)))
    report("typical held-out set (crisis_heldout_typical.jsonl)", score(load(HELD_OUT_TYPICAL)))
    for name, text in (
        ("everyday", long_entry(near_misses=False)),
        ("near misses only", long_entry(near_misses=True)),
    ):
        wall, cpu = median_ms(text, args.runs)
        print(
            f"read a {len(text.split())}-word entry ({name}): median {wall:.2f} ms wall, "
            f"{cpu:.2f} ms CPU, over {args.runs} runs"
        )


if __name__ == "__main__":
    main()
