"""The year calendar and a day's detail."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core.checkins import CheckInValues
from app.core.workspace import Workspace
from tests.core.insights.conftest import NEW_YORK, AddCheckIn


def test_year_calendar_holds_each_days_mean_mood_and_nothing_else(
    ws: Workspace, add: AddCheckIn
) -> None:
    add(date(2026, 1, 1), mood=2)
    add(at=datetime(2026, 1, 1, 20, 0, tzinfo=NEW_YORK), mood=3)
    add(date(2026, 7, 4), energy=4)  # a check-in without a mood rating
    add(date(2025, 12, 31), mood=5)  # the year before
    calendar = ws.insights.year_calendar(2026)
    assert set(calendar.days) == {date(2026, 1, 1), date(2026, 7, 4)}
    assert calendar.days[date(2026, 1, 1)].mean_mood == pytest.approx(2.5)
    assert calendar.days[date(2026, 1, 1)].checkins == 2
    assert calendar.days[date(2026, 7, 4)].mean_mood is None
    assert ws.insights.years_with_data() == [2025, 2026]


def test_day_detail_joins_checkins_and_entries_of_the_same_local_day(
    ws: Workspace, add: AddCheckIn
) -> None:
    day = date(2026, 4, 2)
    morning = add(at=datetime(2026, 4, 2, 8, 0, tzinfo=NEW_YORK), mood=2)
    evening_entry = ws.journal.create(
        "After the call", "text", created_at=datetime(2026, 4, 2, 23, 30, tzinfo=NEW_YORK)
    )
    early_entry = ws.journal.create(
        "Morning pages", "text", created_at=datetime(2026, 4, 2, 7, 0, tzinfo=NEW_YORK)
    )
    trashed = ws.journal.create("Draft", "x", created_at=datetime(2026, 4, 2, 9, tzinfo=NEW_YORK))
    ws.journal.move_to_trash(trashed.id)
    ws.journal.create("Next day", "x", created_at=datetime(2026, 4, 3, 0, 30, tzinfo=NEW_YORK))
    linked = ws.checkins.edit(morning.id, CheckInValues(mood=2, entry_id=evening_entry.id))

    detail = ws.insights.day_detail(day)
    assert [c.id for c in detail.checkins] == [morning.id]
    assert [e.id for e in detail.entries] == [early_entry.id, evening_entry.id]
    # From the check-in to its entry, and from the entry back to its check-ins.
    assert linked.entry_id == evening_entry.id
    assert [c.id for c in ws.checkins.for_entry(evening_entry.id)] == [morning.id]
    assert detail.mean("mood") == 2.0 and detail.mean("focus") is None
