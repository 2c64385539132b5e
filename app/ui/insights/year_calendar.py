"""A year at a glance: one cell per day (weeks as columns), coloured by that day's mean mood.

Empty days are drawn as outlines only, so "no check-in" can never be mistaken for a low
day. Arrow keys move between days (left and right by a week, up and down by a day),
Home and End jump to the year's ends, and Enter or a click opens the day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.core.insights import YearCalendar
from app.ui.dates import short_month
from app.ui.insights.day_cells import paint_day, paint_today
from app.ui.insights.day_grid import DayGridWidget, describe_day

WEEKS = 54  # a year touches at most 54 Monday-started weeks
CELL_MIN, CELL_MAX, GAP = 7, 16, 2  # 7 px cells still fit an 800-pixel window
LEFT, TOP = 34, 18
WEEKDAY_LABELS = {0: "Mon", 2: "Wed", 4: "Fri"}


class YearCalendarWidget(DayGridWidget):
    day_selected = Signal(object)  # date: the keyboard moved to it

    ARROW_STEPS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Left: -7,
        Qt.Key.Key_Right: 7,
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Down: 1,
    }
    KEYS_HINT = ". Arrow keys move between days; Enter opens the day."

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # cells grow with the width, rows with the cells
        self.setSizePolicy(policy)
        self.setMouseTracking(True)
        self._calendar = YearCalendar(year, {})
        self._selected = date(year, 1, 1)
        self._today: date | None = None  # marked with a ring; later days look "to come"
        self._update_accessibility()

    # -- data -------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self._calendar.year

    @property
    def calendar(self) -> YearCalendar:
        return self._calendar

    @property
    def selected_day(self) -> date:
        return self._selected

    def set_calendar(self, calendar: YearCalendar, selected: date | None = None) -> None:
        self._calendar = calendar
        if selected is not None and selected.year == calendar.year:
            self._selected = selected
        elif self._selected.year != calendar.year:
            self._selected = date(calendar.year, 1, 1)
        self._update_accessibility()
        self.update()

    def set_today(self, today: date) -> None:
        self._today = today
        self._update_accessibility()
        self.update()

    def select(self, day: date) -> None:
        if day.year != self.year or day == self._selected:
            return
        self._selected = day
        self._update_accessibility()
        self.update()
        self.day_selected.emit(day)

    # -- geometry ---------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(LEFT + WEEKS * (14 + GAP), self._height_for(14))

    def minimumSizeHint(self) -> QSize:
        return QSize(LEFT + WEEKS * (CELL_MIN + GAP), self._height_for(CELL_MIN))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(self._cell_size(width))

    def _height_for(self, cell: int) -> int:
        return TOP + 7 * (cell + GAP) + 4

    def _cell_size(self, width: int | None = None) -> int:
        fit = ((self.width() if width is None else width) - LEFT - 4) // WEEKS - GAP
        return max(CELL_MIN, min(CELL_MAX, fit))

    def _first_monday(self) -> date:
        first = date(self.year, 1, 1)
        return first - timedelta(days=first.weekday())

    def cell_rect(self, day: date) -> QRect:
        size = self._cell_size()
        column = (day - self._first_monday()).days // 7
        return QRect(LEFT + column * (size + GAP), TOP + day.weekday() * (size + GAP), size, size)

    def day_at(self, point: QPoint) -> date | None:
        size = self._cell_size()
        column = (point.x() - LEFT) // (size + GAP)
        row = (point.y() - TOP) // (size + GAP)
        if point.x() < LEFT or point.y() < TOP or not (0 <= row < 7 and 0 <= column < WEEKS):
            return None
        day = self._first_monday() + timedelta(days=column * 7 + row)
        return day if day.year == self.year and self.cell_rect(day).contains(point) else None

    # -- drawing ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = palette.color(QPalette.ColorRole.WindowText)
        size = self._cell_size()
        painter.setPen(text)
        small = painter.font()
        small.setPointSizeF(small.pointSizeF() * 0.8)
        painter.setFont(small)
        for row, label in WEEKDAY_LABELS.items():
            painter.drawText(
                QRect(0, TOP + row * (size + GAP) - 2, LEFT - 4, size + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        for month in range(1, 13):
            rect = self.cell_rect(date(self.year, month, 1))
            painter.drawText(QPoint(rect.x(), TOP - 5), short_month(month))

        day = date(self.year, 1, 1)
        radius = max(2.0, size / 5)
        while day.year == self.year:
            future = self._today is not None and day > self._today
            paint_day(
                painter,
                self.cell_rect(day),
                self._calendar.days.get(day),
                palette,
                future=future,
                radius=radius,
            )
            day += timedelta(days=1)
        if self._today is not None and self._today.year == self.year:
            paint_today(painter, self.cell_rect(self._today), palette, radius)

        self._paint_selection(painter, radius, 1)
        painter.end()

    # -- input ------------------------------------------------------------------------

    def _jump(self, key: Qt.Key) -> date | None:
        if key == Qt.Key.Key_Home:
            return date(self.year, 1, 1)
        if key == Qt.Key.Key_End:
            return date(self.year, 12, 31)
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(day))
            return True
        return super().event(event)

    # -- accessibility ----------------------------------------------------------------

    def _title(self) -> str:
        return f"Year at a glance, {self.year}"

    def describe(self, day: date) -> str:
        return describe_day(day, self._calendar.days.get(day), self._today)
