"""Recording, editing, backfilling, deleting and reading check-ins."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from app.core.checkins import ActivityService, CheckInService, CheckInValues
from app.core.errors import NotFoundError, UsageError
from app.core.journal import Journal
from tests.core.checkins.conftest import NOW


def _ids(activities: ActivityService, *names: str) -> tuple[str, ...]:
    return activities.resolve_names(names)


def test_a_checkin_keeps_every_value_and_the_local_time(
    checkins: CheckInService, activities: ActivityService
) -> None:
    values = CheckInValues(
        mood=4,
        energy=2,
        interest=3,
        focus=1,
        sleep_hours=6.5,
        activity_ids=_ids(activities, "Friends", "Exercise"),
        note="  walked with Sam  ",
    )
    saved = checkins.create(values)
    again = checkins.get(saved.id)
    assert again == saved
    assert (again.mood, again.energy, again.interest, again.focus) == (4, 2, 3, 1)
    assert again.sleep_hours == 6.5
    assert again.note == "walked with Sam"
    assert again.at == NOW and again.at.utcoffset() == timedelta(hours=-4)
    # Shown in the person's order of groups: Self-care before People.
    assert again.activities == ("Exercise", "Friends")
    assert again.activity_ids == _ids(activities, "Exercise", "Friends")


def test_any_scale_can_be_skipped(checkins: CheckInService) -> None:
    saved = checkins.create(CheckInValues(energy=2))
    assert (saved.mood, saved.energy, saved.interest, saved.focus) == (None, 2, None, None)


@pytest.mark.parametrize(
    "values",
    [CheckInValues(), CheckInValues(note="   "), CheckInValues(activity_ids=())],
)
def test_an_empty_checkin_is_refused_with_a_clear_message(
    checkins: CheckInService, values: CheckInValues
) -> None:
    with pytest.raises(UsageError, match="at least one thing"):
        checkins.create(values)
    assert checkins.list_between() == []


def test_a_note_or_an_activity_alone_is_enough(
    checkins: CheckInService, activities: ActivityService
) -> None:
    checkins.create(CheckInValues(note="tired"))
    checkins.create(CheckInValues(activity_ids=_ids(activities, "Interview")))
    assert len(checkins.list_between()) == 2


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (CheckInValues(mood=0), r"Mood must be a whole number from 1 \(very low\) to 5"),
        (CheckInValues(energy=6), "Energy must be a whole number from 1"),
        (CheckInValues(interest=True), "Interest must be"),  # type: ignore[arg-type]
        (CheckInValues(focus=2.5), "Focus must be"),  # type: ignore[arg-type]
        (CheckInValues(mood=3, sleep_hours=25), "between 0 and 24 hours"),
        (CheckInValues(mood=3, sleep_hours=float("nan")), "between 0 and 24 hours"),
        (CheckInValues(note="x" * 1001), "up to 1,000 characters"),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_saved(
    checkins: CheckInService, values: CheckInValues, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        checkins.create(values)
    assert checkins.list_between() == []


def test_unknown_activity_is_refused(checkins: CheckInService) -> None:
    with pytest.raises(UsageError, match="no longer in this journal"):
        checkins.create(CheckInValues(mood=3, activity_ids=("not-an-id",)))


def test_backfill_records_an_earlier_day_in_its_own_offset(checkins: CheckInService) -> None:
    earlier = datetime(2026, 2, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    saved = checkins.backfill(CheckInValues(mood=2), earlier)
    assert saved.at == earlier and saved.day == date(2026, 2, 1)
    assert [c.id for c in checkins.for_day(date(2026, 2, 1))] == [saved.id]
    assert checkins.for_day(date(2026, 2, 2)) == []


def test_a_checkin_in_the_future_is_refused(checkins: CheckInService) -> None:
    with pytest.raises(UsageError, match="future"):
        checkins.backfill(CheckInValues(mood=2), NOW + timedelta(hours=1))
    with pytest.raises(UsageError, match="time zone"):
        checkins.backfill(CheckInValues(mood=2), datetime(2026, 1, 1, 12))


def test_edit_replaces_values_and_can_move_the_time(
    checkins: CheckInService, activities: ActivityService
) -> None:
    saved = checkins.create(
        CheckInValues(mood=2, activity_ids=_ids(activities, "Rejection"), note="hard")
    )
    later_day = NOW - timedelta(days=3)
    edited = checkins.edit(
        saved.id,
        CheckInValues(mood=3, energy=4, activity_ids=_ids(activities, "Family")),
        at=later_day,
    )
    assert (edited.mood, edited.energy, edited.note) == (3, 4, "")
    assert edited.activities == ("Family",)
    assert checkins.get(saved.id).at == later_day
    assert len(checkins.list_between()) == 1


def test_an_edit_can_start_from_the_saved_values(checkins: CheckInService) -> None:
    saved = checkins.create(CheckInValues(mood=2, sleep_hours=7, note="ok"))
    start = CheckInValues.from_checkin(saved)
    edited = checkins.edit(saved.id, replace(start, mood=5))
    assert (edited.mood, edited.sleep_hours, edited.note) == (5, 7.0, "ok")


def test_delete_removes_only_that_checkin(checkins: CheckInService) -> None:
    first = checkins.create(CheckInValues(mood=1))
    second = checkins.create(CheckInValues(mood=5))
    checkins.delete(first.id)
    assert [c.id for c in checkins.list_between()] == [second.id]
    with pytest.raises(NotFoundError):
        checkins.get(first.id)
    with pytest.raises(NotFoundError):
        checkins.delete(first.id)


def test_list_between_uses_local_days_inclusive(checkins: CheckInService) -> None:
    zone = timezone(timedelta(hours=-5))
    days = [date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3)]
    for day in days:
        checkins.backfill(
            CheckInValues(mood=3), datetime(day.year, day.month, day.day, 23, 30, tzinfo=zone)
        )
    found = checkins.list_between(date(2026, 3, 2), date(2026, 3, 3))
    assert [c.day for c in found] == days[1:]
    with pytest.raises(UsageError):
        checkins.list_between(date(2026, 3, 3), date(2026, 3, 2))


def test_checkins_and_entries_reach_each_other(checkins: CheckInService, journal: Journal) -> None:
    entry = journal.create("After the call", "text")
    saved = checkins.create(CheckInValues(mood=2))
    linked = checkins.link_entry(saved.id, entry.id)
    assert linked.entry_id == entry.id
    assert [c.id for c in checkins.for_entry(entry.id)] == [saved.id]
    assert checkins.link_entry(saved.id, None).entry_id is None
    with pytest.raises(NotFoundError):
        checkins.link_entry(saved.id, "no-such-entry")


def test_a_trashed_entry_can_not_be_newly_linked(
    checkins: CheckInService, journal: Journal
) -> None:
    entry = journal.create("Gone", "text")
    journal.move_to_trash(entry.id)
    with pytest.raises(NotFoundError, match="trash"):
        checkins.create(CheckInValues(mood=3, entry_id=entry.id))


def test_latest_is_the_most_recent_by_time_not_by_insertion(checkins: CheckInService) -> None:
    assert checkins.latest() is None
    recent = checkins.create(CheckInValues(mood=3))
    checkins.backfill(CheckInValues(mood=1), NOW - timedelta(days=2))
    latest = checkins.latest()
    assert latest is not None and latest.id == recent.id
