"""The year calendar with its year switcher and a legend of what the colours mean."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.insights import YearCalendar
from app.ui.insights.calendar_legend import CalendarLegend
from app.ui.insights.year_calendar import YearCalendarWidget


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
        self.legend = CalendarLegend(self)
        layout.addWidget(self.legend)
        self._last_year = year

    def set_calendar(self, calendar: YearCalendar, last_year: int, selected: date | None) -> None:
        """Show a year; ``last_year`` (the current one) is as far forward as it goes."""
        self._last_year = last_year
        self.calendar.set_calendar(calendar, selected)
        self.year_label.setText(str(calendar.year))
        self.next.setEnabled(calendar.year < last_year)

    def _step(self, years: int) -> None:
        self.year_requested.emit(self.calendar.year + years)
