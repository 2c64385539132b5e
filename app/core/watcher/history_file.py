"""Read a history in JSON Lines (for `tend watch --replay`) into check-ins and entries.

Each line is one object:
    {"type": "checkin", "at": "2026-03-01T20:15", "mood": 2, "energy": 1, "note": "..."}
    {"type": "entry", "at": "2026-03-01T21:00", "title": "...", "body": "..."}
    {"type": "phq9", "at": "2026-03-01T21:30", "score": 12}
`at` is local time. An entry may also say when it was last edited, "edited":
"2026-03-02T00:20" (by default, when it was begun): its crisis words are read on that
day. A "phq9" line is a PHQ-9 result (its total, 0 to 27), which can make a support prompt
say more (see escalation.py). Ids are "line-N", so evidence points back at the line it came from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.core.checkins.model import SCALE_MAX, SCALE_MIN, SCALES, CheckIn
from app.core.errors import UsageError
from app.core.journal.model import Entry
from app.core.watcher.escalation import QuestionnaireTaken

PHQ9_MAX = 27


class HistoryLineError(UsageError):
    """A line of a history file that can't be read. The message never quotes its text."""

    title = "That history file couldn't be read"

    def __init__(self, line_number: int, problem: str) -> None:
        super().__init__(f"line {line_number}: {problem}")
        self.line_number = line_number


@dataclass(frozen=True)
class History:
    checkins: list[CheckIn]
    entries: list[Entry]
    phq9: list[QuestionnaireTaken] = field(default_factory=list)


def parse_history(lines: Iterable[str]) -> History:
    """Every check-in, entry and PHQ-9 in the lines; the first malformed line raises."""
    checkins: list[CheckIn] = []
    entries: list[Entry] = []
    phq9: list[QuestionnaireTaken] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item = _object(number, line)
        kind = item.get("type")
        if kind == "checkin":
            checkins.append(_checkin(number, item))
        elif kind == "entry":
            entries.append(_entry(number, item))
        elif kind == "phq9":
            phq9.append(_phq9(number, item))
        else:
            raise HistoryLineError(number, '"type" must be "checkin", "entry" or "phq9"')
    return History(checkins, entries, phq9)


def _object(number: int, line: str) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise HistoryLineError(number, f"not valid JSON ({error.msg})") from None
    except (ValueError, RecursionError):
        # json's limit on digits in a number raises a plain ValueError.
        raise HistoryLineError(number, "not JSON Tend can read (a number far too long?)") from None
    if not isinstance(item, dict):
        raise HistoryLineError(number, "each line must be one JSON object")
    return item


def _moment(number: int, item: dict[str, Any], key: str = "at") -> datetime:
    text = item.get(key)
    problem = f'"{key}" must be a date and time like "2026-03-01T20:15"'
    if not isinstance(text, str):
        raise HistoryLineError(number, problem)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise HistoryLineError(number, problem) from None
    # Local wall time: the day is what matters, so a naive time is labelled, not shifted.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _text(number: int, item: dict[str, Any], key: str) -> str:
    value = item.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise HistoryLineError(number, f'"{key}" must be text')
    return value


def _scale(number: int, item: dict[str, Any], key: str) -> int | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not SCALE_MIN <= value <= SCALE_MAX:
        raise HistoryLineError(
            number, f'"{key}" must be a whole number from {SCALE_MIN} to {SCALE_MAX}, or left out'
        )
    return value


def _checkin(number: int, item: dict[str, Any]) -> CheckIn:
    activities = item.get("activities", [])
    if activities is None:
        activities = []
    if not isinstance(activities, list) or not all(isinstance(a, str) for a in activities):
        raise HistoryLineError(number, '"activities" must be a list of words')
    sleep = item.get("sleep_hours")
    if sleep is not None and (
        isinstance(sleep, bool) or not isinstance(sleep, int | float) or not 0 <= sleep <= 24
    ):
        raise HistoryLineError(number, '"sleep_hours" must be a number from 0 to 24')
    scales = {scale: _scale(number, item, scale) for scale in SCALES}
    return CheckIn(
        id=f"line-{number}",
        at=_moment(number, item),
        mood=scales["mood"],
        energy=scales["energy"],
        interest=scales["interest"],
        focus=scales["focus"],
        sleep_hours=None if sleep is None else float(sleep),
        activities=tuple(activities),
        note=_text(number, item, "note"),
    )


def _entry(number: int, item: dict[str, Any]) -> Entry:
    if not isinstance(item.get("body"), str):
        raise HistoryLineError(number, 'an entry needs a "body" (text)')
    moment = _moment(number, item)
    edited = moment
    if item.get("edited") is not None:
        edited = _moment(number, item, "edited")
        if edited < moment:
            raise HistoryLineError(number, '"edited" can\'t come before "at"')
    return Entry(
        id=f"line-{number}",
        title=_text(number, item, "title"),
        body=item["body"],
        tags=(),
        created_at=moment,
        updated_at=edited,
    )


def _phq9(number: int, item: dict[str, Any]) -> QuestionnaireTaken:
    score = item.get("score")
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= PHQ9_MAX:
        raise HistoryLineError(number, f'"score" must be a whole number from 0 to {PHQ9_MAX}')
    return QuestionnaireTaken(f"line-{number}", _moment(number, item).date(), score)
