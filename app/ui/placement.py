"""Keep a window on screen: a window opened again (a second start, the tray) may remember
a place on a monitor that is gone, or be larger than a small screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_on_screen(window: QWidget) -> None:
    """Centre ``window`` on the available area of the screen it belongs on (the one under
    the pointer if it is on none) when any part of it would be off that screen, and shrink
    it to that area if it is larger."""
    screen = QGuiApplication.screenAt(window.geometry().center())
    if screen is None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    border_w = frame.width() - window.width()
    border_h = frame.height() - window.height()
    width = min(window.width(), area.width() - border_w)
    height = min(window.height(), area.height() - border_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    placed = QRect(window.frameGeometry().topLeft(), window.frameGeometry().size())
    if area.contains(placed):
        return
    centred = QRect(QPoint(0, 0), placed.size())
    centred.moveCenter(area.center())
    window.move(centred.topLeft())


def grow_to_fit(window: QWidget) -> None:
    """Grow taller when wrapped text needs it after something was shown: a window does not
    follow its text's height for its width by itself, and would squeeze its rows together."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    if needed > window.height():
        window.resize(window.width(), needed)
