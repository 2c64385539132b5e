"""The evaluation cases for the watcher's second set of rules (per-signal evidence,
escalation, sleep), written by `python -m tests.watcher_eval.make_cases` with the rest,
or alone with `python -m tests.watcher_eval.rule_cases`. Days count from 2026-03-01.
"""

from __future__ import annotations

from typing import Any

from tests.watcher_eval.make_cases import (
    NO_CRISIS,
    NO_SUPPORT,
    Line,
    case,
    checkin,
    crisis_on,
    day,
    entry,
    support,
)
from tests.watcher_eval.phrasings import NEUTRAL

ENERGY = ["low_energy"]
THREE = ["low_energy", "loss_of_interest", "lack_of_focus"]


def escalated(signals: list[str], reasons: list[str], first: int, last: int) -> dict[str, Any]:
    return {**support(signals, first, last), "reasons": reasons}


def not_escalated_before(index: int) -> dict[str, Any]:
    return {"kind": "support", "escalated": True, "before": day(index)}


NEVER_ESCALATED = {"kind": "support", "escalated": True}
NO_CHECKING_IN = {"kind": "checking_in"}
REJECTION = (
    "Thank you for your application. Unfortunately we have lost interest in your "
    "application and will not be taking it further."
)


def pasted_rejection(index: int) -> str:
    return f"Another one (number {index + 1}).\n\n> {REJECTION}\n> Kind regards, the team\n"


def quoted_rejection(index: int) -> str:
    if index % 2:
        return f'They wrote "{REJECTION}" and that was that.'
    return f"They wrote \u201c{REJECTION}\u201d and that was that."


def phq9(index: int, score: int) -> Line:
    return {"type": "phq9", "at": f"{day(index)}T21:30", "score": score}


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
    case(
        "escalation_after_four_weeks",
        "Energy 1 for six and a half weeks: plain prompts weekly, then from four weeks after "
        "the first one the prompt suggests a doctor or a counsellor.",
        [checkin(i, energy=1, mood=3) for i in range(45)],
        expect=[support(ENERGY, 9, 9), escalated(ENERGY, ["still_there_after_four_weeks"], 37, 44)],
        must_not=[NO_CRISIS, not_escalated_before(37)],
        counts={"support": 6},
        pattern_start=0,
    )
    case(
        "three_signals_together",
        "Low energy, interest and focus together for two weeks: escalated from the first prompt.",
        [checkin(i, energy=1, interest=2, focus=1, mood=3) for i in range(14)],
        expect=[escalated(THREE, ["several_signals_together"], 9, 13)],
        must_not=[NO_CRISIS, {"kind": "support", "signal": "low_mood"}],
        pattern_start=0,
    )
    case(
        "phq9_ten_or_more",
        "Low energy, and a PHQ-9 of 14 a few days before: escalated, the result shown.",
        [checkin(i, energy=1, mood=3) for i in range(14)] + [phq9(5, 14)],
        expect=[escalated(ENERGY, ["recent_phq9_score"], 9, 13)],
        must_not=[NO_CRISIS],
        pattern_start=0,
    )
    case(
        "phq9_under_ten",
        "Low energy and a PHQ-9 of 8: a plain support prompt, not escalated.",
        [checkin(i, energy=1, mood=3) for i in range(14)] + [phq9(5, 8)],
        expect=[support(ENERGY, 9, 13)],
        must_not=[NO_CRISIS, NEVER_ESCALATED],
        pattern_start=0,
    )
    case(
        "quiet_after_low_run",
        "A week of check-ins at mood 1, then nothing for nine days, then a check-in: a "
        "'just checking in' on the fifth quiet day, once.",
        [checkin(i, mood=1) for i in range(7)] + [checkin(16, mood=3)],
        expect=[{"kind": "checking_in", "signals": ["low_mood"], "from": day(11), "to": day(11)}],
        must_not=[NO_CRISIS, NO_SUPPORT],
        counts={"checking_in": 1},
    )
    case(
        "quiet_after_ordinary_days",
        "A week of ordinary check-ins, then nothing for nine days: silence alone is not a "
        "reason to check in.",
        [checkin(i, mood=4, energy=4) for i in range(7)] + [checkin(16, mood=4)],
        must_not=[NO_CRISIS, NO_SUPPORT, NO_CHECKING_IN],
    )
    case(
        "pasted_rejections",
        "A rejection email pasted as a block quote every day for three weeks, with a few "
        "ordinary check-ins: its 'we have lost interest' is not the writer's own.",
        [entry(i, pasted_rejection(i)) for i in range(21)]
        + [checkin(i, interest=3, mood=3) for i in range(0, 21, 3)],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    case(
        "quoted_rejections",
        "The same emails quoted in quotation marks, straight and curly: not the writer's own.",
        [entry(i, quoted_rejection(i)) for i in range(21)]
        + [checkin(i, interest=3, mood=3) for i in range(0, 21, 3)],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    case(
        "pasted_crisis_words",
        "Crisis words in a pasted block quote are still read: crisis resources that day.",
        [checkin(i, mood=3) for i in range(5)]
        + [entry(3, "Found this in my notes app from last night.\n\n> I want to die\n")],
        expect=[crisis_on(3)],
        must_not=[NO_SUPPORT],
        counts={"crisis": 1},
    )
    case(
        "short_sleep_alone",
        "Four hours' sleep every night for a month, everything else fine: sleep never "
        "prompts on its own.",
        [
            {**checkin(i, energy=4, mood=4, interest=4, focus=4), "sleep_hours": 4}
            for i in range(30)
        ],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )


if __name__ == "__main__":
    build_rule_cases()
