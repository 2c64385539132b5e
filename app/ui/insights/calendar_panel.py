"""The year calendar with its year switcher and a legend of what the colours mean."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.insights import YearCalendar
from app.ui.insights.colors import mood_colour
from app.ui.insights.year_calendar import YearCalendarWidget


class _Swatch(QWidget):
    """A legend cell: filled with a mood colour, or an empty outline."""

    def __init__(self, colour: QColor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.setFixedSize(14, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(1, 1, -1, -1)
        if self._colour is None:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour)
        painter.drawRoundedRect(rect, 3, 3)
        painter.end()


class CalendarPanel(QWidget):
    year_requested = Signal(int)  # the person asked for another year
    day_activated = Signal(object)  # date

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.previous = QPushButton("‹", self)
        self.previous.setAccessibleName("Previous year")
        self.previous.setToolTip("Previous year")
        self.previous.setAutoDefault(False)
        self.previous.setFixedWidth(32)
        self.year_label = QLabel(str(year), self)
        bold = self.year_label.font()
        bold.setBold(True)
        self.year_label.setFont(bold)
        self.next = QPushButton("›", self)
        self.next.setAccessibleName("Next year")
        self.next.setToolTip("Next year")
        self.next.setAutoDefault(False)
        self.next.setFixedWidth(32)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        header.addWidget(self.previous)
        header.addWidget(self.year_label)
        header.addWidget(self.next)
        header.addStretch(1)
        layout.addLayout(header)

        self.calendar = YearCalendarWidget(year, self)
        self.calendar.day_activated.connect(self.day_activated)
        layout.addWidget(self.calendar)
        layout.addLayout(self._legend())
        self._last_year = year

    def set_calendar(self, calendar: YearCalendar, last_year: int, selected: date | None) -> None:
        """Show a year; ``last_year`` (the current one) is as far forward as it goes."""
        self._last_year = last_year
        self.calendar.set_calendar(calendar, selected)
        self.year_label.setText(str(calendar.year))
        self.next.setEnabled(calendar.year < last_year)

    def _step(self, years: int) -> None:
        self.year_requested.emit(self.calendar.year + years)

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(QLabel("Mood:"))
        row.addWidget(QLabel("1 very low"))
        for mood in range(1, 6):
            row.addWidget(_Swatch(mood_colour(mood), self))
        row.addWidget(QLabel("5 very good"))
        row.addSpacing(16)
        row.addWidget(_Swatch(None, self))
        row.addWidget(QLabel("no check-in"))
        row.addStretch(1)
        return row
