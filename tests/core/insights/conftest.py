"""Insights over a vault whose clock reads 2026-12-31 18:00 in New York."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.checkins import CheckIn, CheckInValues
from app.core.clock import fixed_clock
from app.core.vault import Vault
from app.core.workspace import Workspace

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 31, 18, 0, tzinfo=NEW_YORK)

AddCheckIn = Callable[..., CheckIn]


@pytest.fixture
def ws(vault: Vault) -> Workspace:
    return Workspace.open(vault, fixed_clock(NOW))


@pytest.fixture
def add(ws: Workspace) -> AddCheckIn:
    """Record a check-in on a day (at noon New York time unless a moment is given)."""

    def add_checkin(
        day: date | None = None,
        *,
        at: datetime | None = None,
        activities: tuple[str, ...] = (),
        **scales: int,
    ) -> CheckIn:
        if at is None:
            assert day is not None
            at = datetime(day.year, day.month, day.day, 12, 0, tzinfo=NEW_YORK)
        ids = ws.activities.resolve_names(activities)
        return ws.checkins.backfill(CheckInValues(activity_ids=ids, **scales), at)

    return add_checkin
