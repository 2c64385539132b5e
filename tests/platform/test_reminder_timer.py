"""The reminder timer: fires through the Notifier, handles the locked vault, snooze and pause."""

from __future__ import annotations

import time as monotonic_time
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from app.core.reminder_settings import ReminderStateStore
from app.core.reminders import FireReason, Reminder, ReminderSettings
from app.platform.notification_messages import NotificationAction, NotificationKind
from app.platform.notifications import Notifier
from app.platform.reminder_timer import LONGEST_WAIT_MS, ReminderTimer, local_zone

BERLIN = ZoneInfo("Europe/Berlin")
EVENING = ReminderSettings(enabled=True, reminders=(Reminder(time(20, 0)),), offer_answered=True)


class World:
    """The clock, the vault's lock and the last check-in, as the shell would report them."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.locked = False
        self.last_check_in: date | None = None

    def clock(self) -> datetime:
        return self.now


@pytest.fixture
def world() -> World:
    return World(datetime(2025, 6, 2, 19, 0, tzinfo=BERLIN))


@pytest.fixture
def store(tmp_path: Path) -> ReminderStateStore:
    return ReminderStateStore(tmp_path / "reminder-state.json")


@pytest.fixture
def notifier(qtbot: QtBot) -> Notifier:
    return Notifier()  # no tray, no desktop service: reminders arrive as banners


def make_timer(world: World, store: ReminderStateStore, notifier: Notifier) -> ReminderTimer:
    return ReminderTimer(
        EVENING,
        store,
        notifier,
        last_check_in_day=lambda: world.last_check_in,
        is_locked=lambda: world.locked,
        clock=world.clock,
        zone=lambda: BERLIN,
    )


@pytest.fixture
def timer(world: World, store: ReminderStateStore, notifier: Notifier) -> Iterator[ReminderTimer]:
    reminder_timer = make_timer(world, store, notifier)
    yield reminder_timer
    reminder_timer.stop()


def test_due_reminder_is_shown_once_and_remembered(
    qtbot: QtBot, world: World, timer: ReminderTimer, notifier: Notifier, store: ReminderStateStore
) -> None:
    timer.start()
    world.now = datetime(2025, 6, 2, 20, 0, 10, tzinfo=BERLIN)
    with qtbot.waitSignal(notifier.banner_requested) as shown, qtbot.waitSignal(timer.fired):
        timer.check_now()
    assert shown.args[0].kind is NotificationKind.CHECK_IN_REMINDER
    assert store.load().handled_until is not None
    with qtbot.assertNotEmitted(notifier.banner_requested):
        timer.check_now()


def test_a_restart_does_not_repeat_a_reminder_already_shown(
    qtbot: QtBot, world: World, store: ReminderStateStore, notifier: Notifier
) -> None:
    world.now = datetime(2025, 6, 2, 20, 30, tzinfo=BERLIN)
    first = make_timer(world, store, notifier)
    with qtbot.waitSignal(first.fired):
        first.start()
    first.stop()
    second = make_timer(world, store, notifier)
    with qtbot.assertNotEmitted(second.fired):
        second.start()
    second.stop()


def test_reminder_missed_while_tend_was_closed_shows_at_start(
    qtbot: QtBot, world: World, timer: ReminderTimer
) -> None:
    world.now = datetime(2025, 6, 2, 22, 15, tzinfo=BERLIN)
    with qtbot.waitSignal(timer.fired) as fired:
        timer.start()
    assert fired.args[0].scheduled_for == datetime(2025, 6, 2, 20, 0, tzinfo=BERLIN)


def test_no_reminder_when_today_already_has_a_check_in(
    qtbot: QtBot, world: World, timer: ReminderTimer, notifier: Notifier
) -> None:
    world.last_check_in = date(2025, 6, 2)
    world.now = datetime(2025, 6, 2, 20, 1, tzinfo=BERLIN)
    with qtbot.assertNotEmitted(notifier.banner_requested):
        timer.start()


def test_locked_vault_gets_the_locked_reminder_and_check_in_asks_to_unlock_first(
    qtbot: QtBot, world: World, timer: ReminderTimer, notifier: Notifier
) -> None:
    world.locked = True
    world.now = datetime(2025, 6, 2, 20, 1, tzinfo=BERLIN)
    with qtbot.waitSignal(notifier.banner_requested) as shown:
        timer.start()
    assert shown.args[0].kind is NotificationKind.CHECK_IN_REMINDER_LOCKED
    with qtbot.waitSignal(timer.check_in_requested) as requested:
        notifier.invoke(NotificationAction.CHECK_IN)
    assert requested.args == [True]


def test_check_in_after_unlocking_meanwhile_goes_straight_to_the_check_in(
    qtbot: QtBot, world: World, timer: ReminderTimer, notifier: Notifier
) -> None:
    world.locked = True
    world.now = datetime(2025, 6, 2, 20, 1, tzinfo=BERLIN)
    timer.start()
    world.locked = False  # unlocked from the window before answering the reminder
    with qtbot.waitSignal(timer.check_in_requested) as requested:
        notifier.invoke(NotificationAction.CHECK_IN)
    assert requested.args == [False]


def test_remind_me_in_an_hour_from_the_notification(
    qtbot: QtBot, world: World, timer: ReminderTimer, notifier: Notifier
) -> None:
    world.now = datetime(2025, 6, 2, 20, 1, tzinfo=BERLIN)
    timer.start()
    world.now = datetime(2025, 6, 2, 20, 3, tzinfo=BERLIN)
    notifier.invoke(NotificationAction.SNOOZE)
    assert timer.next_fire_time() == datetime(2025, 6, 2, 21, 3, tzinfo=BERLIN)
    world.now = datetime(2025, 6, 2, 21, 3, 5, tzinfo=BERLIN)
    with qtbot.waitSignal(timer.fired) as fired:
        timer.check_now()
    assert fired.args[0].reason is FireReason.SNOOZED


def test_pause_for_today_and_resume(
    qtbot: QtBot, world: World, timer: ReminderTimer, notifier: Notifier
) -> None:
    timer.start()
    timer.pause_for_today()
    assert timer.is_paused_today()
    world.now = datetime(2025, 6, 2, 20, 5, tzinfo=BERLIN)
    with qtbot.assertNotEmitted(notifier.banner_requested):
        timer.check_now()
    assert timer.next_fire_time() == datetime(2025, 6, 3, 20, 0, tzinfo=BERLIN)
    timer.resume()
    assert not timer.is_paused_today()
    with qtbot.waitSignal(timer.fired):
        timer.check_now()


def test_turning_reminders_on_after_their_time_waits_for_tomorrow(
    qtbot: QtBot, world: World, store: ReminderStateStore, notifier: Notifier
) -> None:
    world.now = datetime(2025, 6, 2, 21, 0, tzinfo=BERLIN)
    timer = ReminderTimer(
        ReminderSettings(),  # first run: offered, still off
        store,
        notifier,
        last_check_in_day=lambda: None,
        is_locked=lambda: False,
        clock=world.clock,
        zone=lambda: BERLIN,
    )
    timer.start()
    with qtbot.assertNotEmitted(timer.fired):
        timer.set_settings(ReminderSettings().accept_offer())
        timer.check_now()
    assert timer.next_fire_time() == datetime(2025, 6, 3, 20, 0, tzinfo=BERLIN)
    timer.stop()


def test_timer_never_sleeps_longer_than_a_minute(world: World, timer: ReminderTimer) -> None:
    world.now = datetime(2025, 6, 2, 8, 0, tzinfo=BERLIN)
    timer.start()
    assert timer.check_interval_ms == LONGEST_WAIT_MS
    world.now = datetime(2025, 6, 2, 19, 59, 50, tzinfo=BERLIN)
    timer.check_now()
    assert 9_000 < timer.check_interval_ms <= 10_001


def test_timer_fires_on_its_own_when_the_time_comes(
    qtbot: QtBot, store: ReminderStateStore, notifier: Notifier
) -> None:
    """A running clock, 0.3 s before 20:00: the QTimer itself brings the reminder."""
    start_wall = datetime(2025, 6, 2, 19, 59, 59, 700_000, tzinfo=BERLIN)
    start_tick = monotonic_time.monotonic()

    def running_clock() -> datetime:
        return start_wall + timedelta(seconds=monotonic_time.monotonic() - start_tick)

    timer = ReminderTimer(
        EVENING,
        store,
        notifier,
        last_check_in_day=lambda: None,
        is_locked=lambda: False,
        clock=running_clock,
        zone=lambda: BERLIN,
    )
    with qtbot.waitSignal(timer.fired, timeout=3000):
        timer.start()
    timer.stop()


def test_check_in_recorded_takes_the_reminder_down(
    qtbot: QtBot, timer: ReminderTimer, notifier: Notifier
) -> None:
    with qtbot.waitSignal(notifier.banner_withdrawn):
        timer.check_in_recorded()


def test_local_zone_follows_the_tz_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert str(local_zone()) == "America/New_York"


def test_schedule_change_is_announced_only_when_it_changes(
    qtbot: QtBot, world: World, timer: ReminderTimer
) -> None:
    with qtbot.waitSignal(timer.schedule_changed) as announced:
        timer.start()
    assert announced.args == [datetime(2025, 6, 2, 20, 0, tzinfo=BERLIN)]
    world.now += timedelta(minutes=1)
    with qtbot.assertNotEmitted(timer.schedule_changed):
        timer.check_now()
    with qtbot.waitSignal(timer.schedule_changed) as announced:
        timer.pause_for_today()
    assert announced.args == [datetime(2025, 6, 3, 20, 0, tzinfo=BERLIN)]


def test_after_going_quiet_the_reminder_is_the_warmer_checking_in(
    qtbot: QtBot, world: World, store: ReminderStateStore, notifier: Notifier
) -> None:
    quiet_days = {date(2025, 6, 2)}
    timer = ReminderTimer(
        EVENING,
        store,
        notifier,
        last_check_in_day=lambda: world.last_check_in,
        is_locked=lambda: world.locked,
        clock=world.clock,
        zone=lambda: BERLIN,
        checking_in_on=lambda day: day in quiet_days,
    )
    world.locked = True  # warmer whether or not the journal is locked
    world.now = datetime(2025, 6, 2, 20, 1, tzinfo=BERLIN)
    with qtbot.waitSignal(notifier.banner_requested) as shown:
        timer.start()
    message = shown.args[0]
    assert message.kind is NotificationKind.CHECKING_IN_REMINDER
    assert message.summary == "Just checking in on you"
    assert message.actions[0][0] is NotificationAction.SUPPORT
    world.now = datetime(2025, 6, 3, 20, 1, tzinfo=BERLIN)  # back to the ordinary one
    with qtbot.waitSignal(notifier.banner_requested) as shown:
        timer.check_now()
    assert shown.args[0].kind is NotificationKind.CHECK_IN_REMINDER_LOCKED
    timer.stop()
