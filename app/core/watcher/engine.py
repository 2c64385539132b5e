"""The watcher's decision for a day: which prompts to show, given signals, settings and history.

Pure: no database, no clock, no Qt. The service (app/core/watcher_service.py) loads the
data and stores what this returns; `tend watch --replay` runs it over a whole history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from app.core.watcher.days import DaySignals
from app.core.watcher.escalation import QuestionnaireTaken, escalation_evidence, recent_phq9
from app.core.watcher.model import (
    CRISIS,
    LOSS_OF_INTEREST,
    LOW_MOOD,
    SUPPORT,
    Evidence,
    PriorPrompt,
    Prompt,
    SignalCount,
    WatcherSettings,
)
from app.core.watcher.sleep import sleep_evidence
from app.core.watcher.sustained import WINDOW_DAYS, sustained_signals, window_evidence
from app.core.watcher.wording import Wording, default_wording

# A support prompt does not come back within this many days of the last one.
SUPPORT_COOLDOWN_DAYS = 7
# A questionnaire looks back two weeks, so suggesting one more often says little.
QUESTIONNAIRE_GAP_DAYS = 14
PHQ9 = "phq9"
WHO5 = "who5"


def evaluate_day(
    day: date,
    by_day: Mapping[date, DaySignals],
    settings: WatcherSettings,
    prior: Sequence[PriorPrompt],
    *,
    last_questionnaire: date | None = None,
    wording: Wording | None = None,
    crisis_words: Sequence[Evidence] | None = None,
    last_phq9: QuestionnaireTaken | None = None,
) -> list[Prompt]:
    """The prompts to show at the end of ``day`` (crisis first), or none.

    ``prior`` is the prompts shown before: the last week's for the cooldown, and earlier
    ones to tell how long a stretch has lasted (see escalation.py).

    ``crisis_words``, when given, are the crisis words read today that were never read
    before (the vault's service reads by edit time); each such set gets its own prompt.
    Without it (a replay) the day's own writing decides, once a day.
    """
    wording = wording or default_wording()
    prompts: list[Prompt] = []
    if crisis_words is None:
        crisis = crisis_prompt(day, by_day, wording)
        if crisis is not None and _shown_on(CRISIS, day, prior):
            crisis = None
    else:
        crisis = crisis_prompt_for_words(day, crisis_words, wording)
    if crisis is not None and settings.allows(CRISIS, day):
        prompts.append(crisis)
    if settings.allows(SUPPORT, day) and not in_support_cooldown(day, prior):
        support = support_prompt(
            day,
            by_day,
            wording,
            settings,
            last_questionnaire=last_questionnaire,
            prior=prior,
            last_phq9=last_phq9,
        )
        if support is not None:
            prompts.append(support)
    return prompts


def crisis_prompt(day: date, by_day: Mapping[date, DaySignals], wording: Wording) -> Prompt | None:
    """Crisis words written on ``day`` call for resources at once, whatever the window says."""
    record = by_day.get(day)
    if record is None or not record.crisis:
        return None
    return Prompt(day, CRISIS, (), wording.crisis_summary(), record.crisis)


def crisis_prompt_for_words(
    day: date, words: Sequence[Evidence], wording: Wording
) -> Prompt | None:
    """A crisis prompt for words just read, whichever day they were begun on."""
    if not words:
        return None
    return Prompt(day, CRISIS, (), wording.crisis_summary(), tuple(words))


def support_prompt(
    day: date,
    by_day: Mapping[date, DaySignals],
    wording: Wording,
    settings: WatcherSettings,
    *,
    last_questionnaire: date | None = None,
    prior: Sequence[PriorPrompt] = (),
    last_phq9: QuestionnaireTaken | None = None,
) -> Prompt | None:
    """A prompt naming every sustained signal, or None when nothing is sustained.

    Short sleep may join the evidence; it never raises a prompt alone. When a reason to
    escalate holds, the prompt suggests a doctor or a counsellor and offers the PHQ-9.
    """
    counts = sustained_signals(day, by_day)
    if not counts:
        return None
    signals = [count.signal for count in counts]
    reasons = escalation_evidence(day, counts, prior, last_phq9)
    evidence = (*window_evidence(day, signals, by_day), *sleep_evidence(day, by_day), *reasons)
    if reasons:
        summary, questionnaire = _escalated(day, counts, wording, settings, last_phq9)
    else:
        summary = wording.support_summary(counts, WINDOW_DAYS)
        questionnaire = suggested_questionnaire(day, signals, settings, last_questionnaire)
    return Prompt(
        day=day,
        kind=SUPPORT,
        signals=tuple(signals),
        summary=summary,
        evidence=evidence,
        counts=tuple(counts),
        window_days=WINDOW_DAYS,
        suggested_questionnaire=questionnaire,
    )


def _escalated(
    day: date,
    counts: Sequence[SignalCount],
    wording: Wording,
    settings: WatcherSettings,
    last_phq9: QuestionnaireTaken | None,
) -> tuple[str, str | None]:
    """The escalated words, and the PHQ-9 to offer unless a recent one is shown instead."""
    recent = recent_phq9(day, last_phq9)
    shown = None if recent is None else (recent.day, recent.score)
    summary = wording.escalated_summary(counts, WINDOW_DAYS, shown)
    offer = PHQ9 if settings.suggest_questionnaires and recent is None else None
    return summary, offer


def suggested_questionnaire(
    day: date, signals: Sequence[str], settings: WatcherSettings, last_taken: date | None
) -> str | None:
    """PHQ-9 when interest or mood is low (its two core items), else the gentler WHO-5.

    Nothing when the person turned suggestions off or took one in the last two weeks.
    """
    if not settings.suggest_questionnaires:
        return None
    if last_taken is not None and (day - last_taken).days < QUESTIONNAIRE_GAP_DAYS:
        return None
    return PHQ9 if LOSS_OF_INTEREST in signals or LOW_MOOD in signals else WHO5


def in_support_cooldown(day: date, prior: Sequence[PriorPrompt]) -> bool:
    return any(
        item.kind == SUPPORT and 0 <= (day - item.day).days < SUPPORT_COOLDOWN_DAYS
        for item in prior
    )


def _shown_on(kind: str, day: date, prior: Sequence[PriorPrompt]) -> bool:
    return any(item.kind == kind and item.day == day for item in prior)
