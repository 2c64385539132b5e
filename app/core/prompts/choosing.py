"""Which prompts to offer, and in what order, for a day and the moment the person is in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.core.prompts.library import DAILY_TAG, REJECTION_TAG, Prompt, PromptLibrary
from app.core.prompts.rotation import pick_for_day


@dataclass(frozen=True)
class Moment:
    """What today holds that a prompt should fit."""

    after_rejection: bool = False


def prompt_of_the_day(library: PromptLibrary, day: date, moment: Moment | None = None) -> Prompt:
    """One prompt for the day; after a rejection, one written for that moment.

    The ordinary pool is the "daily" prompts. The rejection pool holds rejection prompts
    that are not daily ones, so switching pools from one day to the next can never repeat
    yesterday's prompt either.
    """
    pool = _daily_pool(library)
    if moment is not None and moment.after_rejection:
        rejection_pool = _rejection_pool(library)
        if len(rejection_pool) >= 3:
            pool = rejection_pool
    return pick_for_day(pool, [prompt.id for prompt in pool], day)


def browse(
    library: PromptLibrary,
    day: date,
    moment: Moment | None = None,
    tag: str | None = None,
    first: Sequence[Prompt] = (),
) -> list[Prompt]:
    """Prompts to browse: ``first`` in its order (the prompts a recent job-search stage
    change brings), then today's, then (after a rejection) the ones that fit it, then the
    rest in the library's order. ``tag`` keeps only prompts with that tag."""
    moment = moment or Moment()
    today = prompt_of_the_day(library, day, moment)
    leading = {prompt.id: position for position, prompt in enumerate(first)}
    prompts = [p for p in library.prompts if tag is None or p.has_tag(tag)]

    def rank(prompt: Prompt) -> tuple[int, int]:
        if prompt.id in leading:
            return 0, leading[prompt.id]
        if prompt.id == today.id:
            return 1, 0
        if moment.after_rejection and prompt.has_tag(REJECTION_TAG):
            return 2, 0
        return 3, 0

    return sorted(prompts, key=rank)  # sorted() is stable: library order within each rank


def _daily_pool(library: PromptLibrary) -> tuple[Prompt, ...]:
    return library.with_tag(DAILY_TAG)


def _rejection_pool(library: PromptLibrary) -> tuple[Prompt, ...]:
    return tuple(p for p in library.with_tag(REJECTION_TAG) if not p.has_tag(DAILY_TAG))
