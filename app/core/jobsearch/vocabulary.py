"""Words for stages and ways in, and the check-in activities each stage stands for.

Read once from app/resources/jobsearch/stages.json, so wording lives in one data file.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from app.core.errors import UsageError
from app.core.jobsearch.model import Stage, Via
from app.core.resources import load_json


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = load_json("jobsearch", "stages.json")
    return data


def stage_label(stage: Stage) -> str:
    return str(_table()["stages"][stage.value]["label"])


def via_label(via: Via) -> str:
    return str(_table()["via"][via.value])


def stage_activity_keys(stage: Stage) -> tuple[str, ...]:
    """Built-in activity keys ("applied", "rejection", ...) a move to ``stage`` records."""
    return tuple(str(key) for key in _table()["stages"][stage.value]["activities"])


def parse_stage(text: str) -> Stage:
    """A stage from its key ("verbal_offer"; "verbal-offer" and capitals are fine too)."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return Stage(key)
    except ValueError:
        names = ", ".join(stage.value for stage in Stage)
        raise UsageError(
            f"There is no stage called {text.strip()[:40]!r}. Stages: {names}."
        ) from None


def parse_via(text: str) -> Via:
    key = text.strip().lower()
    try:
        return Via(key)
    except ValueError:
        names = ", ".join(via.value for via in Via)
        raise UsageError(f"How an opening came is one of: {names}.") from None
