"""Write the watcher's evaluation set: labelled histories in the `tend watch --replay` format.

    python -m tests.watcher_eval.make_cases

Each case is cases/<name>.jsonl (the history) and cases/<name>.expect.json (what it must
and must not produce). The files are committed; this script is how they were made, so a
case can be changed here and written again. Days count from 2026-03-01 (day 0).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.watcher_eval.phrasings import IDIOMS, NEUTRAL, NO_INTEREST, TIRED, cycle

CASES_DIR = Path(__file__).resolve().parent / "cases"
START = date(2026, 3, 1)

Line = dict[str, Any]


def day(index: int) -> str:
    return (START + timedelta(days=index)).isoformat()


def checkin(index: int, time: str = "20:15", note: str = "", **scales: int) -> Line:
    line: Line = {"type": "checkin", "at": f"{day(index)}T{time}", **scales}
    if note:
        line["note"] = note
    return line


def entry(index: int, body: str, title: str = "", time: str = "21:00") -> Line:
    return {"type": "entry", "at": f"{day(index)}T{time}", "title": title, "body": body}


def case(
    name: str,
    description: str,
    lines: Iterable[Line],
    expect: list[dict[str, Any]] | None = None,
    must_not: list[dict[str, Any]] | None = None,
    counts: dict[str, int] | None = None,
    pattern_start: int | None = None,
    known_limit: str | None = None,
) -> None:
    CASES_DIR.mkdir(exist_ok=True)
    rows = sorted(lines, key=lambda line: line["at"])
    with (CASES_DIR / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    labels: dict[str, Any] = {"description": description, "expect": expect or []}
    labels["must_not"] = must_not or []
    if counts is not None:
        labels["counts"] = counts
    if pattern_start is not None:
        labels["pattern_start"] = day(pattern_start)
    if known_limit is not None:
        labels["known_limit"] = known_limit
    with (CASES_DIR / f"{name}.expect.json").open("w", encoding="utf-8") as handle:
        json.dump(labels, handle, indent=2, ensure_ascii=False)
        handle.write("\n")


def support(signals: list[str], first: int, last: int) -> dict[str, Any]:
    return {"kind": "support", "signals": signals, "from": day(first), "to": day(last)}


def crisis_on(index: int) -> dict[str, Any]:
    return {"kind": "crisis", "from": day(index), "to": day(index)}


NO_CRISIS = {"kind": "crisis"}
NO_SUPPORT = {"kind": "support"}


def build() -> None:
    case(
        "sustained_low_energy",
        "Three weeks of low energy in check-ins, with ordinary entries.",
        [checkin(i, mood=3, energy=1 + i % 2, interest=3, focus=3) for i in range(21)]
        + [entry(i, NEUTRAL(i)) for i in range(0, 21, 3)],
        expect=[support(["low_energy"], 9, 13)],
        must_not=[NO_CRISIS, {"kind": "support", "signal": "loss_of_interest"}],
        pattern_start=0,
    )
    case(
        "sustained_loss_of_interest",
        "Losing interest in check-ins and in words for three weeks.",
        [checkin(i, mood=3, energy=3, interest=2, focus=3) for i in range(0, 21, 2)]
        + [entry(i, NO_INTEREST(i)) for i in range(1, 21, 2)],
        expect=[support(["loss_of_interest"], 9, 13)],
        must_not=[NO_CRISIS, {"kind": "support", "signal": "low_energy"}],
        pattern_start=0,
    )
    case(
        "sustained_both",
        "Low energy and low interest together; one prompt names both.",
        [checkin(i, mood=3, energy=2, interest=1, focus=4) for i in range(20)],
        expect=[support(["low_energy", "loss_of_interest"], 9, 13)],
        must_not=[NO_CRISIS, {"kind": "support", "signal": "lack_of_focus"}],
        pattern_start=0,
    )
    case(
        "text_only",
        "No check-ins at all: the words alone show lasting low energy.",
        [entry(i, f"{NEUTRAL(i)} {TIRED(i)}") for i in range(20)],
        expect=[support(["low_energy"], 9, 13)],
        must_not=[NO_CRISIS],
        pattern_start=0,
    )
    case(
        "checkins_only",
        "Two check-ins a day, averaged: focus 1 and 3 make a day's mean of 2.",
        [checkin(i, time="09:00", focus=1, mood=4) for i in range(18)]
        + [checkin(i, time="21:00", focus=3, mood=4) for i in range(18)],
        expect=[support(["lack_of_focus"], 9, 13)],
        must_not=[NO_CRISIS, {"kind": "support", "signal": "low_mood"}],
        pattern_start=0,
    )
    case(
        "sparse_logging",
        "Logging every other day, always low: still a lasting pattern.",
        [checkin(i, energy=1, mood=3, interest=3, focus=3) for i in range(0, 22, 2)],
        expect=[support(["low_energy"], 10, 14)],
        must_not=[NO_CRISIS],
        pattern_start=0,
    )
    case(
        "sparse_too_few",
        "Only four low days logged in three weeks: not enough to say it lasts.",
        [checkin(i, energy=1, mood=2, interest=1, focus=1) for i in (0, 6, 12, 19)],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    case(
        "single_bad_week",
        "One hard week between ordinary ones never triggers.",
        [checkin(i, mood=4, energy=4, interest=4, focus=4) for i in range(7)]
        + [checkin(i, mood=1, energy=1, interest=1, focus=1) for i in range(7, 14)]
        + [entry(i, TIRED(i)) for i in range(7, 14)]
        + [checkin(i, mood=4, energy=3, interest=4, focus=4) for i in range(14, 28)],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    case(
        "ups_and_downs",
        "Two low days, three fine ones, over and over: never more than half.",
        [
            checkin(i, mood=3, energy=1 if i % 5 in (3, 4) else 4, interest=3, focus=3)
            for i in range(35)
        ],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    case(
        "recovery",
        "Sixteen low days, then a steady recovery: prompts stop once the window clears.",
        [checkin(i, mood=2, energy=2, interest=3, focus=3) for i in range(16)]
        + [checkin(i, mood=4, energy=4, interest=4, focus=4) for i in range(16, 40)],
        expect=[support(["low_energy", "low_mood"], 9, 13)],
        must_not=[NO_CRISIS, {"kind": "support", "after": day(20)}],
        pattern_start=0,
    )
    negations = cycle(
        [
            "Not tired at all today, which was lovely.",
            "I'm no longer exhausted after a proper weekend.",
            "I've never felt so energised.",
            "I don't feel drained anymore.",
            "I didn't lose interest in the course after all.",
            "I used to be exhausted all the time, not now.",
            "Not feeling down today, actually pretty good.",
        ]
    )
    case(
        "negations",
        "Words of the lexicon, negated: nothing to notice.",
        [entry(i, negations(i)) for i in range(21)],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    others = cycle(
        [
            "My sister has no energy with the new baby.",
            "He lost interest in football years ago.",
            "My flatmate can't focus on her thesis.",
            "Mum's been feeling down since the move.",
            "Sam is exhausted from the night shifts.",
            "My friend said she wants to die, and I sat with her for hours.",
            "They seem so tired at work lately.",
        ]
    )
    case(
        "third_persons",
        "Other people's low energy, interest, mood and even crisis words are theirs.",
        [entry(i, others(i)) for i in range(21)],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    maybes = cycle(
        [
            "I was afraid I'd lose interest in the course.",
            "If I get tired, I'll take a break.",
            "I worry I might burn out if this goes on.",
            "What if I can't focus in the interview?",
            "I'd be exhausted if I took both jobs.",
        ]
    )
    case(
        "hypotheticals",
        "Fears, conditions and futures are not how the day was.",
        [entry(i, maybes(i)) for i in range(21)],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    case(
        "idioms",
        "Everyday idioms about dying and killing are not crisis words.",
        [entry(i, IDIOMS(i)) for i in range(16)],
        must_not=[NO_CRISIS, NO_SUPPORT],
    )
    case(
        "crisis_phrase",
        "One entry about being better off gone: crisis resources that day, at once.",
        [entry(i, NEUTRAL(i)) for i in range(10)]
        + [entry(6, "Sometimes I think everyone would be better off without me.", time="23:10")],
        expect=[crisis_on(6)],
        must_not=[NO_SUPPORT],
        counts={"crisis": 1},
    )
    case(
        "crisis_phrases",
        "Different crisis phrasings on different days, each shown on its own day.",
        [entry(i, NEUTRAL(i)) for i in range(14)]
        + [
            entry(2, "I want to die.", time="22:00"),
            entry(5, "I keep thinking about ending my life.", time="22:00"),
            checkin(9, mood=1, note="hurt myself again last night"),
            entry(12, "There's no reason to live anymore.", time="22:00"),
        ],
        expect=[crisis_on(2), crisis_on(5), crisis_on(9), crisis_on(12)],
        must_not=[NO_SUPPORT],
        counts={"crisis": 4},
    )
    case(
        "crisis_among_idioms",
        "A crisis phrase on a day among many idioms: exactly one crisis prompt.",
        [entry(i, IDIOMS(i)) for i in range(14)]
        + [entry(8, "Honestly I don't want to be alive anymore.", time="23:30")],
        expect=[crisis_on(8)],
        must_not=[NO_SUPPORT],
        counts={"crisis": 1},
    )
    case(
        "crisis_negated",
        'Plain negations of crisis words ("I\'m not suicidal") raise nothing.',
        [
            entry(0, "I'm not suicidal, just really frustrated with the job hunt."),
            entry(1, "I don't want to die, I want a job that doesn't grind me down."),
            entry(2, "I would never hurt myself."),
        ],
        must_not=[NO_CRISIS, NO_SUPPORT],
    )
    case(
        "crisis_in_doubt",
        "When a negation is not plainly about the words, resources are shown.",
        [
            entry(0, "I'm not going to kill myself, but the thought keeps coming back."),
            entry(3, "I'm afraid I'll hurt myself if this goes on."),
        ],
        expect=[crisis_on(0), crisis_on(3)],
        counts={"crisis": 2},
    )
    case(
        "checkin_outweighs_words",
        "Writing 'exhausted' every day while checking in energy 4: the check-in wins.",
        [checkin(i, energy=4, mood=4, interest=4, focus=4) for i in range(20)]
        + [entry(i, TIRED(i)) for i in range(20)],
        must_not=[NO_SUPPORT, NO_CRISIS],
    )
    case(
        "crisis_during_cooldown",
        "A crisis two days after a support prompt is shown anyway.",
        [checkin(i, energy=1, mood=3, interest=3, focus=3) for i in range(16)]
        + [entry(11, "I wish I was dead.", time="22:40")],
        expect=[support(["low_energy"], 9, 9), crisis_on(11)],
        counts={"crisis": 1},
        pattern_start=0,
    )
    case(
        "low_mood_and_focus",
        "Low mood and trouble focusing, named together.",
        [checkin(i, mood=2, energy=3, interest=3, focus=1) for i in range(15)],
        expect=[support(["lack_of_focus", "low_mood"], 9, 13)],
        must_not=[NO_CRISIS],
        pattern_start=0,
    )
    case(
        "cooldown",
        "Five low weeks: a support prompt at most once every seven days.",
        [checkin(i, energy=1, mood=3, interest=3, focus=3) for i in range(35)],
        expect=[
            support(["low_energy"], 9, 9),
            support(["low_energy"], 16, 16),
            support(["low_energy"], 23, 23),
            support(["low_energy"], 30, 30),
        ],
        must_not=[NO_CRISIS],
        counts={"support": 4},
        pattern_start=0,
    )
    case(
        "late_start",
        "A good month, then low energy and interest in words: noticed about two weeks in.",
        [checkin(i, mood=4, energy=4, interest=4, focus=4) for i in range(30)]
        + [entry(i, f"{TIRED(i)} {NO_INTEREST(i)}") for i in range(30, 50)],
        expect=[support(["low_energy", "loss_of_interest"], 39, 44)],
        must_not=[NO_CRISIS, {"kind": "support", "before": day(36)}],
        pattern_start=30,
    )

    unusual = cycle(
        [
            "Running on fumes again.",
            "I feel like a zombie.",
            "Couldn't drag myself out of the flat.",
            "My get-up-and-go has got up and gone.",
        ]
    )
    case(
        "outside_the_lexicon",
        "Low energy in words the lexicon doesn't know: missed (a known limit).",
        [entry(i, unusual(i)) for i in range(20)],
        expect=[support(["low_energy"], 9, 13)],
        must_not=[NO_CRISIS],
        pattern_start=0,
        known_limit="phrasing outside the lexicon is not recognised",
    )
    stories = cycle(
        [
            "Finished the novel: the detective is exhausted and hopeless by the end.",
            "In the documentary the climber has no energy left at the summit.",
            "The podcast host sounded drained, poor thing.",
        ]
    )
    case(
        "talking_about_stories",
        "Describing characters in books and films: read as the writer (a known limit).",
        [entry(i, stories(i)) for i in range(20)],
        must_not=[NO_SUPPORT, NO_CRISIS],
        known_limit="a person named by role outside the lexicon's word list reads as the writer",
    )


if __name__ == "__main__":
    from tests.watcher_eval.rule_cases import build_rule_cases

    build()
    build_rule_cases()
    print(f"wrote {len(list(CASES_DIR.glob('*.jsonl')))} cases to {CASES_DIR.name}/")
