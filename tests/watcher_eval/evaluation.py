"""Score the watcher against the labelled cases: shared by the test and the benchmark."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from app.core.watcher.history_file import parse_history
from app.core.watcher.model import Prompt
from app.core.watcher.replay import replay

CASES_DIR = Path(__file__).resolve().parent / "cases"


@dataclass(frozen=True)
class Case:
    name: str
    history: Path
    labels: dict[str, Any]


@dataclass
class CaseResult:
    name: str
    prompts: list[Prompt]
    right: int = 0  # expected prompts that appeared
    missed: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # prompts that broke a rule
    days_to_first_prompt: int | None = None

    @property
    def passed(self) -> bool:
        return not self.missed and not self.wrong


def load_cases() -> list[Case]:
    return [
        Case(
            path.name.removesuffix(".jsonl"),
            path,
            json.loads(path.with_name(path.name.replace(".jsonl", ".expect.json")).read_text()),
        )
        for path in sorted(CASES_DIR.glob("*.jsonl"))
    ]


def run_case(case: Case) -> CaseResult:
    history = parse_history(case.history.read_text(encoding="utf-8").split("\n"))
    return judge(case, replay(history.checkins, history.entries, phq9=history.phq9))


def judge(case: Case, prompts: list[Prompt]) -> CaseResult:
    result = CaseResult(case.name, prompts)
    for expected in case.labels["expect"]:
        if any(_matches(prompt, expected) for prompt in prompts):
            result.right += 1
        else:
            result.missed.append(expected)
    for prompt in prompts:
        for rule in case.labels["must_not"]:
            if _breaks(prompt, rule):
                result.wrong.append(f"{prompt.day} {prompt.kind} {list(prompt.signals)}: {rule}")
    for kind, count in case.labels.get("counts", {}).items():
        found = sum(1 for prompt in prompts if prompt.kind == kind)
        if found != count:
            result.wrong.append(f"{found} {kind} prompts, expected {count}")
    result.wrong.extend(_invariant_breaks(prompts))
    start = case.labels.get("pattern_start")
    support = [prompt.day for prompt in prompts if prompt.kind == "support"]
    if start is not None and support:
        result.days_to_first_prompt = (min(support) - date.fromisoformat(start)).days
    return result


def _matches(prompt: Prompt, expected: dict[str, Any]) -> bool:
    if prompt.kind != expected["kind"]:
        return False
    if "signals" in expected and list(prompt.signals) != expected["signals"]:
        return False
    if "reasons" in expected and list(prompt.escalation_reasons) != expected["reasons"]:
        return False
    day = prompt.day.isoformat()
    return expected.get("from", day) <= day <= expected.get("to", day)


def _breaks(prompt: Prompt, rule: dict[str, Any]) -> bool:
    day = prompt.day.isoformat()
    return (
        prompt.kind == rule.get("kind", prompt.kind)
        and ("signal" not in rule or rule["signal"] in prompt.signals)
        and ("escalated" not in rule or rule["escalated"] == prompt.escalated)
        and ("after" not in rule or day > rule["after"])
        and ("before" not in rule or day < rule["before"])
    )


def _invariant_breaks(prompts: list[Prompt]) -> list[str]:
    """Rules every history must keep: the 7-day support cooldown, one crisis prompt a day."""
    problems = []
    support_days = [prompt.day for prompt in prompts if prompt.kind == "support"]
    for earlier, later in pairwise(support_days):
        if (later - earlier).days < 7:
            problems.append(f"support prompts on {earlier} and {later}, within 7 days")
    crisis_days = [prompt.day for prompt in prompts if prompt.kind == "crisis"]
    if len(crisis_days) != len(set(crisis_days)):
        problems.append("two crisis prompts on one day")
    if [prompt.day for prompt in prompts] != sorted(prompt.day for prompt in prompts):
        problems.append("prompts out of date order")
    return problems
