"""The year calendar's today and days to come, the legend, the month calendar, and the
patterns (mood by weekday, each scale's spread), all on the injected clock's today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.insights import CalendarDay, TrendRange, YearCalendar
from app.core.insights.month import MonthCalendar
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.insights.calendar_legend import CalendarLegend
from app.ui.insights.day_grid import describe_day
from app.ui.insights.insights_view import InsightsView
from app.ui.insights.month_calendar import MonthCalendarWidget
from app.ui.insights.year_calendar import YearCalendarWidget
from app.ui.tasks import TaskRunner

TODAY = date(2026, 6, 17)  # a Wednesday


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait_until_idle()


def pinned(vault: Vault, today: date) -> Workspace:
    moment = datetime.combine(today, time(21, 0)).astimezone()
    return Workspace.open(vault, clock=lambda: moment)


def checkin(workspace: Workspace, day: date, **scales: int) -> None:
    workspace.checkins.backfill(
        CheckInValues(**scales), datetime.combine(day, time(9, 0)).astimezone()
    )


def pixels(image: QImage, rect_points: list[QPoint]) -> set[int]:
    return {image.pixel(point) & 0xFFFFFF for point in rect_points}


def test_year_calendar_draws_days_to_come_apart_from_empty_days(qtbot: QtBot) -> None:
    widget = YearCalendarWidget(2026)
    qtbot.addWidget(widget)
    widget.resize(1000, widget.heightForWidth(1000))
    widget.set_calendar(YearCalendar(2026, {}), TODAY)
    widget.set_today(TODAY)
    image = widget.grab().toImage()
    empty, future = widget.cell_rect(date(2026, 6, 1)), widget.cell_rect(date(2026, 9, 1))
    # An empty past day has an outline at its edge; a day to come has none there.
    outline = QPoint(empty.left() + 1, empty.center().y())
    no_outline = QPoint(future.left() + 1, future.center().y())
    background = widget.palette().color(QPalette.ColorRole.Window).rgb() & 0xFFFFFF
    assert image.pixel(outline) & 0xFFFFFF != background
    assert image.pixel(no_outline) & 0xFFFFFF == background


def test_year_calendar_rings_today_in_the_text_colour(qtbot: QtBot) -> None:
    widget = YearCalendarWidget(2026)
    qtbot.addWidget(widget)
    widget.resize(1000, widget.heightForWidth(1000))
    widget.set_calendar(YearCalendar(2026, {TODAY: CalendarDay(4.0, 1)}), date(2026, 3, 2))
    before = widget.grab().toImage()
    widget.set_today(TODAY)
    after = widget.grab().toImage()
    rect = widget.cell_rect(TODAY)
    edge = [QPoint(rect.left() - 1, rect.center().y()), QPoint(rect.center().x(), rect.top() - 1)]
    text = widget.palette().color(QPalette.ColorRole.WindowText)
    assert pixels(before, edge) != pixels(after, edge)
    for point in edge:
        found = QColor(after.pixel(point))
        assert abs(found.lightness() - text.lightness()) < 60


def test_calendar_words_say_today_and_still_to_come() -> None:
    assert describe_day(TODAY, CalendarDay(3.0, 1), TODAY).startswith(
        "Wednesday 17 June 2026 (today): mood averaged 3.0"
    )
    assert describe_day(date(2026, 6, 18), None, TODAY) == "Thursday 18 June 2026: still to come"
    assert describe_day(date(2026, 6, 16), None, TODAY) == "Tuesday 16 June 2026: no check-in"


def test_legend_names_every_kind_of_day(qtbot: QtBot) -> None:
    legend = CalendarLegend()
    qtbot.addWidget(legend)
    for words in ("Mood: 1 very low", "5 very good", "no check-in", "no mood rating", "today"):
        assert words in legend.labels
    assert "still to come" in legend.labels


def test_month_calendar_moves_by_keyboard_and_never_past_today(qtbot: QtBot) -> None:
    widget = MonthCalendarWidget(TODAY)
    qtbot.addWidget(widget)
    widget.set_month(MonthCalendar(2026, 6, {}), TODAY)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Right)  # tomorrow has not happened yet
    assert widget.selected_day == TODAY
    qtbot.keyClick(widget, Qt.Key.Key_Up)
    assert widget.selected_day == date(2026, 6, 10)
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert widget.selected_day == date(2026, 6, 1)
    with qtbot.waitSignal(widget.month_requested) as asked:
        qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert asked.args == [2026, 5]
    assert widget.selected_day == date(2026, 5, 31)
    with qtbot.waitSignal(widget.month_requested) as asked:
        qtbot.keyClick(widget, Qt.Key.Key_PageUp)
    assert asked.args == [2026, 4] and widget.selected_day == date(2026, 4, 30)
    with qtbot.waitSignal(widget.day_activated) as opened:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert opened.args == [date(2026, 4, 30)]


def test_month_calendar_opens_a_clicked_day_but_not_a_day_to_come(qtbot: QtBot) -> None:
    widget = MonthCalendarWidget(TODAY)
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.set_month(MonthCalendar(2026, 6, {date(2026, 6, 3): CalendarDay(2.0, 1)}), TODAY)
    with qtbot.waitSignal(widget.day_activated) as opened:
        qtbot.mouseClick(
            widget, Qt.MouseButton.LeftButton, pos=widget.cell_rect(date(2026, 6, 3)).center()
        )
    assert opened.args == [date(2026, 6, 3)]
    with qtbot.assertNotEmitted(widget.day_activated):
        qtbot.mouseClick(
            widget, Qt.MouseButton.LeftButton, pos=widget.cell_rect(date(2026, 6, 20)).center()
        )
    assert "Wednesday 3 June 2026" in widget.accessibleDescription()


@pytest.mark.parametrize("today", [date(2027, 1, 1), date(2026, 12, 31)], ids=str)
def test_month_panel_opens_on_todays_month_and_steps_back_across_the_year(
    qtbot: QtBot, vault: Vault, runner: TaskRunner, today: date
) -> None:
    workspace = pinned(vault, today)
    checkin(workspace, date(2026, 12, 24), mood=1)
    view = InsightsView(workspace.insights, runner)
    qtbot.addWidget(view)
    view.refresh()
    panel = view.month_panel
    qtbot.waitUntil(lambda: view.day_panel.title.text().endswith(f"{today:%B %Y}"))
    assert panel.title.text() == f"{today:%B %Y}"
    assert not panel.next.isEnabled()  # nothing to see after this month
    if today.month == 1:
        panel.previous.click()
        assert panel.title.text() == "December 2026"
        assert panel.next.isEnabled()
    qtbot.waitUntil(lambda: date(2026, 12, 24) in panel.calendar.month.days)
    assert panel.calendar.month.days[date(2026, 12, 24)].mean_mood == 1


def test_choosing_a_day_in_the_month_shows_it_in_the_day_panel(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    workspace = pinned(vault, TODAY)
    checkin(workspace, date(2026, 6, 3), mood=2)
    view = InsightsView(workspace.insights, runner)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.day_panel.title.text() == "Wednesday 17 June 2026")
    calendar = view.month_panel.calendar
    calendar.select(date(2026, 6, 3))
    qtbot.keyClick(calendar, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: view.day_panel.title.text() == "Wednesday 3 June 2026")
    assert len(view.day_panel.buttons) == 1  # that day's check-in, ready to edit
    # A day chosen in the year calendar moves the month calendar there too.
    view.show_day(date(2026, 2, 9))
    assert view.month_panel.title.text() == "February 2026"
    assert calendar.selected_day == date(2026, 2, 9)


def test_patterns_follow_the_range_and_say_when_data_is_thin(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    workspace = pinned(vault, TODAY)
    checkin(workspace, date(2026, 6, 15), mood=2, energy=4)  # a Monday
    checkin(workspace, date(2026, 4, 6), mood=5)  # a Monday ten weeks back
    view = InsightsView(workspace.insights, runner, TrendRange.TWO_WEEKS)
    qtbot.addWidget(view)
    view.refresh()
    patterns = view.patterns
    qtbot.waitUntil(lambda: patterns.weekdays.pattern is not None)
    assert patterns.weekdays.pattern is not None
    assert patterns.weekdays.pattern.weekdays[0].days == 1
    assert "from 1 day with a mood rating in the last 2 weeks" in patterns.weekday_note.text()
    assert "fewer than 3 days" in patterns.weekday_note.text()
    assert "Monday: 2.0 over 1 day, too few days" in patterns.weekdays.accessibleDescription()
    assert patterns.spreads["energy"].spread.count(4) == 1
    assert patterns.spread_notes["focus"].text() == "No focus ratings in the last 2 weeks."

    view.range_selector.button(TrendRange.THREE_MONTHS).click()
    qtbot.waitUntil(lambda: patterns.spreads["mood"].spread.total == 2)
    assert patterns.spread_notes["mood"].text() == "2 check-ins in the last 3 months"
    assert patterns.weekdays.pattern is not None
    assert patterns.weekdays.pattern.weekdays[0].mean == pytest.approx(3.5)
