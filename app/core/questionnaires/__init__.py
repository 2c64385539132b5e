"""Self-check questionnaires (PHQ-9, WHO-5): screening aids, never a diagnosis."""

from app.core.questionnaires.definitions import (
    PHQ9,
    QUESTIONNAIRES,
    WHO5,
    Questionnaire,
    load_questionnaire,
)
from app.core.questionnaires.model import QuestionnaireResult
from app.core.questionnaires.scoring import QuestionnaireScore, score
from app.core.questionnaires.service import QuestionnaireService

__all__ = [
    "PHQ9",
    "QUESTIONNAIRES",
    "WHO5",
    "Questionnaire",
    "QuestionnaireResult",
    "QuestionnaireScore",
    "QuestionnaireService",
    "load_questionnaire",
    "score",
]
