"""Per-signal evidence: writing that says nothing about a signal does not dilute it."""

from __future__ import annotations

from app.core.watcher.replay import replay
from tests.core.watcher.builders import checkin, entry

NEUTRAL = "Went to the library, updated my CV and sent two applications. Pasta for dinner."


def low_energy_every_other_day(days: int) -> list:  # type: ignore[type-arg]
    return [checkin(index, energy=1) for index in range(0, days, 2)]


def test_neutral_entries_every_day_give_the_same_prompts_as_the_checkins_alone() -> None:
    checkins = low_energy_every_other_day(42)
    alone = replay(checkins, [])
    with_writing = replay(checkins, [entry(index, NEUTRAL) for index in range(42)])
    assert alone, "the check-ins alone must prompt, or this test proves nothing"
    assert [p.to_json() for p in with_writing] == [p.to_json() for p in alone]


def test_entries_saying_energy_is_fine_still_count_against_low_energy() -> None:
    checkins = low_energy_every_other_day(42)
    # The day before the first check-in too, so no window holds more low days than fine.
    fine = [entry(index, "Lots of energy today.") for index in range(-1, 42, 2)]
    prompts = replay(checkins, fine)
    assert [p for p in prompts if "low_energy" in p.signals] == []


def test_words_about_one_signal_do_not_count_against_another() -> None:
    checkins = low_energy_every_other_day(42)
    mood = [entry(index, "Feeling great today.") for index in range(42)]
    prompts = replay(checkins, mood)
    assert any("low_energy" in p.signals for p in prompts)
    assert all("low_mood" not in p.signals for p in prompts)
