"""Switching between light and dark while Tend runs repaints everything, no restart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.core.insights import TrendRange
from app.ui import theme
from app.ui.controller import AppController
from app.ui.design import tokens
from app.ui.insights.range_selector import RangeSelector
from app.ui.insights.trend_chart import ScaleChart
from app.ui.notices import Level
from tests.ui.design.test_sentence_case import title_case_words


def painted(widget: QWidget, x: int = 3, y: int | None = None) -> QColor:
    """The colour actually painted at a point of the widget (near its bottom-left)."""
    image = widget.grab().toImage()
    return image.pixelColor(x, image.height() - 4 if y is None else y)


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    theme.apply(qapp, "light")
    yield
    theme.apply(qapp, "light")


@pytest.mark.usefixtures("light_again")
def test_switching_to_dark_at_run_time_darkens_the_sidebar_cards_and_notices(
    opened: AppController, qapp: QApplication
) -> None:
    window, features = opened.main_window, opened.features
    assert window is not None and features is not None
    window.resize(1100, 720)
    window.show()
    window.show_page("home")
    card = features.home.prompt_card
    window.banner.show_notice("Saved.", Level.INFO)
    qapp.processEvents()
    light = tokens(False)
    assert painted(window.nav) == QColor(light.sidebar)
    assert painted(card, 20) == QColor(light.card)
    banner_light = painted(window.banner, 20)

    theme.apply(qapp, "dark")
    qapp.processEvents()
    dark = tokens(True)
    assert painted(window.nav) == QColor(dark.sidebar)
    assert painted(card, 20) == QColor(dark.card)
    assert painted(window.banner, 20).lightness() < banner_light.lightness() - 100

    theme.apply(qapp, "light")
    qapp.processEvents()
    assert painted(window.nav) == QColor(light.sidebar)
    assert painted(card, 20) == QColor(light.card)


@pytest.mark.usefixtures("light_again")
def test_charts_take_the_new_background_at_run_time(
    opened: AppController, qapp: QApplication, qtbot: QtBot
) -> None:
    window = opened.main_window
    assert window is not None
    window.show()
    window.show_page("insights")
    opened.context.runner.wait_until_idle()
    qtbot.waitUntil(lambda: bool(window.findChildren(ScaleChart)), timeout=5000)
    chart = window.findChildren(ScaleChart)[0]
    # A widget with its own palette(...) style sheet: the checked range button.
    checked = window.findChildren(RangeSelector)[0].button(TrendRange.THREE_MONTHS)
    assert painted(checked, 6, 6) == QColor(tokens(False).accent)
    theme.apply(qapp, "dark")
    qapp.processEvents()
    assert chart.plot.backgroundBrush().color() == QColor(tokens(True).base)
    assert painted(checked, 6, 6) == QColor(tokens(True).accent)


@pytest.mark.usefixtures("light_again")
def test_the_system_scheme_is_followed_only_when_settings_say_system(qapp: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    choice = "system"
    slot = theme.follow_system(qapp, lambda: choice)
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the desktop does
        assert theme.current_tokens(qapp) == tokens(True)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert theme.current_tokens(qapp) == tokens(False)
        choice = "light"
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.current_tokens(qapp) == tokens(False)
    finally:
        hints.colorSchemeChanged.disconnect(slot)


def test_the_menus_speak_in_sentence_case(opened: AppController) -> None:
    window = opened.main_window
    assert window is not None
    texts = [
        action.text()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.text()
    ]
    assert "&New entry" in texts
    assert [text for text in texts if title_case_words(text)] == []
