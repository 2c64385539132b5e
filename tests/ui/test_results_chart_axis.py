"""The self-check results chart counts days, never hours, and does not run into the future."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from pytestqt.qtbot import QtBot

from app.core.questionnaires import PHQ9, QuestionnaireResult
from app.ui.watcher.results_chart import ResultCharts, time_span, wall_seconds

DAY = 86_400.0


def phq9(at: datetime, total: int = 6) -> QuestionnaireResult:
    answers = (1,) * total + (0,) * (9 - total)
    return QuestionnaireResult(f"r-{at:%j%H%M}", PHQ9, answers, total, at)


def shown_tick_labels(charts: ResultCharts, qtbot: QtBot) -> list[str]:
    """The words under the PHQ-9 chart, as the axis draws them at this size."""
    charts.resize(900, 420)
    charts.show()
    qtbot.waitExposed(charts)
    charts.grab()  # lays out and paints, so the axis picks its zoom level
    axis = charts.charts[PHQ9].plot.getPlotItem().getAxis("bottom")
    low, high = axis.range
    labels: list[str] = []
    for spacing, values in axis.tickValues(low, high, axis.width()):
        labels += axis.tickStrings(values, 1.0, spacing)
    return labels


def test_two_results_on_one_day_are_drawn_on_a_day_axis(qtbot: QtBot) -> None:
    day = datetime(2026, 12, 4).astimezone()
    results = [phq9(day.replace(hour=9)), phq9(day.replace(hour=15), 4)]
    charts = ResultCharts()
    qtbot.addWidget(charts)
    charts.set_results(results)
    labels = shown_tick_labels(charts, qtbot)
    assert labels
    assert not [label for label in labels if ":" in label]  # no "09:00", "12:00"
    start, end = time_span(results)
    assert end - start >= 7 * DAY


def test_one_result_shows_the_week_up_to_it_not_the_week_after() -> None:
    taken = datetime(2026, 12, 31, 20, 0).astimezone()
    start, end = time_span([phq9(taken)])
    end_of_day = wall_seconds(datetime.combine(taken.date() + timedelta(days=1), time()))
    assert start <= wall_seconds(taken) - 6 * DAY  # the days before it are in view
    assert end <= end_of_day + DAY / 2  # and no more than a few hours past its day


def test_results_weeks_apart_keep_a_little_room_and_every_point(qtbot: QtBot) -> None:
    first = datetime(2024, 2, 1, 8, 0).astimezone()
    last = datetime(2024, 2, 29, 22, 0).astimezone()
    start, end = time_span([phq9(first), phq9(last)])
    assert start < wall_seconds(first) and end > wall_seconds(last)
    assert end - start < 32 * DAY
