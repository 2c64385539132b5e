"""The plan's words for people (titles, short hints), from the resource file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from app.core.resources import load_json
from app.core.safety_plan.model import STEP_KEYS


class SafetyPlanWordingError(ValueError):
    """The resource file does not match the plan's steps (a packaging bug)."""


@dataclass(frozen=True)
class StepWording:
    key: str
    title: str
    hint: str


@dataclass(frozen=True)
class PlanWording:
    title: str
    intro: str
    credit: str
    empty: str
    summary_title: str
    steps: tuple[StepWording, ...]

    def step(self, key: str) -> StepWording:
        return next(step for step in self.steps if step.key == key)


def parse_wording(data: Any) -> PlanWording:
    steps = tuple(
        StepWording(str(item["key"]), str(item["title"]), str(item["hint"]))
        for item in data["steps"]
    )
    if tuple(step.key for step in steps) != STEP_KEYS:
        raise SafetyPlanWordingError("safety_plan.json must list the seven steps in order")
    if not all(step.title and step.hint for step in steps):
        raise SafetyPlanWordingError("every step of safety_plan.json needs a title and a hint")
    return PlanWording(
        title=str(data["title"]),
        intro=str(data["intro"]),
        credit=str(data["credit"]),
        empty=str(data["empty"]),
        summary_title=str(data["summary_title"]),
        steps=steps,
    )


@cache
def plan_wording() -> PlanWording:
    return parse_wording(load_json("safety_plan.json"))
