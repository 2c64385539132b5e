"""What the calendars' colours and marks mean: the mood scale, no check-in, no mood
rating, today, and days still to come."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.insights import CalendarDay
from app.ui.insights.day_cells import paint_day, paint_today

SWATCH = 14


class DaySwatch(QWidget):
    """One legend cell, drawn exactly as the calendars draw a day."""

    def __init__(
        self,
        cell: CalendarDay | None,
        *,
        future: bool = False,
        today: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cell, self.future, self.today = cell, future, today
        self.setFixedSize(SWATCH + 4, SWATCH + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(2, 2, SWATCH, SWATCH)
        paint_day(painter, rect, self.cell, self.palette(), future=self.future)
        if self.today:
            paint_today(painter, rect, self.palette())
        painter.end()


class CalendarLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Calendar legend")
        self.setAccessibleDescription(
            "Mood from 1, very low, to 5, very good, warm to cool colours. An outline: no "
            "check-in. An outline with a dot: a check-in without a mood rating. A ring: "
            "today. A faint dot: a day still to come."
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        moods = QHBoxLayout()
        moods.setSpacing(4)
        moods.addWidget(QLabel("Mood: 1 very low"))
        for mood in range(1, 6):
            moods.addWidget(DaySwatch(CalendarDay(float(mood), 1), parent=self))
        moods.addWidget(QLabel("5 very good"))
        moods.addStretch(1)
        column.addLayout(moods)
        marks = QHBoxLayout()
        marks.setSpacing(4)
        for swatch, words in (
            (DaySwatch(None, parent=self), "no check-in"),
            (DaySwatch(CalendarDay(None, 1), parent=self), "no mood rating"),
            (DaySwatch(CalendarDay(3.0, 1), today=True, parent=self), "today"),
            (DaySwatch(None, future=True, parent=self), "still to come"),
        ):
            marks.addWidget(swatch)
            marks.addWidget(QLabel(words))
            marks.addSpacing(12)
        marks.addStretch(1)
        column.addLayout(marks)
        self.labels = [label.text() for label in self.findChildren(QLabel)]
