"""A window with the clock pinned, and helpers to let background work land."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.core.clock import fixed_clock
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.jobsearch.feature import JobSearchFeature
from app.ui.main_window import MainWindow

ZONE = timezone(timedelta(hours=1))
# A Thursday evening: late enough for the evening-of-an-interview offer.
NOW = datetime(2026, 11, 19, 19, 30, tzinfo=ZONE)


@pytest.fixture
def pinned(app_context: AppContext) -> AppContext:
    app_context.clock = fixed_clock(NOW)
    return app_context


@pytest.fixture
def job_window(pinned: AppContext, opened: AppController) -> tuple[MainWindow, JobSearchFeature]:
    window, features = opened.main_window, opened.features
    assert window is not None and features is not None and features.job_search is not None
    return window, features.job_search


def settle(context: AppContext, rounds: int = 4) -> None:
    """Let queued background work finish and its results (and follow-on work) land."""
    for _ in range(rounds):
        context.runner.wait_until_idle()
