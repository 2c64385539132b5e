"""A search finds check-ins by their feeling words, and each found day opens on Insights;
"On this day" on Home opens its entry in the journal."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.clock import fixed_clock
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.journal.checkin_hits import CheckInHits

NOW = datetime(2026, 12, 4, 15, 0).astimezone()


@pytest.fixture
def pinned(app_context: AppContext) -> AppContext:
    """The window's clock reads Friday 4 December 2026 (asked for before ``opened``)."""
    app_context.clock = fixed_clock(NOW)
    return app_context


def test_search_lists_checkins_by_feeling_word_and_opens_their_day(
    qtbot: QtBot, pinned: AppContext, opened: AppController
) -> None:
    window, workspace = opened.main_window, opened.workspace
    assert window is not None and workspace is not None
    moment = NOW - timedelta(days=3)
    workspace.checkins.backfill(CheckInValues(mood=2, feelings=("drained", "hopeful")), moment)
    window.show_page("journal")
    hits = window.journal_page.findChild(CheckInHits)
    assert hits is not None and hits.isHidden()
    window.journal_page.filters.search_changed.emit("drained")
    qtbot.waitUntil(lambda: len(hits.buttons) == 1, timeout=20_000)
    assert hits.isVisible()
    assert hits.caption.text() == "1 check-in matches, newest first:"
    assert "feeling drained, hopeful" in hits.buttons[0].toolTip()
    hits.buttons[0].click()
    assert window.current_page_key() == "insights"
    view = opened.features.insights()  # type: ignore[union-attr]
    day = moment.date()
    expected = f"{day:%A} {day.day} {day:%B %Y}"
    qtbot.waitUntil(lambda: view.day_panel.title.text() == expected)  # type: ignore[attr-defined]
    window.journal_page.filters.search_changed.emit("")
    assert hits.isHidden()


def test_on_this_day_opens_its_entry_in_the_journal(
    qtbot: QtBot, pinned: AppContext, opened: AppController
) -> None:
    window, workspace, features = opened.main_window, opened.workspace, opened.features
    assert window is not None and workspace is not None and features is not None
    last_year = NOW.replace(year=2025)
    entry = workspace.journal.create("A year back", "Snow on the way home.", created_at=last_year)
    features.home.refresh()
    card = features.home.on_this_day
    qtbot.waitUntil(lambda: len(card.buttons) == 2, timeout=20_000)
    _see_day, open_entry = card.buttons
    open_entry.click()
    assert window.current_page_key() == "journal"
    qtbot.waitUntil(lambda: window.journal_page.editor.entry_id == entry.id)
