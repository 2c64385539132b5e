"""Checks for imported JSON that name the field path (e.g. ``entries[3].date``) on failure."""

from __future__ import annotations

import json
from typing import Any

from app.core import limits
from app.core.importers.errors import NOTHING_IMPORTED, ImportFormatError


def load(data: bytes, source: str, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"{name} isn't UTF-8 text. {NOTHING_IMPORTED}") from error
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"{name} isn't valid JSON (line {error.lineno}, column {error.colno}), so it "
            f"isn't a {source} export. {NOTHING_IMPORTED}"
        ) from error
    except RecursionError as error:
        raise ImportFormatError(f"{name} is nested too deeply. {NOTHING_IMPORTED}") from error
    except ValueError as error:
        # json refuses integers of more than 4,300 digits with a plain ValueError.
        raise ImportFormatError(
            f"{name} holds a number far too long to be a {source} export. {NOTHING_IMPORTED}"
        ) from error


def fail(source: str, path: str, problem: str) -> ImportFormatError:
    return ImportFormatError(f"In the {source} file, at {path}: {problem}. {NOTHING_IMPORTED}")


def obj(value: Any, source: str, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(source, path, "expected an object")
    return value


def lst(value: Any, source: str, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise fail(source, path, "expected a list")
    return value


def text(value: Any, source: str, path: str, limit: int = limits.MAX_BODY_LENGTH) -> str:
    """Text as the journal keeps it: NUL characters (left by broken exports) are dropped."""
    if not isinstance(value, str):
        raise fail(source, path, "expected text")
    cleaned = value.replace("\x00", "")
    problem = limits.text_problem(cleaned, limit)
    if problem is not None:
        raise fail(source, path, f"the text {problem}")
    return cleaned


def flag(value: Any, source: str, path: str) -> bool:
    if not isinstance(value, bool):
        raise fail(source, path, "expected true or false")
    return value


def tags(value: Any, source: str, path: str) -> tuple[str, ...]:
    """Tag names without jrnl's "@" or a "#", empty ones dropped, 100 characters at most."""
    names = []
    for index, item in enumerate(lst(value, source, path)):
        name = text(item, source, f"{path}[{index}]", 1000).strip().lstrip("@#").strip()
        if len(name) > 100:
            raise fail(source, f"{path}[{index}]", "a tag is at most 100 characters")
        if name:
            names.append(name)
    return tuple(names)
