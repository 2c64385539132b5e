"""The prompts a stage change brings, in order: after a no, grief comes before feedback.

The order lives in app/resources/jobsearch/event_prompts.json, as ids of the prompt library.
Besides one list per stage, the file holds "interviewing_ahead": the prompts for an
interview still to come.
"""

from __future__ import annotations

from functools import cache

from app.core.jobsearch.model import Stage
from app.core.prompts.library import Prompt, PromptLibrary
from app.core.resources import load_json


@cache
def _order() -> dict[str, list[str]]:
    data = load_json("jobsearch", "event_prompts.json")
    return {key: [str(item) for item in value] for key, value in data.items() if key != "_comment"}


def list_names() -> tuple[str, ...]:
    """Every list in the file: stages, and moments such as "interviewing_ahead"."""
    return tuple(_order())


def prompt_ids_for(stage: Stage | str) -> tuple[str, ...]:
    """The ids for a stage, or for a named list such as "interviewing_ahead"."""
    name = stage.value if isinstance(stage, Stage) else stage
    return tuple(_order().get(name, ()))


def prompts_for(library: PromptLibrary, stage: Stage | str) -> list[Prompt]:
    """The library's prompts for a move to ``stage`` (or a named list), in the order they
    are offered."""
    return [library.get(prompt_id) for prompt_id in prompt_ids_for(stage)]
