"""Day signals: averaged check-ins, the <= 2 rule, and check-ins of 4+ outweighing words."""

from __future__ import annotations

from app.core.watcher.days import day_records, day_signals, signals_by_day
from app.core.watcher.lexicon import default_lexicon
from tests.core.watcher.builders import checkin, day, entry


def one_day(checkins: list, entries: list):  # type: ignore[no-untyped-def]
    return signals_by_day(checkins, entries, default_lexicon())[day(0)]


def test_several_checkins_a_day_are_averaged() -> None:
    signals = one_day([checkin(0, 9, energy=1), checkin(0, 21, energy=3)], [])
    assert "low_energy" in signals.present
    assert signals.evidence["low_energy"][0].value == 2.0
    assert len(signals.evidence["low_energy"][0].source_ids) == 2


def test_a_mean_above_two_is_not_a_signal() -> None:
    signals = one_day([checkin(0, 9, energy=2), checkin(0, 21, energy=3)], [])
    assert "low_energy" not in signals.present
    assert "low_energy" in signals.with_data


def test_a_day_without_a_value_for_a_scale_has_no_data_for_that_signal() -> None:
    signals = one_day([checkin(0, mood=1)], [])
    assert signals.with_data == {"low_mood"}
    assert signals.present == {"low_mood"}


def test_writing_about_something_else_gives_a_day_no_data_for_any_signal() -> None:
    signals = one_day([], [entry(0, "Walked to the shops.")])
    assert signals.with_data == set()
    assert signals.present == set()


def test_writing_against_a_signal_gives_data_for_that_signal_only() -> None:
    signals = one_day([], [entry(0, "Lots of energy today, went for a long run.")])
    assert signals.with_data == {"low_energy"}
    assert signals.present == set()


def test_a_negated_signal_phrase_is_evidence_about_it() -> None:
    signals = one_day([], [entry(0, "Not tired at all this morning.")])
    assert signals.with_data == {"low_energy"}
    assert signals.present == set()


def test_a_hypothetical_or_someone_elses_state_is_no_evidence_about_the_writer() -> None:
    signals = one_day(
        [], [entry(0, "If I feel great tomorrow I'll go. My sister has lots of energy.")]
    )
    assert signals.with_data == set()


def test_words_for_a_signal_give_data_for_that_signal_only() -> None:
    signals = one_day([], [entry(0, "So tired today.")])
    assert signals.with_data == {"low_energy"}
    assert signals.present == {"low_energy"}


def test_words_make_a_signal_with_the_phrase_and_entry_as_evidence() -> None:
    signals = one_day([], [entry(0, "No energy at all.", entry_id="e-9")])
    (evidence,) = signals.evidence["low_energy"]
    assert (evidence.source, evidence.source_ids, evidence.phrase) == (
        "entry",
        ("e-9",),
        "No energy",
    )


def test_a_checkin_of_four_or_more_outweighs_the_words() -> None:
    signals = one_day([checkin(0, energy=4)], [entry(0, "I'm exhausted.")])
    assert "low_energy" not in signals.present


def test_a_checkin_of_three_does_not_outweigh_the_words() -> None:
    signals = one_day([checkin(0, energy=3)], [entry(0, "I'm exhausted.")])
    assert "low_energy" in signals.present


def test_outweighing_is_per_scale() -> None:
    signals = one_day([checkin(0, energy=5)], [entry(0, "Exhausted, and I can't focus.")])
    assert signals.present == {"lack_of_focus"}


def test_checkin_notes_are_read_like_entries() -> None:
    signals = one_day([checkin(0, note="totally drained")], [])
    assert signals.present == {"low_energy"}
    assert signals.evidence["low_energy"][0].source == "checkin"


def test_crisis_words_are_never_outweighed() -> None:
    signals = one_day([checkin(0, mood=5, energy=5)], [entry(0, "I want to die.")])
    assert [item.phrase for item in signals.crisis] == ["want to die"]


def test_trashed_entries_are_not_read() -> None:
    from dataclasses import replace

    trashed = replace(entry(0, "I'm exhausted."), deleted_at=entry(0, "").created_at)
    assert day_records([], [trashed], default_lexicon()) == {}


def test_a_day_record_becomes_its_signals() -> None:
    (record,) = day_records([checkin(0, focus=1)], [], default_lexicon()).values()
    assert day_signals(record).present == {"lack_of_focus"}
