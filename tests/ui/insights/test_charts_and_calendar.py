"""Trend charts and the year calendar render real data offscreen, with gaps left empty."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.clock import fixed_clock
from app.core.insights import TrendRange
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.insights.colors import mood_colour, scale_colour
from app.ui.insights.day_grid import describe_day
from app.ui.insights.range_selector import RangeSelector
from app.ui.insights.trend_chart import TrendCharts
from app.ui.insights.year_calendar import YearCalendarWidget
from tests.ui.insights.conftest import colour_census, near, save_png, share_not


def test_trend_charts_render_real_data_to_a_png(
    qtbot: QtBot, filled: Workspace, tmp_path: Path
) -> None:
    charts = TrendCharts()
    qtbot.addWidget(charts)
    charts.resize(900, 700)
    charts.set_data(filled.insights.trend(TrendRange.THREE_MONTHS))
    charts.show()
    qtbot.waitExposed(charts)
    image = save_png(charts, tmp_path / "trends.png")
    counts = colour_census(image)
    background = charts.charts["mood"].palette().color(QPalette.ColorRole.Base)
    assert len(counts) > 40  # lines, dots, axes and text, not a flat fill
    assert share_not(background, counts) > 0.03
    palette = charts.palette()
    for scale in ("mood", "energy", "interest", "focus"):
        assert near(scale_colour(scale, palette), counts) > 50, scale
    assert charts.empty.isHidden()


def test_days_without_data_are_gaps_in_the_chart(qtbot: QtBot, vault: Vault) -> None:
    now = datetime(2026, 3, 14, 20, 0).astimezone()
    workspace = Workspace.open(vault, fixed_clock(now))
    for back in (0, 1, 12, 13):  # two pairs of days, ten empty days between them
        at = (now - timedelta(days=back)).replace(hour=12)
        workspace.checkins.backfill(CheckInValues(mood=2 + back % 2), at)
    charts = TrendCharts()
    qtbot.addWidget(charts)
    charts.set_data(workspace.insights.trend(TrendRange.TWO_WEEKS))
    mood = charts.charts["mood"]
    dot_x, dot_y = mood.dots.getData()
    assert len(dot_x) == 4 and set(dot_y) == {2.0, 3.0}  # no dot at 0 for empty days
    _, line_y = mood.line.getData()
    assert np.isnan(line_y).sum() == 4  # days 2-5 have no data in their trailing week
    assert not np.any(line_y[~np.isnan(line_y)] < 1)
    # Two ratings in the last week are too few for an honest "average".
    assert "4 days with a rating" in mood.summary.text()
    assert "7-day average 2.5" not in mood.summary.text()


def test_an_empty_range_says_so(qtbot: QtBot, workspace: Workspace) -> None:
    charts = TrendCharts()
    qtbot.addWidget(charts)
    charts.set_data(workspace.insights.trend(TrendRange.YEAR))
    assert not charts.empty.isHidden()
    assert (
        "No energy ratings in this stretch yet" in charts.charts["energy"].accessibleDescription()
    )


def test_year_calendar_renders_mood_colours_and_leaves_empty_days_unfilled(
    qtbot: QtBot, filled: Workspace, tmp_path: Path
) -> None:
    year = date.today().year
    widget = YearCalendarWidget(year)
    qtbot.addWidget(widget)
    calendar = filled.insights.year_calendar(year)
    widget.set_calendar(calendar)
    widget.resize(900, 160)
    widget.show()
    qtbot.waitExposed(widget)
    image = save_png(widget, tmp_path / "calendar.png")
    counts = colour_census(image, step=1)
    assert len(counts) > 10
    assert sum(near(mood_colour(m), counts, 12) for m in range(1, 6)) > 500
    background = widget.palette().color(QPalette.ColorRole.Window)
    filled_day = next(d for d, c in calendar.days.items() if c.mean_mood is not None)
    centre = widget.cell_rect(filled_day).center()
    assert image.pixelColor(centre) == mood_colour(calendar.days[filled_day].mean_mood or 0)
    empty_day = next(
        date(year, 1, 1) + timedelta(days=n)
        for n in range(366)
        if date(year, 1, 1) + timedelta(days=n) not in calendar.days
    )
    assert image.pixelColor(widget.cell_rect(empty_day).center()) == background


def test_clicking_a_day_emits_its_date(qtbot: QtBot, filled: Workspace) -> None:
    year = date.today().year
    widget = YearCalendarWidget(year)
    qtbot.addWidget(widget)
    widget.set_calendar(filled.insights.year_calendar(year))
    widget.resize(900, 160)
    widget.show()
    day = date(year, 3, 14)
    with qtbot.waitSignal(widget.day_activated) as signal:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.cell_rect(day).center())
    assert signal.args == [day]
    assert widget.selected_day == day


def test_the_calendar_is_keyboard_navigable(qtbot: QtBot) -> None:
    widget = YearCalendarWidget(2026)
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    widget.select(date(2026, 3, 14))
    moved: list[date] = []
    widget.day_selected.connect(moved.append)
    qtbot.keyClick(widget, Qt.Key.Key_Right)  # a week later
    qtbot.keyClick(widget, Qt.Key.Key_Down)  # a day later
    qtbot.keyClick(widget, Qt.Key.Key_Up)
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert moved == [
        date(2026, 3, 21),
        date(2026, 3, 22),
        date(2026, 3, 21),
        date(2026, 3, 14),
        date(2026, 3, 7),
    ]
    with qtbot.waitSignal(widget.day_activated) as signal:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert signal.args == [date(2026, 3, 7)]
    qtbot.keyClick(widget, Qt.Key.Key_End)
    assert widget.selected_day == date(2026, 12, 31)
    qtbot.keyClick(widget, Qt.Key.Key_Right)  # stays inside the year
    assert widget.selected_day == date(2026, 12, 31)
    assert "Thursday 31 December 2026: no check-in" in widget.accessibleDescription()


def test_day_descriptions_are_plain() -> None:
    from app.core.insights import CalendarDay

    day = date(2026, 3, 8)
    assert describe_day(day, None) == "Sunday 8 March 2026: no check-in"
    assert describe_day(day, CalendarDay(3.25, 2)) == (
        "Sunday 8 March 2026: mood averaged 3.2 from 2 check-ins"
    )
    assert describe_day(day, CalendarDay(None, 1)).endswith("1 check-in, without a mood rating")


def test_range_selector_emits_the_chosen_range(qtbot: QtBot) -> None:
    selector = RangeSelector(TrendRange.THREE_MONTHS)
    qtbot.addWidget(selector)
    with qtbot.waitSignal(selector.range_changed) as signal:
        qtbot.mouseClick(selector.button(TrendRange.EVERYTHING), Qt.MouseButton.LeftButton)
    assert signal.args == [TrendRange.EVERYTHING]
    assert selector.current() is TrendRange.EVERYTHING
