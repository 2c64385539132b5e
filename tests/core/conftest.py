"""Journal fixtures: a journal on the test vault with a clock the test controls."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.core.journal import Journal
from tests.support.clock import ManualClock

START = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def journal(vault, clock) -> Journal:
    return Journal(vault.database, clock)
