"""Two small bar charts drawn with QPainter: mood by weekday, and one scale's spread.

Each bar says what it is in a tooltip and in the chart's accessible description, so the
figures are there for a screen reader and on hover, not only as shapes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.core.checkins.model import SCALE_MAX, SCALE_MIN
from app.core.checkins.scales import SCALE_INFO
from app.core.insights.patterns import ScaleSpread, WeekdayMood, WeekdayPattern
from app.core.insights.views_wording import describe_rating, describe_weekday
from app.ui.insights.colors import scale_colour

FADED_ALPHA = 0.35  # bars with too few days behind them
WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class _Bars(QWidget):
    """A row of labelled bars: value text above, a label (and a note) below."""

    def __init__(self, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._height = height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(60 * self.bar_count(), self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(24 * self.bar_count(), self._height)

    # What subclasses describe.
    def bar_count(self) -> int:
        raise NotImplementedError

    def bar(self, index: int) -> tuple[float, str, str, str, QColor]:
        """(fraction of full height, value text, label, note, colour) for one bar."""
        raise NotImplementedError

    def bar_words(self, index: int) -> str:
        raise NotImplementedError

    def _slot(self, index: int) -> QRect:
        width = self.width() / self.bar_count()
        return QRect(int(index * width), 0, int(width), self.height())

    def _label_lines(self) -> int:
        return 2 if any(self.bar(i)[3] for i in range(self.bar_count())) else 1

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        faded = palette.color(QPalette.ColorRole.PlaceholderText)
        line = self.fontMetrics().height()
        bottom = self.height() - line * self._label_lines() - 4
        top = line + 2
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, bottom, self.width(), bottom)
        for index in range(self.bar_count()):
            fraction, value, label, note, colour = self.bar(index)
            slot = self._slot(index)
            bar_width = max(8, min(36, int(slot.width() * 0.55)))
            height = int((bottom - top) * max(0.0, min(1.0, fraction)))
            bar = QRect(slot.center().x() - bar_width // 2, bottom - height, bar_width, height)
            if height > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text if colour.alphaF() == 1 else faded)
            painter.drawText(
                QRect(slot.x(), bar.top() - line - 2, slot.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                value,
            )
            painter.setPen(text)
            painter.drawText(
                QRect(slot.x(), bottom + 2, slot.width(), line), Qt.AlignmentFlag.AlignCenter, label
            )
            if note:
                painter.setPen(faded)
                painter.drawText(
                    QRect(slot.x(), bottom + 2 + line, slot.width(), line),
                    Qt.AlignmentFlag.AlignCenter,
                    note,
                )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = int(event.pos().x() // max(1, self.width() / self.bar_count()))
            if 0 <= index < self.bar_count():
                QToolTip.showText(event.globalPos(), self.bar_words(index), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _describe(self) -> None:
        self.setAccessibleDescription(
            ". ".join(self.bar_words(i) for i in range(self.bar_count())) + "."
        )


class WeekdayChart(_Bars):
    """Mean mood per weekday, Monday first, on the 1 to 5 scale; thin weekdays faded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(150, parent)
        self.setAccessibleName("Mood by weekday")
        self.pattern: WeekdayPattern | None = None
        self._describe()

    def set_pattern(self, pattern: WeekdayPattern) -> None:
        self.pattern = pattern
        self._describe()
        self.update()

    def _weekday(self, index: int) -> WeekdayMood:
        if self.pattern is None:
            return WeekdayMood(index, None, 0)
        return self.pattern.weekdays[index]

    def bar_count(self) -> int:
        return 7

    def bar(self, index: int) -> tuple[float, str, str, str, QColor]:
        weekday = self._weekday(index)
        colour = scale_colour("mood", self.palette())
        if not weekday.enough:
            colour.setAlphaF(FADED_ALPHA)
        days = "1 day" if weekday.days == 1 else f"{weekday.days} days"
        if weekday.mean is None:
            return 0.0, "", WEEKDAY_SHORT[index], days, colour
        return weekday.mean / SCALE_MAX, f"{weekday.mean:.1f}", WEEKDAY_SHORT[index], days, colour

    def bar_words(self, index: int) -> str:
        return describe_weekday(self._weekday(index))


class SpreadChart(_Bars):
    """How many check-ins gave each rating, 1 to 5, on one scale."""

    def __init__(self, scale: str, parent: QWidget | None = None) -> None:
        super().__init__(120, parent)
        self.spread = ScaleSpread(scale, (0,) * (SCALE_MAX - SCALE_MIN + 1))
        self.setAccessibleName(f"How your {SCALE_INFO[scale].label.lower()} ratings spread")
        self._describe()

    def set_spread(self, spread: ScaleSpread) -> None:
        self.spread = spread
        self._describe()
        self.update()

    def bar_count(self) -> int:
        return SCALE_MAX - SCALE_MIN + 1

    def bar(self, index: int) -> tuple[float, str, str, str, QColor]:
        rating = SCALE_MIN + index
        count = self.spread.count(rating)
        most = max(self.spread.counts) or 1
        value = str(count) if self.spread.total else ""
        return count / most, value, str(rating), "", scale_colour(self.spread.scale, self.palette())

    def bar_words(self, index: int) -> str:
        return describe_rating(self.spread, SCALE_MIN + index)
