"""The openings page by keyboard and in a narrow window: Tab reaches the list's buttons,
a long opening ends in "…" inside the list, and the list is as wide as its buttons."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from app.ui.jobsearch.feature import PAGE_KEY, JobSearchFeature
from app.ui.jobsearch.openings_page import OpeningsPage
from app.ui.main_window import MainWindow
from tests.ui.jobsearch.conftest import settle
from tests.ui.jobsearch.test_openings_widgets import STAGES, TODAY, VIAS, opening

LONG_ROLE = "Senior collections and digital archives assistant, University Press"


def _page(qtbot: QtBot, width: int) -> tuple[QWidget, OpeningsPage]:
    """The page inside a window after a list of sections, as the main window holds it."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    sections = QListWidget(window)
    sections.setAccessibleName("Sections")
    sections.setFixedWidth(120)
    layout.addWidget(sections)
    page = OpeningsPage(VIAS, STAGES, TODAY)
    layout.addWidget(page, 1)
    window.resize(width + 140, 500)
    window.show()
    page.show_openings(
        [
            replace(opening("long"), role=LONG_ROLE),
            opening("short"),
            opening("old", closed=True, folded=True),
        ]
    )
    qtbot.waitExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window, page


def test_tab_from_the_sections_reaches_the_tabs_add_opening_show_closed_and_the_list(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    window.show()
    window.show_page(PAGE_KEY)
    settle(opened.context)
    page = feature.openings.page
    page.list.show_closed.show()  # offered when something is folded
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    tabs = page.tabs.tabBar()
    assert visited == [tabs, page.list.add_button, page.list.show_closed, page.list.list]


def test_a_long_opening_ends_inside_a_narrow_list_with_its_full_text_as_tooltip(
    qtbot: QtBot,
) -> None:
    _window, page = _page(qtbot, 560)
    view = page.list.list
    qtbot.waitUntil(lambda: view.viewport().width() < 300)
    item = view.item(page.list.shown_ids().index("long"))
    rect = view.visualItemRect(item)
    assert rect.right() <= view.viewport().rect().right()
    assert LONG_ROLE in item.toolTip()


def test_the_list_is_never_narrower_than_its_buttons(qtbot: QtBot) -> None:
    _window, page = _page(qtbot, 400)
    row = page.list.layout().itemAt(0)
    assert row is not None
    assert page.list.width() >= row.minimumSize().width()
    button_room = page.list.show_closed.geometry().right() - page.list.add_button.x()
    needed = page.list.add_button.sizeHint().width() + page.list.show_closed.sizeHint().width()
    assert button_room >= needed
