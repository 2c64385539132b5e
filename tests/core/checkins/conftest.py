"""A check-in service on a pinned clock: 2026-03-14 20:00 at UTC-4."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.core.checkins import ActivityService, CheckInService
from app.core.clock import fixed_clock
from app.core.journal import Journal
from app.core.vault import Vault

EASTERN_SUMMER = timezone(timedelta(hours=-4))
NOW = datetime(2026, 3, 14, 20, 0, tzinfo=EASTERN_SUMMER)


@pytest.fixture
def checkins(vault: Vault) -> CheckInService:
    return CheckInService(vault.database, fixed_clock(NOW))


@pytest.fixture
def activities(vault: Vault) -> ActivityService:
    return ActivityService(vault.database)


@pytest.fixture
def journal(vault: Vault) -> Journal:
    return Journal(vault.database, fixed_clock(NOW))
