"""The month calendar with buttons for the previous and next month; it loads its own
month from the core through the task runner."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.insights import Insights
from app.core.insights.month import MonthCalendar, clamp_day, shift_month
from app.ui.insights.month_calendar import MonthCalendarWidget
from app.ui.tasks import TaskRunner


def _arrow(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setToolTip(name)
    button.setAutoDefault(False)
    button.setFixedWidth(32)
    return button


class MonthPanel(QWidget):
    day_activated = Signal(object)  # date

    def __init__(
        self, insights: Insights, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._insights = insights
        self._runner = runner
        today = insights.today()
        self._wanted = (today.year, today.month)  # the month whose data is on its way
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.previous = _arrow("‹", "Previous month", self)
        self.title = QLabel(self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = _arrow("›", "Next month", self)
        header.addWidget(self.previous)
        header.addWidget(self.title, 1)
        header.addWidget(self.next)
        layout.addLayout(header)
        self.calendar = MonthCalendarWidget(today, self)
        self.calendar.day_activated.connect(self.day_activated)
        self.calendar.month_requested.connect(self._load)
        layout.addWidget(self.calendar)
        layout.addStretch(1)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self._show_header(today.year, today.month)

    def set_today(self, today: date) -> None:
        self.calendar.set_today(today)
        self._show_header(*self._wanted)

    def step(self, months: int) -> None:
        """Show the month before or after, keeping the day number where it can."""
        year, month = shift_month(*self._wanted, months)
        if (year, month) > (self.calendar.today.year, self.calendar.today.month):
            return
        self.show_day(min(clamp_day(self.calendar.selected_day, year, month), self.calendar.today))

    def show_day(self, day: date) -> None:
        """Select ``day``, loading its month when it is not the one on screen."""
        self._wanted = (day.year, day.month)
        self._show_header(day.year, day.month)
        self.calendar.set_month(
            self.calendar.month
            if (self.calendar.month.year, self.calendar.month.month) == self._wanted
            else MonthCalendar(day.year, day.month, {}),
            day,
        )
        self._load(day.year, day.month)

    def refresh(self) -> None:
        self._load(*self._wanted)

    def _load(self, year: int, month: int) -> None:
        self._wanted = (year, month)
        self._show_header(year, month)
        insights = self._insights
        self._runner.run(
            lambda progress: insights.month_calendar(year, month), on_success=self._loaded
        )

    def _loaded(self, month: MonthCalendar) -> None:
        if (month.year, month.month) == self._wanted:  # an older answer is dropped
            self.calendar.set_month(month)

    def _show_header(self, year: int, month: int) -> None:
        self.title.setText(f"{date(year, month, 1):%B %Y}")
        today = self.calendar.today
        self.next.setEnabled((year, month) < (today.year, today.month))


def month_and_day(month: MonthPanel, day_panel: QWidget) -> QBoxLayout:
    """The month beside the chosen day: pick on the left, read on the right."""
    row = QHBoxLayout()
    row.setSpacing(24)
    month.setMaximumWidth(month.calendar.sizeHint().width() + 8)
    row.addWidget(month, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(day_panel, 1, Qt.AlignmentFlag.AlignTop)
    return row
