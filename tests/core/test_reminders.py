"""Reminder scheduling over an injected clock: zones, daylight saving, sleep, snooze, pause."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.core import reminders as r
from app.core.reminders import FireReason, Reminder, ReminderSettings, ReminderState

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
WEEKDAYS = frozenset(range(5))


def settings(*times: time, days: frozenset[int] = r.ALL_DAYS) -> ReminderSettings:
    reminders = tuple(Reminder(at=at, days=days) for at in times)
    return ReminderSettings(enabled=True, reminders=reminders, offer_answered=True)


def local(zone: ZoneInfo, *parts: int, fold: int = 0) -> datetime:
    return datetime(*parts, tzinfo=zone, fold=fold)  # type: ignore[misc]


def simulate(
    chosen: ReminderSettings,
    zone: ZoneInfo,
    start: datetime,
    end: datetime,
    awake: Callable[[datetime], bool] = lambda _: True,
    checked_in_on: date | None = None,
    state: ReminderState | None = None,
) -> list[datetime]:
    """Tick once a minute in real (UTC) time like the timer does; return the fire times."""
    state = state or ReminderState()
    fired = []
    moment = start.astimezone(UTC)
    while moment <= end.astimezone(UTC):
        now = moment.astimezone(zone)
        if awake(now) and r.due_reminder(chosen, state, now, zone, checked_in_on):
            fired.append(now)
            state = r.mark_fired(state, now)
        moment += timedelta(minutes=1)
    return fired


def test_reminder_fires_at_its_time_and_only_once() -> None:
    fired = simulate(
        settings(time(20, 0)), BERLIN, local(BERLIN, 2025, 6, 2, 19), local(BERLIN, 2025, 6, 2, 23)
    )
    assert fired == [local(BERLIN, 2025, 6, 2, 20)]


def test_next_fire_time_is_today_then_tomorrow() -> None:
    chosen = settings(time(20, 0))
    before = local(BERLIN, 2025, 6, 2, 19, 15)
    assert r.next_fire_time(chosen, ReminderState(), before, BERLIN, None) == local(
        BERLIN, 2025, 6, 2, 20
    )
    after = r.mark_fired(ReminderState(), local(BERLIN, 2025, 6, 2, 20, 0, 20))
    assert r.next_fire_time(chosen, after, local(BERLIN, 2025, 6, 2, 20, 1), BERLIN, None) == (
        local(BERLIN, 2025, 6, 3, 20)
    )


@pytest.mark.parametrize(
    ("zone", "expected_utc"),
    [
        (BERLIN, datetime(2025, 1, 15, 19, 0, tzinfo=UTC)),
        (NEW_YORK, datetime(2025, 1, 16, 1, 0, tzinfo=UTC)),
        (KOLKATA, datetime(2025, 1, 15, 14, 30, tzinfo=UTC)),
    ],
)
def test_reminder_time_is_read_on_the_local_wall_clock(
    zone: ZoneInfo, expected_utc: datetime
) -> None:
    now = (
        datetime(2025, 1, 15, 12, 0, tzinfo=UTC)
        if zone is not NEW_YORK
        else (datetime(2025, 1, 15, 18, 0, tzinfo=UTC))
    )
    upcoming = r.next_fire_time(settings(time(20, 0)), ReminderState(), now, zone, None)
    assert upcoming is not None
    assert upcoming.astimezone(UTC) == expected_utc
    assert upcoming.tzinfo is zone


def test_travelling_east_uses_the_new_zone_for_the_next_reminder() -> None:
    chosen = settings(time(8, 0))
    fired_in_new_york = r.mark_fired(ReminderState(), local(NEW_YORK, 2025, 6, 2, 8, 0))
    # Landed in Berlin the next morning at 07:00 local time.
    now = local(BERLIN, 2025, 6, 3, 7, 0)
    assert r.next_fire_time(chosen, fired_in_new_york, now, BERLIN, None) == local(
        BERLIN, 2025, 6, 3, 8, 0
    )


def test_skipped_wall_time_on_spring_forward_fires_at_the_first_valid_moment() -> None:
    # Berlin skips 02:00-03:00 on 30 March 2025.
    fired = simulate(
        settings(time(2, 30)), BERLIN, local(BERLIN, 2025, 3, 30, 0), local(BERLIN, 2025, 3, 30, 6)
    )
    assert fired == [local(BERLIN, 2025, 3, 30, 3, 0)]
    assert fired[0].astimezone(UTC) == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)


def test_spring_forward_in_new_york_gives_three_oclock_and_next_day_is_normal() -> None:
    chosen = settings(time(2, 30))
    assert r.wall_clock_instant(date(2025, 3, 9), time(2, 30), NEW_YORK) == local(
        NEW_YORK, 2025, 3, 9, 3, 0
    )
    fired = simulate(chosen, NEW_YORK, local(NEW_YORK, 2025, 3, 9), local(NEW_YORK, 2025, 3, 10, 5))
    assert fired == [local(NEW_YORK, 2025, 3, 9, 3, 0), local(NEW_YORK, 2025, 3, 10, 2, 30)]


def test_repeated_wall_time_on_fall_back_fires_once_at_its_first_occurrence() -> None:
    # Berlin shows 02:00-03:00 twice on 26 October 2025.
    fired = simulate(
        settings(time(2, 30)),
        BERLIN,
        local(BERLIN, 2025, 10, 26, 0),
        local(BERLIN, 2025, 10, 26, 6),
    )
    assert len(fired) == 1
    assert fired[0].astimezone(UTC) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)


def test_next_fire_during_the_repeated_hour_is_tomorrow() -> None:
    chosen = settings(time(2, 30))
    state = r.mark_fired(ReminderState(), local(BERLIN, 2025, 10, 26, 2, 30, fold=0))
    second_half_past_two = local(BERLIN, 2025, 10, 26, 2, 20, fold=1)
    assert r.due_reminder(chosen, state, second_half_past_two, BERLIN, None) is None
    assert r.next_fire_time(chosen, state, second_half_past_two, BERLIN, None) == local(
        BERLIN, 2025, 10, 27, 2, 30
    )


def test_reminder_missed_during_suspend_fires_once_on_wake() -> None:
    def asleep_from_seven_to_ten(now: datetime) -> bool:
        return not (local(BERLIN, 2025, 6, 2, 19) <= now < local(BERLIN, 2025, 6, 2, 22, 13))

    fired = simulate(
        settings(time(20, 0)),
        BERLIN,
        local(BERLIN, 2025, 6, 2, 18),
        local(BERLIN, 2025, 6, 2, 23, 59),
        awake=asleep_from_seven_to_ten,
    )
    assert fired == [local(BERLIN, 2025, 6, 2, 22, 13)]


def test_several_reminders_missed_during_suspend_fire_as_one() -> None:
    chosen = settings(time(9, 0), time(13, 0), time(20, 0))
    state = r.mark_fired(ReminderState(), local(BERLIN, 2025, 6, 2, 8))
    wake = local(BERLIN, 2025, 6, 2, 21, 5)
    due = r.due_reminder(chosen, state, wake, BERLIN, None)
    assert due is not None
    assert due.scheduled_for == local(BERLIN, 2025, 6, 2, 20)
    after = r.mark_fired(state, wake)
    assert r.due_reminder(chosen, after, wake + timedelta(minutes=1), BERLIN, None) is None


def test_reminder_missed_overnight_does_not_fire_after_the_day_is_over() -> None:
    chosen = settings(time(20, 0))
    state = r.mark_fired(ReminderState(), local(BERLIN, 2025, 6, 2, 19))
    next_morning = local(BERLIN, 2025, 6, 3, 7)
    assert r.due_reminder(chosen, state, next_morning, BERLIN, None) is None
    assert r.next_fire_time(chosen, state, next_morning, BERLIN, None) == local(
        BERLIN, 2025, 6, 3, 20
    )


def test_multiple_reminders_each_fire_while_awake() -> None:
    fired = simulate(
        settings(time(9, 0), time(20, 0)),
        BERLIN,
        local(BERLIN, 2025, 6, 2, 0),
        local(BERLIN, 2025, 6, 3, 23, 59),
        state=r.mark_fired(ReminderState(), local(BERLIN, 2025, 6, 2, 0)),
    )
    assert [moment.strftime("%d %H:%M") for moment in fired] == [
        "02 09:00",
        "02 20:00",
        "03 09:00",
        "03 20:00",
    ]


def test_only_the_chosen_weekdays_fire() -> None:
    # 7 June 2025 is a Saturday.
    chosen = settings(time(20, 0), days=WEEKDAYS)
    friday_night = r.mark_fired(ReminderState(), local(BERLIN, 2025, 6, 6, 20, 1))
    assert r.next_fire_time(chosen, friday_night, local(BERLIN, 2025, 6, 6, 21), BERLIN, None) == (
        local(BERLIN, 2025, 6, 9, 20)
    )


def test_reminder_is_skipped_when_already_checked_in_today() -> None:
    chosen = settings(time(20, 0))
    today = date(2025, 6, 2)
    fired = simulate(
        chosen,
        BERLIN,
        local(BERLIN, 2025, 6, 2, 19),
        local(BERLIN, 2025, 6, 2, 23),
        checked_in_on=today,
    )
    assert fired == []
    assert r.next_fire_time(
        chosen, ReminderState(), local(BERLIN, 2025, 6, 2, 19), BERLIN, today
    ) == (local(BERLIN, 2025, 6, 3, 20))


def test_yesterdays_check_in_does_not_silence_today() -> None:
    chosen = settings(time(20, 0))
    now = local(BERLIN, 2025, 6, 2, 20, 1)
    assert r.due_reminder(chosen, ReminderState(), now, BERLIN, date(2025, 6, 1)) is not None


def test_snooze_holds_reminders_for_an_hour_then_fires_once() -> None:
    chosen = settings(time(20, 0), time(20, 30))
    fired_at = local(BERLIN, 2025, 6, 2, 20, 0)
    state = r.snooze(r.mark_fired(ReminderState(), fired_at), local(BERLIN, 2025, 6, 2, 20, 2))
    assert r.next_fire_time(chosen, state, local(BERLIN, 2025, 6, 2, 20, 3), BERLIN, None) == (
        local(BERLIN, 2025, 6, 2, 21, 2)
    )
    fired = simulate(
        chosen, BERLIN, local(BERLIN, 2025, 6, 2, 20, 3), local(BERLIN, 2025, 6, 2, 23), state=state
    )
    assert fired == [local(BERLIN, 2025, 6, 2, 21, 2)]


def test_snooze_fire_reports_its_reason() -> None:
    state = r.snooze(ReminderState(), local(BERLIN, 2025, 6, 2, 20, 2))
    due = r.due_reminder(
        settings(time(20, 0)), state, local(BERLIN, 2025, 6, 2, 21, 2), BERLIN, None
    )
    assert due == r.DueReminder(FireReason.SNOOZED, local(BERLIN, 2025, 6, 2, 21, 2))


def test_snooze_is_an_hour_of_elapsed_time_across_a_dst_change() -> None:
    state = r.snooze(ReminderState(), local(BERLIN, 2025, 3, 30, 1, 30))
    assert r.next_fire_time(
        settings(time(1, 0)), state, local(BERLIN, 2025, 3, 30, 1, 31), BERLIN, None
    ) == local(BERLIN, 2025, 3, 30, 3, 30)


def test_check_in_during_snooze_cancels_the_snoozed_reminder() -> None:
    state = r.snooze(ReminderState(), local(BERLIN, 2025, 6, 2, 20, 2))
    later = local(BERLIN, 2025, 6, 2, 21, 30)
    assert r.due_reminder(settings(time(20, 0)), state, later, BERLIN, date(2025, 6, 2)) is None


def test_pause_for_today_silences_today_and_tomorrow_is_normal() -> None:
    chosen = settings(time(9, 0), time(20, 0))
    paused = r.pause_for_today(ReminderState(), local(BERLIN, 2025, 6, 2, 8), BERLIN)
    assert r.is_paused(paused, local(BERLIN, 2025, 6, 2, 12), BERLIN)
    assert not r.is_paused(paused, local(BERLIN, 2025, 6, 3, 0, 1), BERLIN)
    fired = simulate(
        chosen, BERLIN, local(BERLIN, 2025, 6, 2, 8), local(BERLIN, 2025, 6, 3, 10), state=paused
    )
    assert fired == [local(BERLIN, 2025, 6, 3, 9)]


def test_resume_after_pause_lets_later_reminders_fire() -> None:
    chosen = settings(time(20, 0))
    paused = r.pause_for_today(ReminderState(), local(BERLIN, 2025, 6, 2, 8), BERLIN)
    resumed = r.resume(paused)
    assert r.due_reminder(chosen, resumed, local(BERLIN, 2025, 6, 2, 20, 1), BERLIN, None)


def test_clock_set_back_within_the_day_does_not_repeat_a_reminder() -> None:
    chosen = settings(time(20, 0))
    state = r.mark_fired(ReminderState(), local(BERLIN, 2025, 6, 2, 20, 0, 30))
    # The clock is corrected back to 19:30, then runs on past 20:00 again.
    fired = simulate(
        chosen,
        BERLIN,
        local(BERLIN, 2025, 6, 2, 19, 30),
        local(BERLIN, 2025, 6, 2, 22),
        state=state,
    )
    assert fired == []


def test_record_from_a_clock_that_ran_days_ahead_is_ignored() -> None:
    chosen = settings(time(20, 0))
    from_the_future = r.mark_fired(ReminderState(), local(BERLIN, 2026, 1, 1, 12))
    now = local(BERLIN, 2025, 6, 2, 20, 5)
    assert r.due_reminder(chosen, from_the_future, now, BERLIN, None) is not None


def test_snooze_far_in_the_future_after_a_clock_jump_does_not_silence_reminders() -> None:
    chosen = settings(time(20, 0))
    state = ReminderState(snoozed_until=datetime(2025, 6, 5, 12, tzinfo=UTC))
    assert r.due_reminder(chosen, state, local(BERLIN, 2025, 6, 2, 20, 5), BERLIN, None)


def test_turning_reminders_on_late_in_the_day_does_not_fire_at_once() -> None:
    chosen = settings(time(20, 0))
    now = local(BERLIN, 2025, 6, 2, 21)
    state = r.acknowledge_settings_change(ReminderState(), now)
    assert r.due_reminder(chosen, state, now, BERLIN, None) is None
    assert r.next_fire_time(chosen, state, now, BERLIN, None) == local(BERLIN, 2025, 6, 3, 20)


def test_nothing_fires_when_reminders_are_off() -> None:
    off = ReminderSettings()  # the first-run default: offered, not yet accepted
    now = local(BERLIN, 2025, 6, 2, 20, 5)
    assert r.due_reminder(off, ReminderState(), now, BERLIN, None) is None
    assert r.next_fire_time(off, ReminderState(), now, BERLIN, None) is None
    one_disabled = ReminderSettings(
        enabled=True, reminders=(Reminder(time(20, 0), enabled=False),), offer_answered=True
    )
    assert r.due_reminder(one_disabled, ReminderState(), now, BERLIN, None) is None


def test_first_run_default_is_offered_then_remembered() -> None:
    default = ReminderSettings()
    assert default.should_offer_default
    assert not default.enabled
    assert default.reminders == (Reminder(time(20, 0)),)
    accepted = default.accept_offer()
    assert accepted.enabled and not accepted.should_offer_default
    declined = default.decline_offer()
    assert not declined.enabled and not declined.should_offer_default


def test_fixed_offset_zone_works_without_a_time_zone_database() -> None:
    zone = timezone(timedelta(hours=2))
    now = datetime(2025, 6, 2, 19, 0, tzinfo=zone)
    assert r.next_fire_time(settings(time(20, 0)), ReminderState(), now, zone, None) == datetime(
        2025, 6, 2, 20, 0, tzinfo=zone
    )


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        r.due_reminder(settings(time(20, 0)), ReminderState(), datetime(2025, 6, 2), BERLIN, None)


def test_reminder_rejects_a_time_with_a_zone_and_unknown_weekdays() -> None:
    with pytest.raises(ValueError, match="wall-clock"):
        Reminder(at=time(20, 0, tzinfo=UTC))
    with pytest.raises(ValueError, match="weekdays"):
        Reminder(at=time(20, 0), days=frozenset({7}))
