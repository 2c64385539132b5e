"""The insights page as a whole, the day panel's links, and the activity sentences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.insights import ActivityImpact, Comparison, TrendRange
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.insights.day_panel import DayPanel
from app.ui.insights.impact_list import EMPTY_TEXT, ActivityImpactList
from app.ui.insights.insights_view import InsightsView
from app.ui.tasks import TaskRunner
from tests.benchmarks.checkin_history import fill_history
from tests.ui.insights.conftest import HISTORY_DAYS, colour_census, save_png


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait_until_idle()


def test_impact_list_uses_plain_wording_with_day_counts(qtbot: QtBot) -> None:
    widget = ActivityImpactList()
    qtbot.addWidget(widget)
    assert widget.sentences() == [EMPTY_TEXT]
    impact = ActivityImpact("a1", "Exercise", Comparison(3.8, 12, 3.1, 30), None)
    widget.set_impacts([impact])
    assert widget.sentences() == [
        "On days with “Exercise”, your mood averaged 3.8 (12 days), "
        "compared with 3.1 on other days (30 days)."
    ]
    assert not widget.note.isHidden()


def test_day_panel_links_to_the_checkin_the_entry_and_a_backfill(
    qtbot: QtBot, workspace: Workspace
) -> None:
    moment = datetime(2026, 3, 2, 9, 30).astimezone()
    checkin = workspace.checkins.backfill(CheckInValues(mood=3, note="slow start"), moment)
    entry = workspace.journal.create("After the call", "It went fine.", created_at=moment)
    panel = DayPanel()
    qtbot.addWidget(panel)
    panel.set_detail(workspace.insights.day_detail(moment.date()))
    assert panel.title.text() == "Monday 2 March 2026"
    edit, open_entry = panel.buttons
    with qtbot.waitSignal(panel.edit_checkin_requested) as edited:
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert edited.args == [checkin.id]
    with qtbot.waitSignal(panel.open_entry_requested) as opened:
        qtbot.mouseClick(open_entry, Qt.MouseButton.LeftButton)
    assert opened.args == [entry.id]
    assert open_entry.accessibleName() == "Open the entry “After the call”"
    with qtbot.waitSignal(panel.checkin_for_day_requested) as backfill:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert backfill.args == [date(2026, 3, 2)]


# A Friday, a Thursday on 1 January, a leap day and 31 December: "today" is the injected
# clock's, never the machine's, so these hold on any day the suite runs.
PINNED_TODAYS = [date(2026, 12, 4), date(2026, 1, 1), date(2024, 2, 29), date(2026, 12, 31)]


def pinned_workspace(vault: Vault, today: date) -> Workspace:
    moment = datetime.combine(today, time(21, 0)).astimezone()
    return Workspace.open(vault, clock=lambda: moment)


def test_insights_view_loads_through_the_runner_and_follows_choices(
    qtbot: QtBot, vault: Vault, runner: TaskRunner, tmp_path: Path
) -> None:
    today = date(2026, 12, 4)
    filled = pinned_workspace(vault, today)
    fill_history(filled, today, days=HISTORY_DAYS, seed=3)
    view = InsightsView(filled.insights, runner)
    qtbot.addWidget(view)
    view.resize(1000, 1400)
    view.show()
    mood = view.charts.charts["mood"]
    view.refresh()
    qtbot.waitUntil(lambda: len(mood.dots.getData()[0]) > 0)
    assert len(mood.line.getData()[0]) == 91  # three months by default
    assert view.impacts.sentences()  # either sentences or the gentle empty text
    assert view.day_panel.title.text() == "Friday 4 December 2026"
    image = save_png(view, tmp_path / "insights.png")
    assert len(colour_census(image, step=3)) > 60

    view.range_selector.button(TrendRange.TWO_WEEKS).click()
    qtbot.waitUntil(lambda: len(mood.line.getData()[0]) == 14)

    day = today - timedelta(days=3)
    view.calendar_panel.calendar.select(day)
    view.calendar_panel.calendar.setFocus()
    qtbot.keyClick(view.calendar_panel.calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.day_panel.title.text() == "Tuesday 1 December 2026")

    # A refresh (after a check-in, say) keeps the day the person chose.
    view.refresh()
    runner.wait_until_idle()
    qtbot.wait(50)
    assert view.day_panel.title.text() == "Tuesday 1 December 2026"
    assert view.calendar_panel.calendar.selected_day == day


@pytest.mark.parametrize("today", PINNED_TODAYS, ids=str)
def test_insights_opens_on_the_clocks_today_not_on_1_january(
    qtbot: QtBot, vault: Vault, runner: TaskRunner, today: date
) -> None:
    workspace = pinned_workspace(vault, today)
    workspace.checkins.backfill(
        CheckInValues(mood=2), datetime.combine(today, time(9, 0)).astimezone()
    )
    view = InsightsView(workspace.insights, runner)
    qtbot.addWidget(view)
    assert view.calendar_panel.calendar.selected_day == today
    view.refresh()
    expected = f"{today:%A} {today.day} {today:%B %Y}"
    qtbot.waitUntil(lambda: view.day_panel.title.text() == expected)
    assert view.calendar_panel.calendar.selected_day == today
    assert view.calendar_panel.calendar.year == today.year
    assert len(view.day_panel.buttons) >= 1  # today's check-in, not another day's


def test_insights_view_passes_on_what_the_person_asks_for(
    qtbot: QtBot, workspace: Workspace, runner: TaskRunner
) -> None:
    moment = datetime(2026, 3, 2, 9, 30).astimezone()
    checkin = workspace.checkins.backfill(CheckInValues(energy=2), moment)
    view = InsightsView(workspace.insights, runner)
    qtbot.addWidget(view)
    view.show_day(moment.date())
    qtbot.waitUntil(lambda: len(view.day_panel.buttons) == 1)
    with qtbot.waitSignal(view.edit_checkin_requested) as edited:
        view.day_panel.buttons[0].click()
    assert edited.args == [checkin.id]
