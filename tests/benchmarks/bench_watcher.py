"""Watcher benchmark: quality on the evaluation set, and time over ten years of history.

    python -m tests.benchmarks.bench_watcher [--runs 7]

Quality: over every labelled history in tests/watcher_eval/cases, how many expected
prompts appeared (right), how many did not (missed), how many prompts broke a "must not"
rule (fired wrongly), and the days from the start of a sustained pattern to the first
support prompt. Time: the median of several runs (see docs/benchmarks.md, "Watcher").
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from app.core.checkins.model import CheckIn
from app.core.journal.model import Entry
from app.core.watcher.days import signals_by_day
from app.core.watcher.engine import evaluate_day
from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import WatcherSettings
from app.core.watcher.replay import replay
from app.core.watcher.sustained import WINDOW_DAYS
from tests.benchmarks.watcher_corpus import ten_years
from tests.watcher_eval.evaluation import load_cases, run_case


def quality() -> dict[str, Any]:
    results = [run_case(case) for case in load_cases()]
    latencies = [r.days_to_first_prompt for r in results if r.days_to_first_prompt is not None]
    return {
        "cases": len(results),
        "passed": sum(r.passed for r in results),
        "right": sum(r.right for r in results),
        "missed": sum(len(r.missed) for r in results),
        "fired_wrongly": sum(len(r.wrong) for r in results),
        "latency_median": statistics.median(latencies),
        "latency_range": (min(latencies), max(latencies)),
        "failing": [(r.name, r.missed, r.wrong) for r in results if not r.passed],
    }


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm up: the lexicon compiles once per process
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def evaluate_today(checkins: list[CheckIn], entries: list[Entry], today: date) -> object:
    """What the app does after a save: read the trailing window, decide for today."""
    start = today - timedelta(days=WINDOW_DAYS - 1)
    window_checkins = [c for c in checkins if start <= c.day <= today]
    window_entries = [e for e in entries if start <= e.created_at.date() <= today]
    by_day = signals_by_day(window_checkins, window_entries, default_lexicon())
    return evaluate_day(today, by_day, WatcherSettings(), [])


def timings(runs: int) -> dict[str, float]:
    checkins, entries = ten_years()
    today = max(c.day for c in checkins)
    return {
        "replay_all": median_ms(lambda: replay(checkins, entries), runs),
        "replay_checkins_only": median_ms(lambda: replay(checkins, []), runs),
        "read_all_text": median_ms(lambda: signals_by_day([], entries, default_lexicon()), runs),
        "evaluate_today": median_ms(lambda: evaluate_today(checkins, entries, today), runs),
        "days": float(len(checkins)),
        "entries": float(len(entries)),
        "words_per_entry": statistics.mean(len(e.body.split()) for e in entries),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    found = quality()
    print("Evaluation set")
    print(f"  cases: {found['cases']} ({found['passed']} fully right)")
    print(f"  expected prompts that appeared (right): {found['right']}")
    print(f"  expected prompts missed: {found['missed']}")
    print(f"  prompts that fired wrongly: {found['fired_wrongly']}")
    low, high = found["latency_range"]
    print(
        f"  days from the start of a sustained pattern to the first prompt: "
        f"median {found['latency_median']}, range {low}-{high}"
    )
    for name, missed, wrong in found["failing"]:
        print(f"  not right: {name}: missed {len(missed)}, fired wrongly {len(wrong)}")
    took = timings(args.runs)
    print(
        f"Ten years: {int(took['days'])} days of check-ins, {int(took['entries'])} entries "
        f"of about {took['words_per_entry']:.0f} words (median of {args.runs} runs)"
    )
    print(f"  evaluate today, as the app does (target < 100 ms): {took['evaluate_today']:.1f} ms")
    print(f"  replay every day, check-ins only: {took['replay_checkins_only']:.1f} ms")
    print(f"  replay every day, check-ins and entries: {took['replay_all']:.1f} ms")
    print(f"    of which reading every entry: {took['read_all_text']:.1f} ms")


if __name__ == "__main__":
    main()
