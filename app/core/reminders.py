"""Daily check-in reminders as pure functions of the wall clock.

Nothing here keeps a timer. Every question ("is a reminder due?", "when is the next one?")
is answered afresh from an injected, time-zone aware ``now`` and the person's time zone, so
a suspended laptop, a clock change, travel or a daylight-saving change always gives the
right answer. All comparisons and arithmetic run in UTC: Python compares two datetimes that
share a tzinfo by their wall time, which is wrong across a daylight-saving change.

The rules:
- Each reminder has at most one occurrence per local day (on its chosen weekdays). A wall
  time skipped by a spring-forward change fires at the first valid moment after the gap; a
  wall time repeated by a fall-back change fires at its first occurrence only.
- Only the latest occurrence of the current local day counts, so reminders missed while the
  computer slept fire once on wake (never as a burst), and not at all once the day is over.
- Nothing fires on a day that already has a check-in, or that the person paused.
- "Remind me in an hour" holds every reminder until the snooze ends, then fires once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum

ALL_DAYS: frozenset[int] = frozenset(range(7))  # date.weekday(): 0 = Monday … 6 = Sunday
SNOOZE_DELAY = timedelta(hours=1)
# A snooze further ahead than this can only come from a clock that jumped back; ignore it
# rather than silencing every reminder until then.
LONGEST_PLAUSIBLE_SNOOZE = timedelta(hours=12)
_LOOKAHEAD_DAYS = 8  # today plus a full week: every weekday appears at least once


@dataclass(frozen=True)
class Reminder:
    """One daily reminder: a local wall-clock time on some weekdays."""

    at: time
    days: frozenset[int] = ALL_DAYS
    enabled: bool = True

    def __post_init__(self) -> None:
        if self.at.tzinfo is not None:
            raise ValueError("a reminder time is a local wall-clock time, without a zone")
        if not self.days <= ALL_DAYS:
            raise ValueError("weekdays are numbered 0 (Monday) to 6 (Sunday)")


DEFAULT_REMINDER = Reminder(at=time(20, 0))


@dataclass(frozen=True)
class ReminderSettings:
    """What the person chose. Off until they accept the first-run offer of the default."""

    enabled: bool = False
    reminders: tuple[Reminder, ...] = field(default=(DEFAULT_REMINDER,))
    offer_answered: bool = False

    @property
    def should_offer_default(self) -> bool:
        """True on first run: ask once whether they'd like the evening reminder."""
        return not self.offer_answered

    def accept_offer(self) -> ReminderSettings:
        return replace(self, enabled=True, offer_answered=True)

    def decline_offer(self) -> ReminderSettings:
        return replace(self, enabled=False, offer_answered=True)

    @property
    def active(self) -> tuple[Reminder, ...]:
        if not self.enabled:
            return ()
        return tuple(reminder for reminder in self.reminders if reminder.enabled and reminder.days)


@dataclass(frozen=True)
class ReminderState:
    """What happened so far. Kept between runs; holds no journal data, only times."""

    handled_until: datetime | None = None  # occurrences at or before this are dealt with
    snoozed_until: datetime | None = None
    paused_on: date | None = None  # the local day the person paused reminders for


class FireReason(Enum):
    SCHEDULED = "scheduled"
    SNOOZED = "snoozed"


@dataclass(frozen=True)
class DueReminder:
    reason: FireReason
    scheduled_for: datetime  # the occurrence or snooze end being honoured, in local time


def wall_clock_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """The moment the wall clock in ``zone`` shows ``at`` on ``day``.

    A repeated wall time (fall back) gives its first occurrence. A skipped one (spring
    forward) gives the first valid moment after the gap, e.g. 03:00 for 02:30.
    """
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=zone, fold=0)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive:
        return first
    # In a gap, fold=1 reads the time with the offset after the change (a moment before
    # the gap) and fold=0 with the offset before it (a moment after). Search between them.
    low = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = first.astimezone(UTC)
    low, high = min(low, high), max(low, high)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).replace(tzinfo=None) >= naive:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0).astimezone(zone)


def occurrence_on(reminder: Reminder, day: date, zone: tzinfo) -> datetime | None:
    """When ``reminder`` fires on local ``day``, or None if it doesn't fire that day."""
    if not reminder.enabled or day.weekday() not in reminder.days:
        return None
    return wall_clock_instant(day, reminder.at, zone)


def due_reminder(
    settings: ReminderSettings,
    state: ReminderState,
    now: datetime,
    zone: tzinfo,
    last_check_in_day: date | None,
) -> DueReminder | None:
    """The reminder to show right now, if any. Call ``mark_fired`` after showing it."""
    now_utc = _utc(now)
    today = _local_day(now_utc, zone)
    if not settings.active or _day_is_quiet(today, state, last_check_in_day):
        return None
    snooze_end = _live_snooze(state, now_utc)
    if snooze_end is not None:
        if now_utc < snooze_end:
            return None  # the person asked for quiet until then
        if _local_day(snooze_end, zone) == today:
            return DueReminder(FireReason.SNOOZED, snooze_end.astimezone(zone))
    handled = _trusted_handled_until(state, today, zone)
    latest = max(
        (
            instant
            for instant in _occurrences_on_day(settings, today, zone)
            if instant <= now_utc and (handled is None or instant > handled)
        ),
        default=None,
    )
    if latest is None:
        return None
    return DueReminder(FireReason.SCHEDULED, latest.astimezone(zone))


def next_fire_time(
    settings: ReminderSettings,
    state: ReminderState,
    now: datetime,
    zone: tzinfo,
    last_check_in_day: date | None,
) -> datetime | None:
    """The next moment strictly after ``now`` when a reminder would fire, in local time.

    Assumes no new check-in happens meanwhile. None when no reminder is active.
    """
    now_utc = _utc(now)
    today = _local_day(now_utc, zone)
    if not settings.active:
        return None
    snooze_end = _live_snooze(state, now_utc)
    handled = _trusted_handled_until(state, today, zone)
    candidates: list[datetime] = []
    if snooze_end is not None and snooze_end > now_utc:
        candidates.append(snooze_end)
    for offset in range(_LOOKAHEAD_DAYS):
        day = today + timedelta(days=offset)
        candidates.extend(_occurrences_on_day(settings, day, zone))
    for candidate in sorted(candidates):
        if candidate <= now_utc or (handled is not None and candidate <= handled):
            continue
        if snooze_end is not None and now_utc < snooze_end and candidate < snooze_end:
            continue  # held by the snooze
        if _day_is_quiet(_local_day(candidate, zone), state, last_check_in_day):
            continue
        return candidate.astimezone(zone)
    return None


def mark_fired(state: ReminderState, now: datetime) -> ReminderState:
    """Everything up to ``now`` has been dealt with; a finished snooze is cleared."""
    return replace(state, handled_until=_utc(now), snoozed_until=None)


def acknowledge_settings_change(state: ReminderState, now: datetime) -> ReminderState:
    """After the times change, don't fire at once for an earlier time of today."""
    return replace(state, handled_until=_utc(now))


def snooze(state: ReminderState, now: datetime, delay: timedelta = SNOOZE_DELAY) -> ReminderState:
    """ "Remind me in an hour": quiet until ``now + delay`` (elapsed time), then one reminder."""
    return replace(state, snoozed_until=_utc(now) + delay, handled_until=_utc(now))


def pause_for_today(state: ReminderState, now: datetime, zone: tzinfo) -> ReminderState:
    return replace(state, paused_on=_local_day(_utc(now), zone), snoozed_until=None)


def resume(state: ReminderState) -> ReminderState:
    """Undo a pause. Reminders already passed today stay handled; later ones fire."""
    return replace(state, paused_on=None)


def is_paused(state: ReminderState, now: datetime, zone: tzinfo) -> bool:
    return state.paused_on is not None and state.paused_on == _local_day(_utc(now), zone)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("refusing a naive datetime: its time zone is unknown")
    return moment.astimezone(UTC)


def _local_day(moment_utc: datetime, zone: tzinfo) -> date:
    return moment_utc.astimezone(zone).date()


def _occurrences_on_day(settings: ReminderSettings, day: date, zone: tzinfo) -> Iterator[datetime]:
    for reminder in settings.active:
        instant = occurrence_on(reminder, day, zone)
        if instant is not None:
            yield instant.astimezone(UTC)


def _day_is_quiet(day: date, state: ReminderState, last_check_in_day: date | None) -> bool:
    return day in (state.paused_on, last_check_in_day)


def _live_snooze(state: ReminderState, now_utc: datetime) -> datetime | None:
    if state.snoozed_until is None:
        return None
    snooze_end = _utc(state.snoozed_until)
    if snooze_end - now_utc > LONGEST_PLAUSIBLE_SNOOZE:
        return None
    return snooze_end


def _trusted_handled_until(state: ReminderState, today: date, zone: tzinfo) -> datetime | None:
    """Ignore a record from a later local day: the clock was set back, or it is corrupt."""
    if state.handled_until is None:
        return None
    handled = _utc(state.handled_until)
    if _local_day(handled, zone) > today:
        return None
    return handled
