"""The "prompt_history" section: every gentle prompt Tend showed, with why and what was done.

Each item is a prompt as the vault keeps it: the day it was for, its kind (support or
crisis), the signals it named, the summary shown, the evidence behind it and the counts
for "Why am I seeing this?", the questionnaire it suggested, when it was shown (in the
person's UTC offset) and the person's response. Evidence names entries and check-ins by
id; those may have been deleted since, so they are not required to be in the backup.

History is append-only: a merge adds the prompts the journal lacks (which also restores
the seven-day rest between prompts) and keeps the journal's version of any prompt it
already holds, even when the backup recorded another response to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.core.backup import validate as v
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.backup.sections.by_id import merge_keeping_journal, table_digest
from app.core.backup.sections.prompt_evidence import parse_counts, parse_evidence, parse_signals
from app.core.clock import from_utc_text
from app.core.db.watcher_tables import PromptRow
from app.core.questionnaires.definitions import QUESTIONNAIRES
from app.core.watcher.model import RESPONSES, STORED_KINDS, Prompt, ShownPrompt
from app.core.watcher.prompt_rows import prompt_values

MAX_PROMPTS = 1_000_000
MAX_SUMMARY = 10_000
PROMPTS = cast(Table, PromptRow.__table__)
REQUIRED = ("id", "day", "kind", "shown_at")
OPTIONAL = (
    "signals",
    "summary",
    "evidence",
    "counts",
    "suggested_questionnaire",
    "response",
    "responded_at",
)
JSON_COLUMNS = ("signals", "evidence", "counts")


class PromptHistorySection:
    name = "prompt_history"
    version = 1
    label = "past prompts"

    # -- writing the document ------------------------------------------------------

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(PromptRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        statement = select(PROMPTS).order_by(PromptRow.shown_at, PromptRow.pk)
        for row in session.execute(statement):
            values = row._mapping
            offset = values["shown_offset_min"]
            responded = values["responded_at"]
            yield {
                "id": values["id"],
                "day": values["day"],
                "kind": values["kind"],
                # The JSON the vault stores, as JSON (not text), so the file reads plainly.
                "signals": json.loads(values["signals"]),
                "summary": values["summary"],
                "evidence": json.loads(values["evidence"]),
                "counts": json.loads(values["counts"]),
                "suggested_questionnaire": values["suggestion"],
                "shown_at": _stamp(from_utc_text(values["shown_at"], offset)),
                "response": values["response"],
                # The vault keeps one offset per prompt: the response is shown in it too.
                "responded_at": None
                if responded is None
                else _stamp(from_utc_text(responded, offset)),
            }

    def fingerprint(self, session: Session) -> bytes:
        return table_digest(session, PROMPTS)

    # -- reading the document ------------------------------------------------------

    def parse(self, items: list[Any], path: str) -> Sequence[ShownPrompt]:
        v.expect_list(items, path, MAX_PROMPTS)
        seen: set[str] = set()
        prompts = []
        for index, item in enumerate(items):
            shown = item_to_prompt(item, f"{path}[{index}]")
            if shown.id in seen:
                raise v.fail(f"{path}[{index}].id", "this id appears twice in the backup")
            seen.add(shown.id)
            prompts.append(shown)
        return prompts

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        """Evidence may name deleted entries and check-ins, so no link is required."""

    # -- merging -------------------------------------------------------------------

    def merge(
        self, session: Session, records: Sequence[ShownPrompt], context: MergeContext
    ) -> SectionChanges:
        return merge_keeping_journal(
            session,
            PROMPTS,
            [_row_values(shown) for shown in records],
            context,
            _comparable,
            section=self.name,
            label=self.label,
        )


def _row_values(shown: ShownPrompt) -> dict[str, Any]:
    """The columns exactly as WatcherService writes them."""
    return prompt_values(shown)


def _comparable(values: Mapping[str, Any]) -> object:
    plain = ("id", "day", "kind", "summary", "suggestion", "shown_at", "shown_offset_min")
    return (
        *(values[column] for column in plain),
        *(json.loads(values[column]) for column in JSON_COLUMNS),
        values["response"],
        values["responded_at"],
    )


def item_to_prompt(item: Any, path: str) -> ShownPrompt:
    """One past prompt, checked field by field; raises BackupSchemaError."""
    obj = v.expect_object(item, path, REQUIRED, OPTIONAL)
    suggestion = obj.get("suggested_questionnaire")
    prompt = Prompt(
        day=v.expect_date(obj["day"], f"{path}.day"),
        kind=v.expect_choice(obj["kind"], f"{path}.kind", STORED_KINDS),
        signals=parse_signals(obj.get("signals", []), f"{path}.signals"),
        summary=v.expect_str(obj.get("summary", ""), f"{path}.summary", MAX_SUMMARY),
        evidence=parse_evidence(obj.get("evidence", []), f"{path}.evidence"),
        counts=parse_counts(obj.get("counts", []), f"{path}.counts"),
        suggested_questionnaire=None
        if suggestion is None
        else v.expect_choice(suggestion, f"{path}.suggested_questionnaire", QUESTIONNAIRES),
    )
    response_value = obj.get("response")
    response = (
        None
        if response_value is None
        else v.expect_choice(response_value, f"{path}.response", RESPONSES)
    )
    responded_at = v.expect_optional_timestamp(obj.get("responded_at"), f"{path}.responded_at")
    if (response is None) != (responded_at is None):
        raise v.fail(
            f"{path}.responded_at",
            "expected a time when there is a response, and null when there is none",
        )
    return ShownPrompt(
        id=v.expect_uuid(obj["id"], f"{path}.id"),
        prompt=prompt,
        shown_at=v.expect_timestamp(obj["shown_at"], f"{path}.shown_at"),
        response=response,
        responded_at=responded_at,
    )


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")
