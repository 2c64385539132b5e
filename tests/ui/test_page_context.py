"""What the window shows around a page: "That day" lands on the day's details (not the top
of Insights), and the journal's save state is shown only on the journal page."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.ui.controller import AppController


def visible_in_scroll(view: QWidget, widget: QWidget) -> bool:
    """True when the top of ``widget`` is inside the scroll area's viewport."""
    viewport = view.scroll_area.viewport()  # type: ignore[attr-defined]
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return QRect(0, 0, viewport.width(), viewport.height()).contains(top_left)


def test_that_day_scrolls_to_the_days_details_and_focuses_them(
    qtbot: QtBot, opened: AppController
) -> None:
    window, features, workspace = opened.main_window, opened.features, opened.workspace
    assert window is not None and features is not None and workspace is not None
    day = date(2025, 6, 10)  # another year than the calendar opens on
    moment = datetime.combine(day, time(19, 30)).astimezone()
    entry = workspace.journal.create("A long day", "words", created_at=moment)
    workspace.checkins.backfill(CheckInValues(mood=2), moment)
    window.resize(1000, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.journal_page
    page.load()
    page.open_entry(entry.id)
    qtbot.waitUntil(lambda: page.editor.entry_id == entry.id, timeout=15_000)

    page.editor.day_button.click()
    assert window.current_page_key() == "insights"
    view = features.insights()
    panel = view.day_panel  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.title.text() == "Tuesday 10 June 2025", timeout=15_000)
    qtbot.waitUntil(lambda: visible_in_scroll(view, panel), timeout=5_000)
    assert view.scroll_area.verticalScrollBar().value() > 0  # type: ignore[attr-defined]
    calendar = view.calendar_panel.calendar  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: calendar.year == 2025 and calendar.selected_day == day)
    qtbot.waitUntil(lambda: panel.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
    assert QApplication.focusWidget() is panel.buttons[0]  # the day's check-in, "Edit"


def test_the_save_state_shows_only_on_the_journal_page(qtbot: QtBot, opened: AppController) -> None:
    window = opened.main_window
    assert window is not None
    window.show()
    qtbot.waitExposed(window)
    window.show_page("home")
    assert window.current_page_key() == "home"
    assert not window.save_status.isVisible()
    window.show_page("journal")
    assert window.save_status.isVisible()
    assert window.save_status.text() == "New entry"
    for key in ("insights", "support", "trash"):
        window.show_page(key)
        assert not window.save_status.isVisible(), key
