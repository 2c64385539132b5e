"""Questionnaire results in the vault: record one, list them over time."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from app.core.clock import Clock, from_utc_text, offset_minutes, system_clock, to_utc_text
from app.core.db.database import Database
from app.core.db.watcher_tables import QuestionnaireResultRow
from app.core.errors import NotFoundError, UsageError
from app.core.questionnaires.definitions import QUESTIONNAIRES, load_questionnaire
from app.core.questionnaires.model import QuestionnaireResult
from app.core.questionnaires.scoring import QuestionnaireScore, score


class QuestionnaireService:
    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self._db = database
        self._clock = clock

    def record(
        self, kind: str, answers: Sequence[int], follow_up: int | None = None
    ) -> tuple[QuestionnaireResult, QuestionnaireScore]:
        """Score and keep a completed questionnaire; returns the result and its reading."""
        if kind not in QUESTIONNAIRES:
            raise UsageError(f"There is no questionnaire called {kind!r}.")
        questionnaire = load_questionnaire(kind)
        scored = score(questionnaire, answers)
        if follow_up is not None and (
            questionnaire.follow_up is None
            or not 0 <= follow_up < len(questionnaire.follow_up.options)
        ):
            raise UsageError("That answer to the last question isn't one of its choices.")
        moment = self._clock()
        with self._db.session() as session:
            row = QuestionnaireResultRow(
                id=str(uuid.uuid4()),
                kind=kind,
                answers=json.dumps(list(answers)),
                follow_up=follow_up,
                score=scored.total,
                taken_at=to_utc_text(moment),
                taken_offset_min=offset_minutes(moment),
            )
            session.add(row)
            session.flush()
            return _to_result(row), scored

    def results(self, kind: str | None = None) -> list[QuestionnaireResult]:
        """Oldest first, ready to draw over time."""
        statement = select(QuestionnaireResultRow).order_by(QuestionnaireResultRow.taken_at)
        if kind is not None:
            statement = statement.where(QuestionnaireResultRow.kind == kind)
        with self._db.reader() as session:
            return [_to_result(row) for row in session.scalars(statement)]

    def latest_taken_on(self) -> date | None:
        """The local day the most recent questionnaire of any kind was taken."""
        statement = (
            select(QuestionnaireResultRow).order_by(QuestionnaireResultRow.taken_at.desc()).limit(1)
        )
        with self._db.reader() as session:
            row = session.scalar(statement)
            return None if row is None else _to_result(row).taken_at.date()

    def latest(self, kind: str) -> QuestionnaireResult | None:
        """The most recent result of one questionnaire, or None."""
        statement = (
            select(QuestionnaireResultRow)
            .where(QuestionnaireResultRow.kind == kind)
            .order_by(QuestionnaireResultRow.taken_at.desc())
            .limit(1)
        )
        with self._db.reader() as session:
            row = session.scalar(statement)
            return None if row is None else _to_result(row)

    def delete(self, result_id: str) -> None:
        with self._db.session() as session:
            row = session.scalar(
                select(QuestionnaireResultRow).where(QuestionnaireResultRow.id == result_id)
            )
            if row is None:
                raise NotFoundError("That result isn't in this journal any more.")
            session.delete(row)


def _to_result(row: QuestionnaireResultRow) -> QuestionnaireResult:
    return QuestionnaireResult(
        id=row.id,
        kind=row.kind,
        answers=tuple(int(value) for value in json.loads(row.answers)),
        score=row.score,
        taken_at=from_utc_text(row.taken_at, row.taken_offset_min),
        follow_up=row.follow_up,
    )
