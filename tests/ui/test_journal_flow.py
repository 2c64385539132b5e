"""Writing, autosave, search, trash with undo, lock (by hand and when idle)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.errors import StorageError
from app.core.journal import EntryFilter
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.vault.unlock_window import UnlockWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import FakeIdleClock


def _no_autosave(editor: object) -> None:
    """Keep typed text unsaved until the test says otherwise (a slow machine could let
    the autosave timer fire in the middle of typing)."""
    editor._pause_timer.setInterval(3_600_000)  # type: ignore[attr-defined]
    editor._max_wait_timer.setInterval(3_600_000)  # type: ignore[attr-defined]


def _entries(app_context: AppContext) -> list[tuple[str, str]]:
    vault = Vault.open_with_passphrase(app_context.paths.vault, PASSPHRASE)
    try:
        journal = Workspace.open(vault).journal
        return [
            (journal.get(item.id).title, journal.get(item.id).body)
            for item in journal.list_page()[0]
        ]
    finally:
        vault.lock()


def test_typing_is_saved_automatically_after_a_pause(qtbot: object, opened: AppController) -> None:
    window = opened.main_window
    assert window is not None
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, "First day")  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.body, "I wrote something small.")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=3000)  # type: ignore[attr-defined]
    assert opened.workspace is not None
    saved = opened.workspace.journal.get(editor.entry_id or "")
    assert (saved.title, saved.body) == ("First day", "I wrote something small.")
    assert window.journal_page.model.rowCount() == 1
    assert window.save_status.text() == "Saved"


def test_lock_saves_unsaved_text_and_clears_every_view(
    qtbot: object, opened: AppController, app_context: AppContext
) -> None:
    window = opened.main_window
    assert window is not None
    editor = window.journal_page.editor
    editor.body.setFocus()
    _no_autosave(editor)
    qtbot.keyClicks(editor.body, "typed just before locking")  # type: ignore[attr-defined]
    assert editor.is_dirty
    QTest.keySequence(window, "Ctrl+L")
    assert opened.workspace is None
    assert opened.main_window is None
    assert editor.body.toPlainText() == ""
    assert not editor.body.document().isUndoAvailable()
    assert window.journal_page.model.rowCount() == 0
    assert isinstance(opened.gate, UnlockWindow)
    assert _entries(app_context) == [("", "typed just before locking")]


def test_idle_lock_after_the_timeout_with_an_injected_clock(
    qtbot: object, opened: AppController, app_context: AppContext, idle_clock: FakeIdleClock
) -> None:
    window = opened.main_window
    assert window is not None
    qtbot.keyClicks(window.journal_page.editor.body, "a thought")  # type: ignore[attr-defined]
    idle_clock.advance(app_context.config.idle_lock_minutes * 60 - 1)
    opened.idle.check()
    assert opened.workspace is not None
    idle_clock.advance(2)
    opened.idle.check()
    assert opened.workspace is None
    assert "locked" in opened.gate.note.text()  # type: ignore[union-attr]
    assert _entries(app_context) == [("", "a thought")]


def test_activity_postpones_the_idle_lock(
    qtbot: object, opened: AppController, app_context: AppContext, idle_clock: FakeIdleClock
) -> None:
    window = opened.main_window
    assert window is not None
    idle_clock.advance(app_context.config.idle_lock_minutes * 60 - 5)
    qtbot.keyClick(window.journal_page.editor.body, Qt.Key.Key_A)  # type: ignore[attr-defined]
    idle_clock.advance(10)
    opened.idle.check()
    assert opened.workspace is not None


def test_search_shows_ranked_hits_and_explains_bad_queries(
    qtbot: object, opened: AppController
) -> None:
    assert opened.workspace is not None and opened.main_window is not None
    journal = opened.workspace.journal
    journal.create("Interview day", "They asked about teamwork.")
    journal.create("Walk", "The river was high after the rain.")
    page = opened.main_window.journal_page
    with qtbot.waitSignal(page.model.loaded):  # type: ignore[attr-defined]
        page.load()
    page.search("river")
    qtbot.waitUntil(lambda: page.model.is_search)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 1
    assert "<b>river</b>" in page.model.data(page.model.index(0), Qt.ItemDataRole.UserRole + 6)
    page.search('"unfinished phrase')
    qtbot.waitUntil(lambda: "quote" in page.filters.search_error.text())  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.model.loaded):  # type: ignore[attr-defined]
        page.search("")
    assert page.model.rowCount() == 2


def test_delete_moves_to_trash_and_undo_brings_it_back(
    qtbot: object, opened: AppController
) -> None:
    assert opened.workspace is not None and opened.main_window is not None
    journal = opened.workspace.journal
    entry = journal.create("Keep me", "Important words")
    window = opened.main_window
    page = window.journal_page
    with qtbot.waitSignal(page.model.loaded):  # type: ignore[attr-defined]
        page.load()
    page.open_entry(entry.id)
    qtbot.waitUntil(lambda: page.editor.entry_id == entry.id)  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.moved_to_trash):  # type: ignore[attr-defined]
        window.delete_action.trigger()
    assert journal.count() == 0
    assert journal.count(EntryFilter(in_trash=True)) == 1
    assert page.model.row_of(entry.id) is None
    assert window.banner.isVisibleTo(window)
    window.banner.action_button.click()
    qtbot.waitUntil(lambda: page.editor.entry_id == entry.id)  # type: ignore[attr-defined]
    assert journal.count() == 1
    assert page.model.row_of(entry.id) is not None


def test_a_failed_save_keeps_the_text_and_says_why(
    qtbot: object, opened: AppController, monkeypatch: object
) -> None:
    assert opened.workspace is not None and opened.main_window is not None
    journal = opened.workspace.journal

    def disk_full(*args: object, **kwargs: object) -> None:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(journal, "create", disk_full)  # type: ignore[attr-defined]
    editor = opened.main_window.journal_page.editor
    _no_autosave(editor)
    qtbot.keyClicks(editor.body, "precious words")  # type: ignore[attr-defined]
    assert editor.flush() is False
    assert editor.body.toPlainText() == "precious words"
    assert editor.is_dirty
    assert "disk is full" in opened.main_window.banner.text.text()
    monkeypatch.undo()  # type: ignore[attr-defined]
    assert editor.flush() is True
    assert journal.get(editor.entry_id or "").body == "precious words"


def test_new_entry_shortcut_starts_a_blank_entry(qtbot: object, opened: AppController) -> None:
    assert opened.workspace is not None and opened.main_window is not None
    opened.workspace.journal.create("Old", "text")
    window = opened.main_window
    window.journal_page.load()
    qtbot.waitUntil(lambda: window.journal_page.editor.entry_id is not None)  # type: ignore[attr-defined]
    window.new_action.trigger()
    assert window.journal_page.editor.entry_id is None
    assert window.journal_page.editor.title.text() == ""


def test_vault_created_with_test_params_is_used(app_context: AppContext) -> None:
    # Guard: UI tests must never pay for the real Argon2 cost.
    assert app_context.kdf_params == TEST_PARAMS


def test_tab_goes_from_title_to_tags_to_text(qtbot: object, opened: AppController) -> None:
    assert opened.main_window is not None
    window = opened.main_window
    window.show_page("journal")
    window.activateWindow()
    editor = window.journal_page.editor
    editor.start_new()
    editor.title.setFocus()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(editor.title, Qt.Key.Key_Tab)
    assert editor.tags.hasFocus()
    QTest.keyClick(editor.tags, Qt.Key.Key_Return)
    assert editor.body.hasFocus()


def test_trash_restores_and_erases_for_good(
    qtbot: object, opened: AppController, monkeypatch: object
) -> None:
    assert opened.workspace is not None and opened.main_window is not None
    journal = opened.workspace.journal
    keep, erase = journal.create("Keep", "a"), journal.create("Erase", "b")
    journal.move_to_trash(keep.id)
    journal.move_to_trash(erase.id)
    window = opened.main_window
    window.show_page("trash")
    page = window.trash_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # type: ignore[attr-defined]
    page.list.setCurrentIndex(page.model.index(page.model.row_of(keep.id) or 0))
    qtbot.waitUntil(lambda: "Keep" in page.preview.toPlainText())  # type: ignore[attr-defined]
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.model.row_of(keep.id) is None)  # type: ignore[attr-defined]
    assert journal.count() == 1
    monkeypatch.setattr(page, "_confirm", lambda question, detail: True)  # type: ignore[attr-defined]
    page.list.setCurrentIndex(page.model.index(page.model.row_of(erase.id) or 0))
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # type: ignore[attr-defined]
    assert journal.count(EntryFilter(in_trash=True)) == 0
    assert journal.search("Erase") == []


def test_journal_and_trash_never_touch_the_database_on_the_ui_thread(
    qtbot: object, opened: AppController, monkeypatch: object
) -> None:
    """Listing, opening, searching, trashing, restoring and previewing all run on the
    task runner's thread; only the editor's autosave writes on the UI thread."""
    import threading

    assert opened.workspace is not None and opened.main_window is not None
    journal = opened.workspace.journal
    entry = journal.create("Read me", "somewhere else")
    journal.move_to_trash(journal.create("In the bin", "gone").id)
    on_ui_thread: list[str] = []
    ui_thread = threading.current_thread()
    for name in (
        "list_page",
        "get",
        "search",
        "count_matches",
        "move_to_trash",
        "restore_from_trash",
        "tags",
    ):
        real = getattr(journal, name)

        def watched(*args: object, _real=real, _name=name, **kwargs: object) -> object:
            if threading.current_thread() is ui_thread:
                on_ui_thread.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(journal, name, watched)  # type: ignore[attr-defined]
    window = opened.main_window
    page = window.journal_page

    with qtbot.waitSignal(page.model.loaded):  # type: ignore[attr-defined]
        page.load()
    page.open_entry(entry.id)
    qtbot.waitUntil(lambda: page.editor.entry_id == entry.id)  # type: ignore[attr-defined]
    page.search("somewhere")
    qtbot.waitUntil(lambda: page.model.is_search and page.model.rowCount() == 1)  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.moved_to_trash):  # type: ignore[attr-defined]
        page.delete_current()
    page.restore(entry.id)
    qtbot.waitUntil(lambda: page.editor.entry_id == entry.id)  # type: ignore[attr-defined]
    window.show_page("trash")
    trash = window.trash_page
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1)  # type: ignore[attr-defined]
    trash.list.setCurrentIndex(trash.model.index(0))
    qtbot.waitUntil(lambda: "In the bin" in trash.preview.toPlainText())  # type: ignore[attr-defined]
    trash.restore_button.click()
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0)  # type: ignore[attr-defined]
    opened.context.runner.wait_until_idle()

    assert on_ui_thread == []
