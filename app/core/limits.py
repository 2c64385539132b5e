"""What Tend keeps: one set of limits shared by every way in and by the backup format.

Typing (`tend add`, the editor), imports and restoring a backup all check text and dates
against these same numbers, and the backup reader refuses exactly what they refuse. So
anything the journal holds can be written to a backup and read back from it.
"""

from __future__ import annotations

from datetime import date, datetime

MAX_TITLE_LENGTH = 10_000
MAX_BODY_LENGTH = 10_000_000
# Dates Tend can place on a calendar in every time zone (and every SQLite date function).
EARLIEST_YEAR = 1900
LATEST_YEAR = 9998


def text_problem(value: str, max_length: int) -> str | None:
    """Why ``value`` can't be kept, in words that never quote it; None when it can."""
    if len(value) > max_length:
        return f"is longer than {max_length:,} characters"
    if "\x00" in value:
        return "holds a NUL character (a zero byte)"
    if has_broken_character(value):
        return "holds a broken character (half of a UTF-16 pair)"
    return None


def has_broken_character(value: str) -> bool:
    """A lone surrogate: JSON's "\\ud800" or undecodable input; it can't be stored as UTF-8."""
    if value.isascii():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def year_in_range(moment: date | datetime) -> bool:
    return EARLIEST_YEAR <= moment.year <= LATEST_YEAR


def year_range_text() -> str:
    return f"between the years {EARLIEST_YEAR} and {LATEST_YEAR}"
