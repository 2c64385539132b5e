"""Drives the pure reminder scheduler with a short, re-armed QTimer.

Never one long timer: a QTimer counts monotonic time, which stops while the computer
sleeps and ignores clock changes. Instead the timer wakes at the next fire time or within
a minute, whichever is sooner, and asks app.core.reminders afresh from the wall clock. So a
reminder missed during suspend shows within a minute of waking (once), and a clock or
time-zone change is picked up within a minute.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, Qt, QTimer, QTimeZone, Signal

from app.core import reminders
from app.core.clock import Clock, system_clock
from app.core.errors import StorageError
from app.core.reminder_settings import ReminderStateStore
from app.core.reminders import ReminderSettings
from app.platform.notification_messages import NotificationKind
from app.platform.notifications import Notifier

log = logging.getLogger(__name__)

LONGEST_WAIT_MS = 60_000
SHORTEST_WAIT_MS = 200


def local_zone() -> tzinfo:
    """The system's IANA time zone, or its current fixed offset if the name is unknown."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # No tz database (e.g. Windows without tzdata): correct until the next DST change,
        # and re-read at every check, so still right afterwards.
        offset_zone = datetime.now().astimezone().tzinfo
        assert offset_zone is not None
        return offset_zone


class ReminderTimer(QObject):
    """Shows check-in reminders through ``notifier`` at the times in ``settings``.

    ``last_check_in_day`` returns the local date of the latest check-in the app knows of
    (None if none, or unknown because the vault is locked and nothing was cached).
    ``is_locked`` tells whether the vault is locked right now. ``checking_in_on`` tells
    whether a local day follows a low run and a quiet few days, so the reminder is the
    warmer "Just checking in on you" with the support options one click away.
    """

    fired = Signal(object)  # app.core.reminders.DueReminder
    # The person chose "Check in now" on a reminder. True: open the unlock first.
    check_in_requested = Signal(bool)
    schedule_changed = Signal(object)  # the next fire time (aware datetime) or None, on change

    def __init__(
        self,
        settings: ReminderSettings,
        store: ReminderStateStore,
        notifier: Notifier,
        *,
        last_check_in_day: Callable[[], date | None],
        is_locked: Callable[[], bool],
        clock: Clock = system_clock,
        zone: Callable[[], tzinfo] = local_zone,
        checking_in_on: Callable[[date], bool] = lambda day: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._store = store
        self._state = store.load()
        self._notifier = notifier
        self._last_check_in_day = last_check_in_day
        self._is_locked = is_locked
        self._clock = clock
        self._zone = zone
        # True on a local day after a low run and a quiet few days: the warmer reminder.
        self._checking_in_on = checking_in_on
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check_now)
        self._announced: datetime | None = None  # the next fire time last announced
        notifier.check_in_requested.connect(self._check_in_chosen)
        notifier.snooze_requested.connect(self.snooze)

    @property
    def settings(self) -> ReminderSettings:
        return self._settings

    @property
    def check_interval_ms(self) -> int:
        """How long until the timer next looks at the clock."""
        return self._timer.interval()

    def start(self) -> None:
        """Begin watching the clock; a reminder missed while Tend was closed shows now."""
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    def set_settings(self, settings: ReminderSettings) -> None:
        """New times or days from the settings dialog; earlier times today don't fire."""
        self._settings = settings
        self._update_state(reminders.acknowledge_settings_change(self._state, self._clock()))
        self._rearm()

    def snooze(self) -> None:
        """ "Remind me in an hour"."""
        self._notifier.withdraw()
        self._update_state(reminders.snooze(self._state, self._clock()))
        self._rearm()

    def pause_for_today(self) -> None:
        self._notifier.withdraw()
        self._update_state(reminders.pause_for_today(self._state, self._clock(), self._zone()))
        self._rearm()

    def resume(self) -> None:
        self._update_state(reminders.resume(self._state))
        self._rearm()

    def is_paused_today(self) -> bool:
        return reminders.is_paused(self._state, self._clock(), self._zone())

    def check_in_recorded(self) -> None:
        """Call after a check-in is saved: takes down a reminder still on screen."""
        self._notifier.withdraw()
        self._rearm()

    def next_fire_time(self) -> datetime | None:
        return reminders.next_fire_time(
            self._settings, self._state, self._clock(), self._zone(), self._last_check_in_day()
        )

    def check_now(self) -> None:
        """Look at the clock: show a reminder if one is due, then re-arm the timer.

        Also call this when the computer wakes or the session is unlocked, if the shell
        learns of it; otherwise the next tick (within a minute) does the same.
        """
        now = self._clock()
        due = reminders.due_reminder(
            self._settings, self._state, now, self._zone(), self._last_check_in_day()
        )
        if due is not None:
            self._update_state(reminders.mark_fired(self._state, now))
            locked = self._is_locked()
            kind = (
                NotificationKind.CHECK_IN_REMINDER_LOCKED
                if locked
                else NotificationKind.CHECK_IN_REMINDER
            )
            if self._checking_in_on(now.astimezone(self._zone()).date()):
                kind = NotificationKind.CHECKING_IN_REMINDER
            log.debug("Check-in reminder due (%s); locked=%s", due.reason.value, locked)
            self._notifier.notify(kind)
            self.fired.emit(due)
        self._rearm()

    def _check_in_chosen(self) -> None:
        # Ask now, not when the reminder fired: the vault may have been unlocked since.
        self.check_in_requested.emit(self._is_locked())

    def _rearm(self) -> None:
        upcoming = self.next_fire_time()
        wait_ms = LONGEST_WAIT_MS
        if upcoming is not None:
            seconds = (upcoming.astimezone(UTC) - self._clock().astimezone(UTC)).total_seconds()
            wait_ms = max(SHORTEST_WAIT_MS, min(LONGEST_WAIT_MS, int(seconds * 1000) + 1))
        self._timer.start(wait_ms)
        if upcoming != self._announced:
            self._announced = upcoming
            self.schedule_changed.emit(upcoming)

    def _update_state(self, state: reminders.ReminderState) -> None:
        self._state = state
        try:
            self._store.save(state)
        except StorageError as error:
            # Reminders keep working from memory; at worst one repeats after a restart.
            log.warning("Couldn't save the reminder state: %s", error.message)
