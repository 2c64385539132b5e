"""The door every entry passes before it is saved: the limits the backup format also checks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from app.core import limits
from app.core.errors import UsageError
from app.core.journal.tags import MAX_TAG_LENGTH

NOTHING_SAVED = "Nothing was saved."


def check_entry_fields(
    title: str | None = None,
    body: str | None = None,
    tags: Iterable[str] | None = None,
    created_at: datetime | None = None,
) -> None:
    """Raise UsageError, naming the field (never its text), if any part can't be kept."""
    if title is not None:
        _check_text("title", title, limits.MAX_TITLE_LENGTH)
    if body is not None:
        _check_text("text", body, limits.MAX_BODY_LENGTH)
    for tag in tags or ():
        # Length is checked once the tag is trimmed (normalise_tags); here what can't be stored.
        _check_text("tag", tag, MAX_TAG_LENGTH + len(tag))
    if created_at is not None and not limits.year_in_range(created_at):
        raise UsageError(f"An entry's date must be {limits.year_range_text()}. {NOTHING_SAVED}")


def _check_text(field: str, value: str, max_length: int) -> None:
    problem = limits.text_problem(value, max_length)
    if problem is None:
        return
    advice = (
        "Split it into several entries."
        if problem.startswith("is longer")
        else "Remove that character and try again."
    )
    raise UsageError(
        f"The entry's {field} {problem}, which Tend can't keep. {NOTHING_SAVED} {advice}"
    )
