"""The "questionnaires" section: every completed self-check (PHQ-9, WHO-5) with its answers.

Each result is checked against its questionnaire as Tend ships it (app/resources/questionnaires/):
the kind must be known, there must be one answer per question, each answer one of the
questionnaire's values, the score what those answers add up to, and the follow-up answer
(the PHQ-9's "how difficult ...") one of its choices. A result is never edited, so a merge
adds the results the journal lacks and keeps the journal's version of the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.core.backup import validate as v
from app.core.backup.sections.base import MergeContext, SectionChanges
from app.core.backup.sections.by_id import merge_keeping_journal, table_digest
from app.core.clock import from_utc_text, offset_minutes, to_utc_text
from app.core.db.watcher_tables import QuestionnaireResultRow
from app.core.questionnaires.definitions import QUESTIONNAIRES, load_questionnaire
from app.core.questionnaires.model import QuestionnaireResult
from app.core.questionnaires.scoring import score

MAX_RESULTS = 100_000
RESULTS = cast(Table, QuestionnaireResultRow.__table__)
REQUIRED = ("id", "kind", "taken_at", "answers", "score")
OPTIONAL = ("follow_up",)


class QuestionnairesSection:
    name = "questionnaires"
    version = 1
    label = "questionnaire results"

    # -- writing the document ------------------------------------------------------

    def count(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(QuestionnaireResultRow)) or 0)

    def dump(self, session: Session) -> Iterator[dict[str, Any]]:
        statement = select(RESULTS).order_by(
            QuestionnaireResultRow.taken_at, QuestionnaireResultRow.pk
        )
        for row in session.execute(statement):
            values = row._mapping
            taken_at = from_utc_text(values["taken_at"], values["taken_offset_min"])
            yield {
                "id": values["id"],
                "kind": values["kind"],
                "taken_at": taken_at.isoformat(timespec="microseconds"),
                "answers": json.loads(values["answers"]),
                "score": values["score"],
                "follow_up": values["follow_up"],
            }

    def fingerprint(self, session: Session) -> bytes:
        return table_digest(session, RESULTS)

    # -- reading the document ------------------------------------------------------

    def parse(self, items: list[Any], path: str) -> Sequence[QuestionnaireResult]:
        v.expect_list(items, path, MAX_RESULTS)
        seen: set[str] = set()
        results = []
        for index, item in enumerate(items):
            result = item_to_result(item, f"{path}[{index}]")
            if result.id in seen:
                raise v.fail(f"{path}[{index}].id", "this id appears twice in the backup")
            seen.add(result.id)
            results.append(result)
        return results

    def check_links(self, records: Mapping[str, Sequence[Any]], path: str) -> None:
        """Results link to nothing else (the questionnaires themselves ship with Tend)."""

    # -- merging -------------------------------------------------------------------

    def merge(
        self, session: Session, records: Sequence[QuestionnaireResult], context: MergeContext
    ) -> SectionChanges:
        return merge_keeping_journal(
            session,
            RESULTS,
            [_row_values(result) for result in records],
            context,
            _comparable,
            section=self.name,
            label=self.label,
        )


def _row_values(result: QuestionnaireResult) -> dict[str, Any]:
    return {
        "id": result.id,
        "kind": result.kind,
        "answers": json.dumps(list(result.answers)),
        "follow_up": result.follow_up,
        "score": result.score,
        "taken_at": to_utc_text(result.taken_at),
        "taken_offset_min": offset_minutes(result.taken_at),
    }


def _comparable(values: Mapping[str, Any]) -> object:
    return (
        values["kind"],
        json.loads(values["answers"]),
        values["follow_up"],
        values["score"],
        values["taken_at"],
        values["taken_offset_min"],
    )


def item_to_result(item: Any, path: str) -> QuestionnaireResult:
    """One result, checked against its questionnaire; raises BackupSchemaError."""
    obj = v.expect_object(item, path, REQUIRED, OPTIONAL)
    kind = v.expect_choice(obj["kind"], f"{path}.kind", QUESTIONNAIRES)
    questionnaire = load_questionnaire(kind)
    questions = len(questionnaire.items)
    values = v.expect_list(obj["answers"], f"{path}.answers", questions)
    if len(values) != questions:
        raise v.fail(f"{path}.answers", f"the {questionnaire.name} has {questions} answers")
    allowed = sorted(questionnaire.allowed_values)
    answers = []
    for number, value in enumerate(values):
        where = f"{path}.answers[{number}]"
        answer = v.expect_int(value, where, allowed[0], allowed[-1])
        if answer not in allowed:
            raise v.fail(where, "expected one of " + ", ".join(str(a) for a in allowed))
        answers.append(answer)
    total = v.expect_int(obj["score"], f"{path}.score", 0, questionnaire.max_score)
    if total != score(questionnaire, answers).total:
        raise v.fail(f"{path}.score", "the score isn't what the answers add up to")
    return QuestionnaireResult(
        id=v.expect_uuid(obj["id"], f"{path}.id"),
        kind=kind,
        answers=tuple(answers),
        score=total,
        taken_at=v.expect_timestamp(obj["taken_at"], f"{path}.taken_at"),
        follow_up=_follow_up(obj.get("follow_up"), f"{path}.follow_up", kind),
    )


def _follow_up(value: Any, path: str, kind: str) -> int | None:
    if value is None:
        return None
    follow_up = load_questionnaire(kind).follow_up
    if follow_up is None:
        raise v.fail(path, "this questionnaire has no follow-up question; expected null")
    return v.expect_int(value, path, 0, len(follow_up.options) - 1)
