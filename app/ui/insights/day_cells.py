"""How one day looks in a calendar, shared by the year and month views and their legend.

- a mood: filled with the mood colour;
- checked in without a mood rating: an outline with a dot;
- no check-in: an outline only, so it can never be mistaken for a low day;
- still to come: a faint dot, no outline, so the future never looks like a missed day;
- today: a ring in the text colour around whichever of these it is.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from app.core.insights import CalendarDay
from app.ui.insights.colors import mood_colour


def between(palette: QPalette, share: float) -> QColor:
    """The background moved ``share`` of the way to the text colour: a faint mark that
    shows in light and dark themes alike (the palette's "mid" nearly vanishes in dark)."""
    back = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return QColor.fromRgbF(
        back.redF() + (text.redF() - back.redF()) * share,
        back.greenF() + (text.greenF() - back.greenF()) * share,
        back.blueF() + (text.blueF() - back.blueF()) * share,
    )


def paint_day(
    painter: QPainter,
    rect: QRect,
    cell: CalendarDay | None,
    palette: QPalette,
    *,
    future: bool = False,
    radius: float = 3.0,
) -> None:
    empty_pen = QPen(between(palette, 0.3), 1)
    if future:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(between(palette, 0.25))
        dot = max(1.5, rect.width() / 7)
        painter.drawEllipse(QRectF(rect).center(), dot, dot)
    elif cell is None or cell.mean_mood is None:
        painter.setPen(empty_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
        if cell is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.WindowText))
            dot = max(1.0, rect.width() / 6)
            painter.drawEllipse(QRectF(rect).center(), dot, dot)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mood_colour(cell.mean_mood))
        painter.drawRoundedRect(rect, radius, radius)


def paint_today(painter: QPainter, rect: QRect, palette: QPalette, radius: float = 3.0) -> None:
    """A ring just outside the cell, in the text colour (selection uses the highlight)."""
    painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect).adjusted(-1, -1, 1, 1), radius + 1, radius + 1)


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour`` (for day numbers)."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#ffffff")
