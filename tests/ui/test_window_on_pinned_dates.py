"""The whole window on chosen dates: Home, Insights and the journal list show the injected
clock's today, never the machine's (1 January, a leap day and 31 December included)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.clock import fixed_clock
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.journal.entry_list_model import Role
from tests.conftest import PASSPHRASE

PINNED_TODAYS = [date(2026, 1, 1), date(2024, 2, 29), date(2026, 12, 31), date(2027, 3, 1)]


def open_on(day: date, controller: AppController, context: AppContext, qtbot: QtBot) -> None:
    """The window opened with a clock pinned to ``day`` at 21:00, one check-in that morning
    and one the day before (so "today" and "yesterday" can be told apart)."""
    moment = datetime.combine(day, time(21, 0)).astimezone()
    context.clock = fixed_clock(moment)
    created = Vault.create(context.paths.vault, PASSPHRASE, TEST_PARAMS)
    workspace = Workspace.open(created.vault, context.clock)
    workspace.watcher.set_region("US")
    workspace.checkins.backfill(CheckInValues(mood=4), moment.replace(hour=9))
    workspace.journal.create("Morning", "Walked to the shop.", created_at=moment.replace(hour=8))
    controller._open(created.vault)
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(window.journal_page.editor.isEnabled, timeout=10_000)


@pytest.mark.parametrize("today", PINNED_TODAYS, ids=str)
def test_home_insights_and_the_journal_show_the_clocks_today(
    qtbot: QtBot, controller: AppController, app_context: AppContext, today: date
) -> None:
    open_on(today, controller, app_context, qtbot)
    window, features = controller.main_window, controller.features
    assert window is not None and features is not None

    home = features.home
    qtbot.waitUntil(lambda: "You checked in once today" in home.checkin_summary.text())
    assert f"{today:%A}" in home.date_label.text()
    assert f"{today:%B}" in home.date_label.text()
    assert str(today.day) in home.date_label.text()
    assert home.title.text() == "Good evening."
    assert home.prompt_card._day == today

    window.show_page("insights")
    view = features.insights()
    expected = f"{today:%A} {today.day} {today:%B %Y}"
    qtbot.waitUntil(lambda: view.day_panel.title.text() == expected)  # type: ignore[attr-defined]
    calendar = view.calendar_panel.calendar  # type: ignore[attr-defined]
    assert calendar.selected_day == today
    assert calendar.year == today.year
    assert not view.calendar_panel.next.isEnabled()  # type: ignore[attr-defined]
    assert len(view.day_panel.buttons) == 2  # type: ignore[attr-defined]

    journal = window.journal_page
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    delegate = journal.list.itemDelegate()
    when = journal.model.index(0).data(Role.WHEN)
    assert delegate.when_text(when) == "Today, 08:00"  # type: ignore[attr-defined]
    journal.filters.range.setCurrentIndex(1)  # "Last 7 days" ends on the clock's today
    assert journal.filters.current_filter().start == date.fromordinal(today.toordinal() - 6)
