"""Going quiet: at least 5 low days in 14, then at least 4 days with nothing at all."""

from __future__ import annotations

from datetime import timedelta

from app.core.watcher.days import signals_by_day
from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import CHECKING_IN, WatcherSettings
from app.core.watcher.quiet import checking_in_prompt, quiet_after_low_run
from app.core.watcher.replay import replay
from app.core.watcher.wording import default_wording
from tests.core.watcher.builders import checkin, day, entry

ON = WatcherSettings()


def history(checkins: list, entries: list | None = None) -> dict:  # type: ignore[type-arg]
    return signals_by_day(checkins, entries or [], default_lexicon())


def low_week() -> list:  # type: ignore[type-arg]
    return [checkin(i, mood=1) for i in range(7)]


def test_a_low_week_then_four_empty_days_is_going_quiet() -> None:
    spell = quiet_after_low_run(day(11), history(low_week()), ON)
    assert spell is not None
    assert spell.last_active == day(6)
    assert spell.low_days == tuple(day(i) for i in range(7))
    assert not spell.returning


def test_three_empty_days_are_not_yet_quiet() -> None:
    assert quiet_after_low_run(day(10), history(low_week()), ON) is None


def test_four_low_days_are_not_a_low_run() -> None:
    checkins = [checkin(i, mood=1) for i in range(4)] + [checkin(i, mood=4) for i in range(4, 7)]
    assert quiet_after_low_run(day(11), history(checkins), ON) is None


def test_silence_after_ordinary_days_is_not_going_quiet() -> None:
    checkins = [checkin(i, mood=4) for i in range(7)]
    assert quiet_after_low_run(day(20), history(checkins), ON) is None


def test_low_days_more_than_two_weeks_before_the_silence_do_not_count() -> None:
    checkins = low_week() + [checkin(i, mood=4) for i in range(7, 21)]
    assert quiet_after_low_run(day(26), history(checkins), ON) is None


def test_a_neutral_entry_breaks_the_silence() -> None:
    by_day = history(low_week(), [entry(9, "Went to the shops.")])
    assert quiet_after_low_run(day(11), by_day, ON) is None


def test_coming_back_after_the_silence_is_marked_as_returning() -> None:
    by_day = history([*low_week(), checkin(12, mood=3)])
    spell = quiet_after_low_run(day(12), by_day, ON)
    assert spell is not None and spell.returning
    assert quiet_after_low_run(day(13), by_day, ON) is None  # back: no longer quiet


def test_low_words_count_as_low_days() -> None:
    entries = [entry(i, "So tired again today.") for i in range(7)]
    assert quiet_after_low_run(day(11), history([], entries), ON) is not None


def test_nothing_when_the_watcher_is_off() -> None:
    off = WatcherSettings(enabled=False)
    assert quiet_after_low_run(day(11), history(low_week()), off) is None


def test_replay_checks_in_once_on_the_fifth_quiet_day_with_its_reason() -> None:
    prompts = replay([*low_week(), checkin(20, mood=3)], [])
    (quiet,) = [p for p in prompts if p.kind == CHECKING_IN]
    assert quiet.day == day(11)
    assert quiet.signals == ("low_mood",)
    assert "Just checking in on you" in quiet.summary
    assert not any(ch.isdigit() for ch in quiet.summary)  # never a count of days
    data = quiet.to_json()
    assert data["reasons"] == ["went_quiet_after_low_run"] and "escalated" not in data
    assert data["evidence"][-1]["date"] == day(6).isoformat()


def test_replay_does_not_check_in_when_the_silence_is_short_or_the_watcher_off() -> None:
    assert replay([*low_week(), checkin(11, mood=3)], []) == []
    off = WatcherSettings(enabled=False)
    assert replay([*low_week(), checkin(20, mood=3)], [], settings=off) == []


def test_silence_after_the_last_line_of_a_replay_is_not_read_as_silence() -> None:
    assert replay(low_week(), []) == []


def test_i_have_support_and_a_support_snooze_rest_checking_in_too() -> None:
    by_day = history(low_week())
    assert checking_in_prompt(day(11), by_day, ON, default_wording()) is not None
    has_support = WatcherSettings(kinds_off={"support": day(11) + timedelta(days=30)})
    snoozed = WatcherSettings(snoozed_until={"support": day(12)})
    for settings in (has_support, snoozed, WatcherSettings(enabled=False)):
        assert checking_in_prompt(day(11), by_day, settings, default_wording()) is None
