"""An empty journal list or trash says why, kindly, and offers what fills it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.journal import EntryFilter
from app.ui.controller import AppController


def test_a_new_journal_says_nothing_is_written_yet_and_offers_a_new_entry(
    qtbot: QtBot, opened: AppController
) -> None:
    window = opened.main_window
    assert window is not None
    page = window.journal_page
    qtbot.waitUntil(lambda: page.empty.showing_empty, timeout=10_000)
    assert "Nothing written yet" in page.empty.note.text()
    assert page.new_button.text() == "New entry (Ctrl+N)"
    page.new_button.click()
    assert page.editor.entry_id is None
    assert window.focusWidget() is page.editor.body  # ready to type


def test_the_empty_note_gives_way_to_the_list_once_an_entry_is_saved(
    qtbot: QtBot, opened: AppController
) -> None:
    window = opened.main_window
    assert window is not None
    page = window.journal_page
    qtbot.waitUntil(lambda: page.empty.showing_empty, timeout=10_000)
    page.editor.body.setPlainText("a first line")
    assert page.editor.flush()
    qtbot.waitUntil(lambda: not page.empty.showing_empty)
    assert page.empty.currentWidget() is page.list


def test_a_filter_that_finds_nothing_says_how_to_see_everything(
    qtbot: QtBot, opened: AppController
) -> None:
    assert opened.workspace is not None and opened.main_window is not None
    opened.workspace.journal.create("Kept", "words", tags=["job"])
    page = opened.main_window.journal_page
    page.load()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.model.show_list(EntryFilter(tag="nothing-has-this"))
    qtbot.waitUntil(lambda: page.empty.showing_empty, timeout=10_000)
    assert "No entries with this tag or in these dates" in page.empty.note.text()


def test_an_empty_trash_says_what_it_is_for(qtbot: QtBot, opened: AppController) -> None:
    window = opened.main_window
    assert window is not None
    window.show_page("trash")
    trash = window.trash_page
    qtbot.waitUntil(lambda: trash.empty.showing_empty, timeout=10_000)
    assert trash.empty.note.text().startswith("The trash is empty")
    assert "brought back with Restore" in trash.empty.note.text()


def test_the_trash_shows_its_list_when_it_holds_an_entry(
    qtbot: QtBot, opened: AppController
) -> None:
    assert opened.workspace is not None and opened.main_window is not None
    journal = opened.workspace.journal
    journal.move_to_trash(journal.create("Gone", "words").id)
    window = opened.main_window
    window.show_page("trash")
    qtbot.waitUntil(lambda: window.trash_page.model.rowCount() == 1, timeout=10_000)
    qtbot.wait(10)
    assert not window.trash_page.empty.showing_empty
