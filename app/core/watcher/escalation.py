"""When a support prompt says more: it suggests a doctor or a counsellor and offers the PHQ-9.

A support prompt is escalated when any of these is true on its day (each becomes a piece
of the prompt's evidence, so "Why am I seeing this?" can say which):
- the pattern is still there four weeks after the first note of this stretch (support
  prompts no more than three weeks apart belong to one stretch, so a snooze doesn't end it);
- three or more signals hold together;
- a PHQ-9 taken in the last two weeks added up to 10 or more (the usual screening cut-off
  for "worth talking to someone about", not a diagnosis).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.core.watcher.model import (
    QUESTIONNAIRE,
    RECENT_PHQ9_SCORE,
    SEVERAL_SIGNALS_TOGETHER,
    STILL_THERE_AFTER_FOUR_WEEKS,
    SUPPORT,
    WATCHER,
    Evidence,
    PriorPrompt,
    SignalCount,
)

STILL_THERE_DAYS = 28
# Support prompts this close together belong to one stretch (the cooldown is a week).
STRETCH_GAP_DAYS = 21
SEVERAL_SIGNALS = 3
PHQ9_RECENT_DAYS = 14
PHQ9_SCORE_AT_LEAST = 10


@dataclass(frozen=True)
class QuestionnaireTaken:
    """The latest PHQ-9: when it was taken and what it added up to."""

    id: str
    day: date
    score: int


def first_note_of_stretch(day: date, prior: Sequence[PriorPrompt]) -> date | None:
    """The first support prompt of the stretch that reaches ``day``, or None."""
    earlier = sorted({item.day for item in prior if item.kind == SUPPORT and item.day < day})
    first = None
    reference = day
    for moment in reversed(earlier):
        if (reference - moment).days > STRETCH_GAP_DAYS:
            break
        first = reference = moment
    return first


def recent_phq9(day: date, last_phq9: QuestionnaireTaken | None) -> QuestionnaireTaken | None:
    """The PHQ-9 when it was taken in the two weeks up to ``day``."""
    if last_phq9 is None or not 0 <= (day - last_phq9.day).days < PHQ9_RECENT_DAYS:
        return None
    return last_phq9


def escalation_evidence(
    day: date,
    counts: Sequence[SignalCount],
    prior: Sequence[PriorPrompt],
    last_phq9: QuestionnaireTaken | None,
) -> tuple[Evidence, ...]:
    """One piece of evidence per reason to escalate, or none."""
    reasons: list[Evidence] = []
    first = first_note_of_stretch(day, prior)
    if first is not None and (day - first).days >= STILL_THERE_DAYS:
        reasons.append(Evidence(first, STILL_THERE_AFTER_FOUR_WEEKS, WATCHER, ()))
    if len(counts) >= SEVERAL_SIGNALS:
        reasons.append(Evidence(day, SEVERAL_SIGNALS_TOGETHER, WATCHER, ()))
    phq9 = recent_phq9(day, last_phq9)
    if phq9 is not None and phq9.score >= PHQ9_SCORE_AT_LEAST:
        reasons.append(
            Evidence(phq9.day, RECENT_PHQ9_SCORE, QUESTIONNAIRE, (phq9.id,), score=phq9.score)
        )
    return tuple(reasons)
