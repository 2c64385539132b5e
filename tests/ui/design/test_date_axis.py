"""Chart date labels never run together, whatever the width, and read like Tend's dates."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from app.ui.date_axis import LABEL_GAP, DayAxis
from app.ui.dates import axis_date

DAY = 86_400


def seconds(day: date) -> float:
    return float((day - date(1970, 1, 1)).days * DAY)


def labels_at(axis: DayAxis, first: date, last: date, width: float) -> list[tuple[float, str]]:
    levels = axis.tickValues(seconds(first), seconds(last), width)
    assert len(levels) == 1, "one row of labels, never two that can touch"
    spacing, values = levels[0]
    return list(zip(values, axis.tickStrings(values, 1.0, spacing), strict=True))


@pytest.mark.parametrize("width", [300, 500, 800, 1100, 1700])
@pytest.mark.parametrize("days", [14, 90, 365, 1500])
def test_labels_keep_a_gap_between_them(qapp: QApplication, width: int, days: int) -> None:
    axis = DayAxis()
    last = date(2026, 12, 4)
    first = date.fromordinal(last.toordinal() - days)
    labels = labels_at(axis, first, last, width)
    assert labels, "an axis always has a label to read"
    metrics = QFontMetricsF(QApplication.font())
    pixels_per_second = width / (seconds(last) - seconds(first))
    for (left_at, left), (right_at, right) in pairwise(labels):
        centre_gap = (right_at - left_at) * pixels_per_second
        half_widths = (metrics.horizontalAdvance(left) + metrics.horizontalAdvance(right)) / 2
        assert centre_gap - half_widths >= LABEL_GAP - 1, (left, right, width)


def test_a_quarter_at_window_width_is_labelled_by_day_and_month(qapp: QApplication) -> None:
    axis = DayAxis()
    labels = labels_at(axis, date(2026, 9, 5), date(2026, 12, 4), 1000)
    assert [text for _, text in labels][:3] == [axis_date(date(2026, 9, d)) for d in (7, 14, 21)]
    assert all(not text.startswith("0") and " 0" not in text for _, text in labels)


def test_a_few_hours_are_labelled_by_time(qapp: QApplication) -> None:
    axis = DayAxis()
    start = (datetime(2026, 12, 4, 8) - datetime(1970, 1, 1)).total_seconds()
    levels = axis.tickValues(start, start + 6 * 3600, 600)
    texts = axis.tickStrings(levels[0][1], 1.0, levels[0][0])
    assert texts[0] in ("09:00", "9:00 AM", "9:00\u202fAM")
