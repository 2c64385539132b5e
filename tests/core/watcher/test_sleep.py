"""Sleep supports a prompt's evidence; it never raises a prompt on its own."""

from __future__ import annotations

from app.core.watcher.model import SHORT_SLEEP
from app.core.watcher.replay import replay
from tests.core.watcher.builders import checkin


def sleep_of(prompt) -> list:  # type: ignore[no-untyped-def, type-arg]
    return [item for item in prompt.evidence if item.signal == SHORT_SLEEP]


def test_short_sleep_alone_never_raises_a_prompt() -> None:
    assert replay([checkin(i, sleep_hours=4.0) for i in range(40)], []) == []


def test_short_sleep_on_most_nights_joins_the_evidence_of_a_prompt() -> None:
    checkins = [checkin(i, energy=1, sleep_hours=5.0 if i % 3 else 8.0) for i in range(14)]
    (prompt,) = replay(checkins, [])
    nights = sleep_of(prompt)
    assert [item.hours for item in nights] == [5.0] * len(nights)
    shown_on = (prompt.day - checkins[0].day).days  # the first day the pattern holds
    assert len(nights) == sum(1 for i in range(shown_on + 1) if i % 3)
    assert prompt.signals == ("low_energy",)  # sleep is never a named signal
    assert "hours" in prompt.to_json()["evidence"][-1]


def test_short_sleep_on_half_the_nights_or_fewer_is_left_out() -> None:
    checkins = [checkin(i, energy=1, sleep_hours=5.0 if i % 2 else 8.0) for i in range(14)]
    (prompt,) = replay(checkins, [])
    assert sleep_of(prompt) == []


def test_too_few_sleep_answers_are_left_out() -> None:
    checkins = [checkin(i, energy=1, sleep_hours=4.0 if i < 2 else None) for i in range(14)]
    (prompt,) = replay(checkins, [])
    assert sleep_of(prompt) == []
