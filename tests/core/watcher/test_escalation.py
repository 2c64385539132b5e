"""Gentle escalation: after four weeks, with three signs, or after a PHQ-9 of 10 or more,
a support prompt suggests a doctor or a counsellor, and says why."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from app.core.watcher.days import signals_by_day
from app.core.watcher.engine import evaluate_day
from app.core.watcher.escalation import QuestionnaireTaken, first_note_of_stretch
from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import (
    RECENT_PHQ9_SCORE,
    SEVERAL_SIGNALS_TOGETHER,
    STILL_THERE_AFTER_FOUR_WEEKS,
    SUPPORT,
    PriorPrompt,
    Prompt,
    WatcherSettings,
)
from app.core.watcher.replay import replay
from app.core.watcher.wording import default_wording
from tests.core.watcher.builders import checkin, day

DOCTOR = "A doctor or a counsellor"


def low_energy_days(count: int) -> dict:  # type: ignore[type-arg]
    return signals_by_day([checkin(i, energy=1) for i in range(count)], [], default_lexicon())


def support_on(prompts: list[Prompt]) -> list[Prompt]:
    return [prompt for prompt in prompts if prompt.kind == SUPPORT]


def test_a_pattern_still_there_four_weeks_after_the_first_note_escalates() -> None:
    prompts = replay([checkin(i, energy=1) for i in range(45)], [])
    first = prompts[0]
    assert not first.escalated and DOCTOR not in first.summary
    late = [p for p in prompts if (p.day - first.day).days >= 28]
    early = [p for p in prompts if (p.day - first.day).days < 28]
    assert late and all(p.escalation_reasons == (STILL_THERE_AFTER_FOUR_WEEKS,) for p in late)
    assert not any(p.escalated for p in early)
    reason = next(e for e in late[0].evidence if e.signal == STILL_THERE_AFTER_FOUR_WEEKS)
    assert reason.day == first.day  # "Why?" can say when the first note was
    assert DOCTOR in late[0].summary
    assert late[0].suggested_questionnaire == "phq9"


def test_the_escalated_prompt_keeps_the_cooldown() -> None:
    prompts = replay([checkin(i, energy=1, interest=1, focus=1) for i in range(60)], [])
    days = [p.day for p in prompts]
    assert all((b - a).days >= 7 for a, b in pairwise(days))
    assert len(days) >= 7  # escalated prompts still come weekly, no more often


def test_three_signs_together_escalate_at_once_and_two_do_not() -> None:
    three = replay([checkin(i, energy=1, interest=1, focus=1) for i in range(14)], [])
    assert three[0].escalation_reasons == (SEVERAL_SIGNALS_TOGETHER,)
    assert DOCTOR in three[0].summary
    two = replay([checkin(i, energy=1, interest=1) for i in range(14)], [])
    assert not two[0].escalated


def test_a_recent_phq9_of_ten_or_more_escalates_and_shows_its_result() -> None:
    today = day(13)
    taken = QuestionnaireTaken("r1", today - timedelta(days=3), 12)
    (prompt,) = evaluate_day(today, low_energy_days(14), WatcherSettings(), [], last_phq9=taken)
    assert prompt.escalation_reasons == (RECENT_PHQ9_SCORE,)
    reason = prompt.evidence[-1]
    assert (reason.score, reason.day, reason.source_ids) == (12, taken.day, ("r1",))
    assert "added up to 12 out of 27" in prompt.summary
    assert prompt.suggested_questionnaire is None  # its result is shown instead


def test_a_phq9_under_ten_or_older_than_two_weeks_does_not_escalate() -> None:
    today = day(13)
    by_day = low_energy_days(14)
    for taken in (
        QuestionnaireTaken("r1", today - timedelta(days=3), 9),
        QuestionnaireTaken("r2", today - timedelta(days=14), 20),
    ):
        (prompt,) = evaluate_day(today, by_day, WatcherSettings(), [], last_phq9=taken)
        assert not prompt.escalated


def test_cooldown_and_i_have_support_hold_for_an_escalated_prompt() -> None:
    today = day(13)
    by_day = signals_by_day(
        [checkin(i, energy=1, interest=1, focus=1) for i in range(14)], [], default_lexicon()
    )
    taken = QuestionnaireTaken("r1", today, 20)
    recent = [PriorPrompt(today - timedelta(days=3), SUPPORT)]
    assert evaluate_day(today, by_day, WatcherSettings(), recent, last_phq9=taken) == []
    has_support = WatcherSettings(kinds_off={SUPPORT: None})
    assert evaluate_day(today, by_day, has_support, [], last_phq9=taken) == []
    snoozed = WatcherSettings(snoozed_until={SUPPORT: today + timedelta(days=1)})
    assert evaluate_day(today, by_day, snoozed, [], last_phq9=taken) == []


def test_no_phq9_is_offered_when_suggestions_are_off() -> None:
    by_day = signals_by_day(
        [checkin(i, energy=1, interest=1, focus=1) for i in range(14)], [], default_lexicon()
    )
    settings = WatcherSettings(suggest_questionnaires=False)
    (prompt,) = evaluate_day(day(13), by_day, settings, [])
    assert prompt.escalated and prompt.suggested_questionnaire is None


def test_a_gap_of_more_than_three_weeks_starts_a_new_stretch() -> None:
    prior = [PriorPrompt(day(0), SUPPORT), PriorPrompt(day(7), SUPPORT)]
    assert first_note_of_stretch(day(28), prior) == day(0)
    assert first_note_of_stretch(day(29), prior) is None
    assert first_note_of_stretch(day(29), [*prior, PriorPrompt(day(20), SUPPORT)]) == day(0)


def test_escalated_words_name_people_who_can_help_and_no_condition() -> None:
    words = default_wording().escalated_closing
    assert "doctor" in words and "counsellor" in words
    assert "depress" not in words.lower()


def test_replay_json_names_the_escalation_and_its_reasons() -> None:
    (prompt, *_) = replay([checkin(i, energy=1, interest=1, focus=1) for i in range(14)], [])
    data = prompt.to_json()
    assert data["escalated"] is True
    assert data["reasons"] == [SEVERAL_SIGNALS_TOGETHER]
    plain = replay([checkin(i, energy=1) for i in range(14)], [])[0].to_json()
    assert "escalated" not in plain and "reasons" not in plain
