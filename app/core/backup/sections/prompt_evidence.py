"""Checking the reasons a past prompt keeps: its evidence and its signal counts.

The vault stores both as JSON text (Evidence.to_json, SignalCount.to_json in
app/core/watcher/model.py); the backup holds the same objects as JSON, and they are
checked here field by field before they are stored again.
"""

from __future__ import annotations

from typing import Any

from app.core.backup import validate as v
from app.core.checkins.model import SCALE_MAX, SCALE_MIN
from app.core.watcher.model import (
    EVIDENCE_SIGNALS,
    EVIDENCE_SOURCES,
    SIGNALS,
    Evidence,
    SignalCount,
)

MAX_EVIDENCE = 10_000
MAX_IDS = 1_000
MAX_PHRASE = 10_000
MAX_DAYS = 100_000
EVIDENCE_REQUIRED = ("date", "signal", "source")
EVIDENCE_OPTIONAL = ("ids", "value", "phrase", "hours", "score")
MAX_SLEEP_HOURS = 24
MAX_QUESTIONNAIRE_SCORE = 27  # the PHQ-9's highest total
COUNT_FIELDS = ("signal", "days_present", "days_with_data", "first_day", "last_day")


def parse_signals(value: Any, path: str) -> tuple[str, ...]:
    """The prompt's signals: each one of the four, each once."""
    items = v.expect_list(value, path, len(SIGNALS))
    signals = tuple(
        v.expect_choice(item, f"{path}[{index}]", SIGNALS) for index, item in enumerate(items)
    )
    if len(set(signals)) != len(signals):
        raise v.fail(path, "a signal is listed twice")
    return signals


def parse_evidence(value: Any, path: str) -> tuple[Evidence, ...]:
    items = v.expect_list(value, path, MAX_EVIDENCE)
    return tuple(_evidence(item, f"{path}[{index}]") for index, item in enumerate(items))


def parse_counts(value: Any, path: str) -> tuple[SignalCount, ...]:
    items = v.expect_list(value, path, len(SIGNALS))
    counts = tuple(_count(item, f"{path}[{index}]") for index, item in enumerate(items))
    if len({count.signal for count in counts}) != len(counts):
        raise v.fail(path, "a signal is counted twice")
    return counts


def _evidence(item: Any, path: str) -> Evidence:
    obj = v.expect_object(item, path, EVIDENCE_REQUIRED, EVIDENCE_OPTIONAL)
    ids = v.expect_list(obj.get("ids", []), f"{path}.ids", MAX_IDS)
    # Ids name entries and check-ins that may since have been deleted: they are kept as
    # they are and need not be in the backup.
    source_ids = tuple(
        v.expect_uuid(value, f"{path}.ids[{index}]") for index, value in enumerate(ids)
    )
    value = obj.get("value")
    phrase = obj.get("phrase")
    hours = obj.get("hours")
    score = obj.get("score")
    return Evidence(
        day=v.expect_date(obj["date"], f"{path}.date"),
        signal=v.expect_choice(obj["signal"], f"{path}.signal", EVIDENCE_SIGNALS),
        source=v.expect_choice(obj["source"], f"{path}.source", EVIDENCE_SOURCES),
        source_ids=source_ids,
        value=None
        if value is None
        else v.expect_number(value, f"{path}.value", SCALE_MIN, SCALE_MAX),
        phrase=None
        if phrase is None
        else v.expect_str(phrase, f"{path}.phrase", MAX_PHRASE, allow_empty=False),
        hours=None
        if hours is None
        else v.expect_number(hours, f"{path}.hours", 0, MAX_SLEEP_HOURS),
        score=None
        if score is None
        else v.expect_int(score, f"{path}.score", 0, MAX_QUESTIONNAIRE_SCORE),
    )


def _count(item: Any, path: str) -> SignalCount:
    obj = v.expect_object(item, path, COUNT_FIELDS)
    with_data = v.expect_int(obj["days_with_data"], f"{path}.days_with_data", 0, MAX_DAYS)
    present = v.expect_int(obj["days_present"], f"{path}.days_present", 0, with_data)
    first_day = v.expect_date(obj["first_day"], f"{path}.first_day")
    last_day = v.expect_date(obj["last_day"], f"{path}.last_day")
    if last_day < first_day:
        raise v.fail(f"{path}.last_day", "the last day comes before the first day")
    return SignalCount(
        signal=v.expect_choice(obj["signal"], f"{path}.signal", SIGNALS),
        days_present=present,
        days_with_data=with_data,
        first_day=first_day,
        last_day=last_day,
    )
