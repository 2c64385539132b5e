"""Strict checks for the backup document: every field's type and range, named by its path.

A mismatch raises BackupSchemaError with the path in the document, for example
``sections.entries[12].created_at``, and what was expected there. Values are never echoed
back, since they may be journal text.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Collection
from datetime import date, datetime, timedelta
from typing import Any

from app.core import limits
from app.core.backup.errors import BackupSchemaError

MAX_OFFSET = timedelta(hours=18)
DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def fail(path: str, problem: str) -> BackupSchemaError:
    return BackupSchemaError(path, problem)


def expect_object(
    value: Any, path: str, required: Collection[str], optional: Collection[str] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(path, f"expected an object, found {_kind(value)}")
    for name in required:
        if name not in value:
            raise fail(f"{path}.{name}" if path else name, "this field is missing")
    allowed = set(required) | set(optional)
    for name in value:
        if name not in allowed:
            shown = name if len(name) <= 40 else name[:40] + "…"
            raise fail(
                f"{path}.{shown}" if path else shown,
                "this field isn't part of the format (a typo, or a newer Tend?)",
            )
    return value


def expect_str(value: Any, path: str, max_length: int, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise fail(path, f"expected text, found {_kind(value)}")
    if not allow_empty and not value.strip():
        raise fail(path, "expected text, found an empty value")
    # The same check every way into the journal makes (app/core/limits.py).
    problem = limits.text_problem(value, max_length)
    if problem is not None:
        raise fail(path, f"the text {problem}")
    return value


def expect_int(value: Any, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(path, f"expected a whole number, found {_kind(value)}")
    if not low <= value <= high:
        raise fail(path, f"expected a number from {low} to {high}")
    return value


def expect_bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise fail(path, f"expected true or false, found {_kind(value)}")
    return value


def expect_list(value: Any, path: str, max_items: int) -> list[Any]:
    if not isinstance(value, list):
        raise fail(path, f"expected a list, found {_kind(value)}")
    if len(value) > max_items:
        raise fail(path, f"the list has more than {max_items:,} items")
    return value


def expect_uuid(value: Any, path: str) -> str:
    """A UUID in its canonical form: 36 characters, lower-case hexadecimal and hyphens."""
    text = expect_str(value, path, 36)
    try:
        parsed = uuid.UUID(text)
    except ValueError as error:
        raise fail(path, "expected a UUID such as 6f1c2d3e-…, found something else") from error
    if str(parsed) != text:
        raise fail(path, "expected a UUID in lower case with hyphens (36 characters)")
    return text


def expect_timestamp(value: Any, path: str) -> datetime:
    """An RFC 3339 time with its UTC offset, e.g. 2026-03-14T09:30:00.000000+01:00."""
    text = expect_str(value, path, 40)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError as error:
        raise fail(path, "expected a time like 2026-03-14T09:30:00+01:00") from error
    offset = moment.utcoffset()
    if offset is None:
        raise fail(path, "the time has no UTC offset (add Z or +01:00, for example)")
    if abs(offset) > MAX_OFFSET:
        raise fail(path, "the UTC offset is out of range")
    if not limits.year_in_range(moment):
        raise fail(path, f"the year is out of range (Tend keeps dates {limits.year_range_text()})")
    return moment


def expect_date(value: Any, path: str) -> date:
    """A calendar day written as YYYY-MM-DD, e.g. 2026-03-14."""
    text = expect_str(value, path, 10)
    if not DATE_SHAPE.fullmatch(text):
        raise fail(path, "expected a day like 2026-03-14")
    try:
        day = date.fromisoformat(text)
    except ValueError as error:
        raise fail(path, "expected a day like 2026-03-14") from error
    if not limits.year_in_range(day):
        raise fail(path, f"the year is out of range (Tend keeps dates {limits.year_range_text()})")
    return day


def expect_number(value: Any, path: str, low: float, high: float) -> float:
    """A finite number (whole or not) within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(path, f"expected a number, found {_kind(value)}")
    if not math.isfinite(value) or not low <= value <= high:
        raise fail(path, f"expected a number from {low:g} to {high:g}")
    return float(value)


def expect_choice(value: Any, path: str, choices: Collection[str]) -> str:
    """One of a fixed set of words, named in the message (they are not journal text)."""
    text = expect_str(value, path, 100)
    if text not in choices:
        raise fail(path, "expected one of " + ", ".join(f'"{choice}"' for choice in choices))
    return text


def expect_optional_timestamp(value: Any, path: str) -> datetime | None:
    return None if value is None else expect_timestamp(value, path)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    for kind, name in ((int, "a number"), (float, "a number"), (str, "text"), (list, "a list")):
        if isinstance(value, kind):
            return name
    return "an object" if isinstance(value, dict) else type(value).__name__
