"""The one mapping between stored prompts (the watcher's history) and ``ShownPrompt``.

The watcher and restore build rows with ``prompt_values`` and read them with
``shown_from_values``, so both store a prompt the same way. (A backup writes the stored
JSON columns as they are, so the document keeps exactly what the journal holds.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import RowMapping

from app.core.clock import from_utc_text, offset_minutes, to_utc_text
from app.core.db.watcher_tables import PromptRow
from app.core.watcher.model import Evidence, Prompt, ShownPrompt, SignalCount

PROMPT_COLUMNS = (
    "id",
    "day",
    "kind",
    "signals",
    "summary",
    "evidence",
    "counts",
    "suggestion",
    "shown_at",
    "shown_offset_min",
    "response",
    "responded_at",
)


def prompt_values(shown: ShownPrompt) -> dict[str, Any]:
    """The prompt's columns as stored."""
    prompt = shown.prompt
    return {
        "id": shown.id,
        "day": prompt.day.isoformat(),
        "kind": prompt.kind,
        "signals": json.dumps(list(prompt.signals)),
        "summary": prompt.summary,
        "evidence": json.dumps([item.to_json() for item in prompt.evidence]),
        "counts": json.dumps([count.to_json() for count in prompt.counts]),
        "suggestion": prompt.suggested_questionnaire,
        "shown_at": to_utc_text(shown.shown_at),
        "shown_offset_min": offset_minutes(shown.shown_at),
        "response": shown.response,
        "responded_at": None if shown.responded_at is None else to_utc_text(shown.responded_at),
    }


def shown_from_values(values: Mapping[str, Any] | RowMapping) -> ShownPrompt:
    prompt = Prompt(
        day=date.fromisoformat(values["day"]),
        kind=values["kind"],
        signals=tuple(json.loads(values["signals"])),
        summary=values["summary"],
        evidence=tuple(Evidence.from_json(item) for item in json.loads(values["evidence"])),
        counts=tuple(SignalCount.from_json(item) for item in json.loads(values["counts"])),
        suggested_questionnaire=values["suggestion"],
    )
    offset = values["shown_offset_min"]
    responded = values["responded_at"]
    return ShownPrompt(
        id=values["id"],
        prompt=prompt,
        shown_at=from_utc_text(values["shown_at"], offset),
        response=values["response"],
        # The journal keeps one offset per prompt: the response is shown in it too.
        responded_at=None if responded is None else from_utc_text(responded, offset),
    )


def shown_from_row(row: PromptRow) -> ShownPrompt:
    return shown_from_values({column: getattr(row, column) for column in PROMPT_COLUMNS})
