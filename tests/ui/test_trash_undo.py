"""Undo of "Move to trash": Ctrl+Z brings the entry back once the editor has nothing of
its own to undo, and the offer lasts long enough to notice a slip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.journal import EntryFilter
from app.ui.controller import AppController
from app.ui.journal import trash_undo
from app.ui.main_window import MainWindow


def _trash_one(qtbot: QtBot, opened: AppController) -> tuple[MainWindow, str]:
    assert opened.workspace is not None and opened.main_window is not None
    journal = opened.workspace.journal
    journal.create("Stays", "another entry")
    entry = journal.create("Keep me", "Important words")
    window = opened.main_window
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    page = window.journal_page
    page.load()
    qtbot.waitUntil(lambda: page.model.row_of(entry.id) is not None, timeout=20_000)
    page.open_entry(entry.id)
    qtbot.waitUntil(lambda: page.editor.entry_id == entry.id, timeout=20_000)
    page.editor.body.setFocus()
    with qtbot.waitSignal(page.moved_to_trash):
        window.delete_action.trigger()
    qtbot.waitUntil(lambda: page.editor.entry_id not in (None, entry.id))
    return window, entry.id


def test_ctrl_z_in_the_editor_brings_back_the_entry_just_moved_to_the_trash(
    qtbot: QtBot, opened: AppController
) -> None:
    window, entry_id = _trash_one(qtbot, opened)
    assert opened.workspace is not None
    editor = window.journal_page.editor
    assert editor.body.hasFocus()
    assert not editor.body.document().isUndoAvailable()
    QTest.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.entry_id == entry_id)
    assert opened.workspace.journal.count(EntryFilter(in_trash=True)) == 0
    assert not window.banner.isVisible()
    assert not window.trash_undo.action.isEnabled()  # used once, then gone


def test_ctrl_z_undoes_typing_first_and_never_restores_over_it(
    qtbot: QtBot, opened: AppController
) -> None:
    window, entry_id = _trash_one(qtbot, opened)
    editor = window.journal_page.editor
    editor._pause_timer.setInterval(3_600_000)  # keep the typing unsaved for the test
    editor._max_wait_timer.setInterval(3_600_000)
    before = editor.body.toPlainText()
    QTest.keyClicks(editor.body, "x")
    QTest.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == before
    assert editor.entry_id != entry_id
    assert window.trash_undo.entry_id == entry_id  # still on offer: nothing was saved


def test_the_undo_offer_lasts_half_a_minute_and_ends_with_a_newer_change(
    qtbot: QtBot, opened: AppController
) -> None:
    window, _entry_id = _trash_one(qtbot, opened)
    undo = window.trash_undo
    assert trash_undo.UNDO_SECONDS >= 30
    assert undo._expiry.interval() == trash_undo.UNDO_SECONDS * 1000
    assert window.banner._timer.interval() == trash_undo.UNDO_SECONDS * 1000
    assert undo.action.isEnabled() and window.banner.isVisible()
    editor = window.journal_page.editor
    QTest.keyClicks(editor.body, " more")
    assert editor.flush()  # a saved edit is a newer change: Ctrl+Z is the editor's again
    assert undo.entry_id is None and not undo.action.isEnabled()
    assert not window.banner.isVisible()


def test_the_undo_offer_ends_when_its_time_is_up(qtbot: QtBot, opened: AppController) -> None:
    window, _entry_id = _trash_one(qtbot, opened)
    window.trash_undo._expiry.timeout.emit()
    assert window.trash_undo.entry_id is None
    assert not window.trash_undo.action.isEnabled()
