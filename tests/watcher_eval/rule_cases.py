"""The evaluation cases for the watcher's second set of rules (per-signal evidence,
escalation, sleep), written by `python -m tests.watcher_eval.make_cases` with the rest,
or alone with `python -m tests.watcher_eval.rule_cases`. Days count from 2026-03-01.
"""

from __future__ import annotations

from tests.watcher_eval.make_cases import NO_CRISIS, case, checkin, entry, support
from tests.watcher_eval.phrasings import NEUTRAL


def build_rule_cases() -> None:
    case(
        "writing_dilution",
        "Energy 1 every other day and an ordinary entry every day: the entries say nothing "
        "about energy, so they do not hide the pattern.",
        [checkin(i, energy=1) for i in range(0, 30, 2)] + [entry(i, NEUTRAL(i)) for i in range(30)],
        expect=[support(["low_energy"], 9, 13)],
        must_not=[NO_CRISIS],
        pattern_start=0,
    )


if __name__ == "__main__":
    build_rule_cases()
