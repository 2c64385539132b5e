"""A questionnaire result as stored in the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.questionnaires.definitions import load_questionnaire
from app.core.questionnaires.scoring import QuestionnaireScore, score


@dataclass(frozen=True)
class QuestionnaireResult:
    id: str
    kind: str
    answers: tuple[int, ...]
    score: int
    taken_at: datetime
    follow_up: int | None = None

    def scored(self) -> QuestionnaireScore:
        """The full reading of these answers (band, kind words, crisis-item rule)."""
        return score(load_questionnaire(self.kind), self.answers)
