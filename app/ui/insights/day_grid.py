"""What the month and year calendars share: one selected day, which has the keyboard.

Arrow keys move it by the calendar's own steps, other keys jump it where the calendar
says (Home, End, ...), Enter, Space or a click opens it. A ring in the highlight colour
marks it, a pixel thicker while the calendar has focus. A screen reader hears the
calendar's name, then the selected day (``describe_day``) and the keys to use.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from app.core.insights import CalendarDay
from app.core.plural import plural
from app.ui.dates import display_date

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def describe_day(day: date, cell: CalendarDay | None, today: date | None = None) -> str:
    when = display_date(day, year=True)
    if today is not None and day == today:
        when += " (today)"
    elif today is not None and day > today:
        return f"{when}: still to come"
    if cell is None:
        return f"{when}: no check-in"
    count = plural(cell.checkins, "check-in")
    if cell.mean_mood is None:
        return f"{when}: {count}, without a mood rating"
    return f"{when}: mood averaged {cell.mean_mood:.1f} from {count}"


class DayGridWidget(QWidget):
    """A calendar of day cells; a subclass lays them out, paints them and says its name."""

    day_activated = Signal(object)  # date: clicked, or Enter on the selected day

    ARROW_STEPS: ClassVar[dict[Qt.Key, int]] = {}  # days each arrow key moves the selection
    KEYS_HINT: ClassVar[str] = ""  # read after the selected day: how to move and open

    _selected: date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- what a calendar says about itself ----------------------------------------------

    def select(self, day: date) -> None:
        raise NotImplementedError

    def cell_rect(self, day: date) -> QRect:
        raise NotImplementedError

    def day_at(self, point: QPoint) -> date | None:
        raise NotImplementedError

    def describe(self, day: date) -> str:
        """The day as a screen reader hears it (``describe_day`` with the calendar's data)."""
        raise NotImplementedError

    def _title(self) -> str:
        """The calendar's accessible name."""
        raise NotImplementedError

    def _jump(self, key: Qt.Key) -> date | None:
        """Where a key other than an arrow takes the selection, if anywhere."""
        return None

    def _opens(self, day: date) -> bool:
        """Whether a click on ``day`` may choose and open it."""
        return True

    # -- shared -------------------------------------------------------------------------

    def _paint_selection(self, painter: QPainter, radius: float, width: int) -> None:
        """The selected day's ring: ``width`` pixels (one more with focus), its corners
        rounder than the cell's ``radius`` by as much."""
        ring = self.cell_rect(self._selected).adjusted(-3, -3, 3, 3)
        pen_width = width + 1 if self.hasFocus() else width
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), pen_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(ring, radius + width, radius + width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self.ARROW_STEPS:
            self.select(self._selected + timedelta(days=self.ARROW_STEPS[key]))
        elif (target := self._jump(key)) is not None:
            self.select(target)
        elif key in OPEN_KEYS:
            self.day_activated.emit(self._selected)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is None or not self._opens(day):
            super().mousePressEvent(event)
            return
        self.select(day)
        self.day_activated.emit(day)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()  # the ring thickens
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _update_accessibility(self) -> None:
        self.setAccessibleName(self._title())
        self.setAccessibleDescription(self.describe(self._selected) + self.KEYS_HINT)
