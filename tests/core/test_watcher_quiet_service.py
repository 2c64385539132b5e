"""Going quiet in the vault: the outlook for the warmer reminder, and the calm note on Home
when the person comes back, shown once, with the injected clock."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from app.core.checkins import CheckInService, CheckInValues
from app.core.clock import fixed_clock
from app.core.vault import Vault
from app.core.watcher.model import CHECKING_IN, DISMISSED, SUPPORT
from app.core.watcher.wording import default_wording
from app.core.workspace import Workspace

ZONE = timezone(timedelta(hours=1))


def at(day: int, hour: int = 20) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=ZONE)


def store(vault: Vault, days: range, **values: int) -> None:
    checkins = CheckInService(vault.database, fixed_clock(at(28)))
    for day in days:
        checkins.backfill(CheckInValues(**values), at(day))  # type: ignore[arg-type]


def open_on(vault: Vault, day: int) -> Workspace:
    return Workspace.open(vault, fixed_clock(at(day, 9)))


def test_after_a_low_week_and_four_quiet_days_home_gets_a_calm_note(vault: Vault) -> None:
    store(vault, range(1, 8), mood=1)  # 1-7 March low, then nothing from the 8th
    look = open_on(vault, 12).watcher.look_for_quiet()
    note = look.returning_note
    assert note is not None
    assert note.prompt.kind == CHECKING_IN
    assert note.prompt.summary == default_wording().returning
    assert note.prompt.reasons == ("went_quiet_after_low_run",)
    # Never a count of missed days, never guilt.
    assert not re.search(r"\d", note.prompt.summary)
    assert look.outlook is not None and look.outlook.quiet_on(at(12).date())


def test_the_note_is_shown_until_answered_and_then_never_again_for_that_silence(
    vault: Vault,
) -> None:
    store(vault, range(1, 8), mood=1)
    watcher = open_on(vault, 12).watcher
    first = watcher.look_for_quiet().returning_note
    assert first is not None
    again = watcher.look_for_quiet().returning_note
    assert again is not None and again.id == first.id  # the same note, not a second one
    watcher.respond(first.id, DISMISSED)
    assert watcher.look_for_quiet().returning_note is None
    assert open_on(vault, 13).watcher.look_for_quiet().returning_note is None
    assert [s.prompt.kind for s in watcher.history()] == [CHECKING_IN]


def test_three_quiet_days_are_not_yet_going_quiet_but_the_reminder_knows_when(
    vault: Vault,
) -> None:
    store(vault, range(1, 8), mood=1)
    look = open_on(vault, 11).watcher.look_for_quiet()
    assert look.returning_note is None
    assert look.outlook is not None
    assert not look.outlook.quiet_on(at(11).date())
    # Locked from here on, nothing new can be written: the 12th is the first quiet day.
    assert look.outlook.quiet_on(at(12).date())


def test_coming_back_with_a_check_in_shows_the_note_and_the_next_day_nothing(
    vault: Vault,
) -> None:
    store(vault, range(1, 8), mood=1)
    store(vault, range(14, 15), mood=3)
    assert open_on(vault, 14).watcher.look_for_quiet().returning_note is not None
    look = open_on(vault, 15).watcher.look_for_quiet()
    assert look.returning_note is None
    assert look.outlook is not None and look.outlook.last_active == at(14).date()


def test_silence_after_ordinary_days_is_just_silence(vault: Vault) -> None:
    store(vault, range(1, 8), mood=4, energy=4)
    look = open_on(vault, 14).watcher.look_for_quiet()
    assert look.returning_note is None
    assert look.outlook is not None and not look.outlook.quiet_on(at(14).date())


def test_off_when_the_watcher_is_off(vault: Vault) -> None:
    store(vault, range(1, 8), mood=1)
    watcher = open_on(vault, 12).watcher
    watcher.set_enabled(False)
    look = watcher.look_for_quiet()
    assert look.outlook is None and look.returning_note is None
    assert watcher.history() == []


def test_i_have_support_rests_checking_in_too(vault: Vault) -> None:
    store(vault, range(1, 8), mood=1)
    watcher = open_on(vault, 12).watcher
    watcher.turn_off(SUPPORT, 30)  # what "I have support" does
    look = watcher.look_for_quiet()
    assert look.outlook is None and look.returning_note is None


def test_a_checking_in_note_does_not_start_the_support_cooldown(vault: Vault) -> None:
    # Low energy for two weeks, silence, then back and still low: the support prompt on
    # the day of return is not held back by the note shown that morning.
    store(vault, range(1, 11), energy=1)
    store(vault, range(15, 16), energy=1)
    space = open_on(vault, 15)
    assert space.watcher.look_for_quiet().returning_note is not None
    assert [s.prompt.kind for s in space.watcher.evaluate()] == [SUPPORT]
