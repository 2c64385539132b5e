"""A month as a grid of days (Monday first), each coloured by that day's mean mood.

Drawn like the year calendar (see day_cells) with the day's number in the corner. Arrow
keys move by a day or a week, Page Up and Page Down by a month, Home and End to the
month's ends; Enter, Space or a click opens the day. Days after today cannot be chosen.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.insights.month import MonthCalendar, clamp_day, shift_month
from app.ui.insights.colors import mood_colour
from app.ui.insights.day_cells import paint_day, paint_today, text_on
from app.ui.insights.day_grid import DayGridWidget, describe_day

WEEKDAY_INITIALS = ("M", "T", "W", "T", "F", "S", "S")
CELL_MIN, CELL_MAX, GAP, HEADER = 30, 46, 4, 20


class MonthCalendarWidget(DayGridWidget):
    month_requested = Signal(int, int)  # year, month: the selection moved into another month

    ARROW_STEPS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Left: -1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Up: -7,
        Qt.Key.Key_Down: 7,
    }
    KEYS_HINT = (
        ". Arrow keys move between days, Page Up and Page Down between months; Enter opens the day."
    )

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._today = today
        self._month = MonthCalendar(today.year, today.month, {})
        self._selected = today
        self._update_accessibility()

    # -- data -------------------------------------------------------------------------

    @property
    def month(self) -> MonthCalendar:
        return self._month

    @property
    def selected_day(self) -> date:
        return self._selected

    @property
    def today(self) -> date:
        return self._today

    def set_today(self, today: date) -> None:
        self._today = today
        self._update_accessibility()
        self.update()

    def set_month(self, month: MonthCalendar, selected: date | None = None) -> None:
        self._month = month
        if selected is not None:
            self._selected = selected
        if (self._selected.year, self._selected.month) != (month.year, month.month):
            self._selected = clamp_day(self._selected, month.year, month.month)
        self._selected = min(self._selected, self._today)
        self.updateGeometry()
        self._update_accessibility()
        self.update()

    def select(self, day: date) -> None:
        """Move the selection; into another month, ask for that month's data."""
        if day > self._today or day == self._selected:
            return
        self._selected = day
        if (day.year, day.month) != (self._month.year, self._month.month):
            self._month = MonthCalendar(day.year, day.month, {})
            self.updateGeometry()
            self.month_requested.emit(day.year, day.month)
        self._update_accessibility()
        self.update()

    # -- geometry ---------------------------------------------------------------------

    def _cell(self) -> int:
        return max(CELL_MIN, min(CELL_MAX, self.width() // 7 - GAP))

    def sizeHint(self) -> QSize:
        return QSize(7 * (CELL_MAX + GAP), HEADER + 6 * (CELL_MAX + GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * (CELL_MIN + GAP), HEADER + 6 * (CELL_MIN + GAP))

    def cell_rect(self, day: date) -> QRect:
        size = self._cell()
        offset = self._month.first.weekday()
        index = offset + day.day - 1
        row, column = divmod(index, 7)
        return QRect(column * (size + GAP), HEADER + row * (size + GAP), size, size)

    def day_at(self, point: QPoint) -> date | None:
        for week in self._month.weeks():
            for day in week:
                if day is not None and self.cell_rect(day).contains(point):
                    return day
        return None

    # -- drawing ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self._cell()
        text = palette.color(QPalette.ColorRole.WindowText)
        faded = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(faded)
        for column, initial in enumerate(WEEKDAY_INITIALS):
            painter.drawText(
                QRect(column * (size + GAP), 0, size, HEADER),
                Qt.AlignmentFlag.AlignCenter,
                initial,
            )
        small = painter.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        radius = size / 6
        for week in self._month.weeks():
            for day in week:
                if day is None:
                    continue
                rect = self.cell_rect(day)
                cell = self._month.days.get(day)
                future = day > self._today
                paint_day(painter, rect, cell, palette, future=future, radius=radius)
                if future:
                    number_colour = faded
                elif cell is not None and cell.mean_mood is not None:
                    number_colour = text_on(mood_colour(cell.mean_mood))
                else:
                    number_colour = text
                painter.setPen(number_colour)
                painter.drawText(
                    rect.adjusted(4, 2, -3, -2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    str(day.day),
                )
        if (self._today.year, self._today.month) == (self._month.year, self._month.month):
            paint_today(painter, self.cell_rect(self._today), palette, radius)
        if (self._selected.year, self._selected.month) == (self._month.year, self._month.month):
            self._paint_selection(painter, radius, 2)
        painter.end()

    # -- input ------------------------------------------------------------------------

    def _jump(self, key: Qt.Key) -> date | None:
        day = self._selected
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            year, month = shift_month(day.year, day.month, -1 if key == Qt.Key.Key_PageUp else 1)
            return min(clamp_day(day, year, month), self._today)
        if key == Qt.Key.Key_Home:
            return self._month.first
        if key == Qt.Key.Key_End:
            return min(self._month.last, self._today)
        return None

    def _opens(self, day: date) -> bool:
        return day <= self._today

    # -- accessibility ----------------------------------------------------------------

    def _title(self) -> str:
        return f"Month calendar, {self._month.first:%B %Y}"

    def describe(self, day: date) -> str:
        return describe_day(day, self._month.days.get(day), self._today)
