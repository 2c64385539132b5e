"""Switching between light and dark while Tend runs repaints everything, no restart."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import theme
from app.ui.controller import AppController


def _background(widget: QWidget) -> QColor:
    """The colour actually painted near the widget's top-left corner."""
    image = widget.grab().toImage()
    return image.pixelColor(3, image.height() - 3)


def test_switching_to_dark_at_run_time_darkens_the_sidebar_and_cards(
    opened: AppController, qapp: QApplication
) -> None:
    theme.apply(qapp, "light")
    window = opened.main_window
    assert window is not None
    window.resize(1100, 720)
    window.show()
    window.show_page("home")
    qapp.processEvents()
    sidebar_light = _background(window.nav)
    assert sidebar_light.lightness() > 180

    theme.apply(qapp, "dark")
    qapp.processEvents()
    sidebar_dark = _background(window.nav)
    assert sidebar_dark.lightness() < 80, sidebar_dark.name()
    theme.apply(qapp, "light")
