"""Scoring a questionnaire: the total, its band in kind words, and the crisis-item rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.errors import UsageError
from app.core.questionnaires.definitions import Band, Questionnaire


@dataclass(frozen=True)
class QuestionnaireScore:
    questionnaire: str
    total: int
    max_score: int
    band: Band
    percentage: int | None  # WHO-5: the raw score times 4
    summary: str  # the score line and the band's message
    screening_note: str
    show_crisis_resources: bool  # PHQ-9 item 9 above 0, whatever the total
    crisis_message: str = ""


def score(questionnaire: Questionnaire, answers: Sequence[int]) -> QuestionnaireScore:
    """Score a complete set of answers; every item must be answered with a listed value."""
    check_answers(questionnaire, answers)
    total = sum(answers)
    band = next(b for b in questionnaire.bands if b.low <= total <= b.high)
    factor = questionnaire.percentage_factor
    percentage = None if factor is None else total * factor
    line = questionnaire.score_line.format(
        score=total, max=questionnaire.max_score, percentage=percentage
    )
    item = questionnaire.crisis_item
    crisis = item is not None and answers[item - 1] > 0
    return QuestionnaireScore(
        questionnaire=questionnaire.id,
        total=total,
        max_score=questionnaire.max_score,
        band=band,
        percentage=percentage,
        summary=f"{line} {band.message}",
        screening_note=questionnaire.screening_note,
        show_crisis_resources=crisis,
        crisis_message=questionnaire.crisis_message if crisis else "",
    )


def check_answers(questionnaire: Questionnaire, answers: Sequence[int]) -> None:
    if len(answers) != len(questionnaire.items):
        raise UsageError(
            f"The {questionnaire.name} has {len(questionnaire.items)} questions; "
            f"{len(answers)} answers were given."
        )
    allowed = questionnaire.allowed_values
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or answer not in allowed:
            raise UsageError(
                f"Answer {number} of the {questionnaire.name} must be one of "
                f"{', '.join(str(v) for v in sorted(allowed))}."
            )
