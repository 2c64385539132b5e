"""The day's decision: cooldown, snooze, kinds turned off, the watcher off, crisis at once."""

from __future__ import annotations

from datetime import date

from app.core.watcher.days import DaySignals, signals_by_day
from app.core.watcher.engine import evaluate_day, suggested_questionnaire
from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import PriorPrompt, WatcherSettings
from tests.core.watcher.builders import checkin, day, entry

DEFAULT = WatcherSettings()


def low_fortnight(crisis_on: int | None = None) -> dict[date, DaySignals]:
    checkins = [checkin(i, energy=1, interest=2, mood=3) for i in range(30)]
    entries = [] if crisis_on is None else [entry(crisis_on, "I want to die.")]
    return signals_by_day(checkins, entries, default_lexicon())


def kinds(prompts: list) -> list[str]:  # type: ignore[type-arg]
    return [prompt.kind for prompt in prompts]


def test_a_sustained_signal_gives_a_support_prompt_naming_every_sustained_signal() -> None:
    (prompt,) = evaluate_day(day(13), low_fortnight(), DEFAULT, [])
    assert prompt.kind == "support"
    assert prompt.signals == ("low_energy", "loss_of_interest")
    assert prompt.summary == (
        "You've noted low energy on 14 of the last 14 days and less interest in things you "
        "usually enjoy on 14. That's a lot to carry. Talking to someone can help."
    )
    assert {item.signal for item in prompt.evidence} == {"low_energy", "loss_of_interest"}
    assert min(item.day for item in prompt.evidence) == day(0)


def test_a_support_prompt_does_not_come_back_within_seven_days() -> None:
    prior = [PriorPrompt(day(10), "support")]
    assert evaluate_day(day(16), low_fortnight(), DEFAULT, prior) == []
    assert kinds(evaluate_day(day(17), low_fortnight(), DEFAULT, prior)) == ["support"]


def test_a_crisis_prompt_is_not_held_back_by_the_support_cooldown() -> None:
    prior = [PriorPrompt(day(12), "support")]
    assert kinds(evaluate_day(day(13), low_fortnight(crisis_on=13), DEFAULT, prior)) == ["crisis"]


def test_a_crisis_prompt_comes_first_and_needs_no_window() -> None:
    by_day = signals_by_day(
        [], [entry(0, "Everyone would be better off without me.")], default_lexicon()
    )
    (prompt,) = evaluate_day(day(0), by_day, DEFAULT, [])
    assert prompt.kind == "crisis"
    assert prompt.signals == ()
    assert prompt.evidence[0].phrase == "better off without me"
    both = evaluate_day(day(13), low_fortnight(crisis_on=13), DEFAULT, [])
    assert kinds(both) == ["crisis", "support"]


def test_the_same_days_crisis_prompt_is_not_shown_twice() -> None:
    prior = [PriorPrompt(day(13), "crisis")]
    assert kinds(evaluate_day(day(13), low_fortnight(crisis_on=13), DEFAULT, prior)) == ["support"]


def test_a_snooze_holds_prompts_of_that_kind_until_its_date() -> None:
    snoozed = WatcherSettings(snoozed_until={"support": day(15)})
    assert evaluate_day(day(14), low_fortnight(), snoozed, []) == []
    assert kinds(evaluate_day(day(15), low_fortnight(), snoozed, [])) == ["support"]


def test_a_support_snooze_does_not_hold_back_crisis_resources() -> None:
    snoozed = WatcherSettings(snoozed_until={"support": day(20)})
    assert kinds(evaluate_day(day(13), low_fortnight(crisis_on=13), snoozed, [])) == ["crisis"]


def test_a_kind_turned_off_stays_off_until_its_date_or_for_good() -> None:
    until = WatcherSettings(kinds_off={"support": day(20)})
    assert evaluate_day(day(19), low_fortnight(), until, []) == []
    assert kinds(evaluate_day(day(20), low_fortnight(), until, [])) == ["support"]
    for_good = WatcherSettings(kinds_off={"support": None})
    assert evaluate_day(day(29), low_fortnight(), for_good, []) == []


def test_turning_the_watcher_off_stops_every_prompt() -> None:
    off = WatcherSettings(enabled=False)
    assert evaluate_day(day(13), low_fortnight(crisis_on=13), off, []) == []


def test_crisis_prompts_can_be_turned_off_on_their_own() -> None:
    no_crisis = WatcherSettings(kinds_off={"crisis": None})
    assert kinds(evaluate_day(day(13), low_fortnight(crisis_on=13), no_crisis, [])) == ["support"]


def test_questionnaire_suggestion_follows_the_signals_and_the_last_one_taken() -> None:
    assert suggested_questionnaire(day(20), ["low_energy"], DEFAULT, None) == "who5"
    assert suggested_questionnaire(day(20), ["low_energy", "low_mood"], DEFAULT, None) == "phq9"
    assert suggested_questionnaire(day(20), ["loss_of_interest"], DEFAULT, day(6)) == "phq9"
    assert suggested_questionnaire(day(20), ["loss_of_interest"], DEFAULT, day(7)) is None
    off = WatcherSettings(suggest_questionnaires=False)
    assert suggested_questionnaire(day(20), ["low_mood"], off, None) is None


def test_the_support_prompt_carries_its_suggestion() -> None:
    (prompt,) = evaluate_day(day(13), low_fortnight(), DEFAULT, [])
    assert prompt.suggested_questionnaire == "phq9"
