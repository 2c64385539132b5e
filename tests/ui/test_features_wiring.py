"""The features are reachable from the main window: check in with one shortcut, start an
entry from a prompt, and go from an entry to its day and back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.controller import AppController


def test_ctrl_k_opens_the_check_in_and_saving_updates_home(
    qtbot: object, opened: AppController
) -> None:
    window, features = opened.main_window, opened.features
    assert window is not None and features is not None and opened.workspace is not None
    QTest.keySequence(window, "Ctrl+K")
    qtbot.waitUntil(lambda: features.checkin_flow.dialog is not None)  # type: ignore[attr-defined]
    dialog = features.checkin_flow.dialog
    assert dialog is not None and dialog.isVisible()
    for key in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_2):
        QTest.keyClick(dialog.focusWidget(), key)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "You checked in once today" in features.home.checkin_summary.text())  # type: ignore[attr-defined]
    saved = opened.workspace.checkins.for_day(opened.context.clock().date())
    assert [(c.mood, c.energy, c.interest, c.focus) for c in saved] == [(4, 2, 3, 2)]
    assert "mood 4" in features.home.checkin_summary.text()


def test_writing_about_a_prompt_quotes_it_in_the_text_with_no_clipped_title(
    qtbot: object, opened: AppController
) -> None:
    window, features = opened.main_window, opened.features
    assert window is not None and features is not None and opened.workspace is not None
    prompt = features.home.prompt_card.prompt()
    features.home.prompt_card.write.click()
    assert window.current_page_key() == "journal"
    editor = window.journal_page.editor
    assert editor.title.text() == ""
    assert editor.body.toPlainText() == f"> {prompt.text}\n\n"
    assert editor.body.hasFocus() or editor.body.textCursor().atEnd()
    assert editor.entry_id is None
    QTest.keyClicks(editor.body, "It went better than I feared.")
    assert editor.flush()
    saved = opened.workspace.journal.get(editor.entry_id)  # type: ignore[arg-type]
    assert saved.body == f"> {prompt.text}\n\nIt went better than I feared."
    assert saved.title == ""
    assert saved.summary().display_title == "It went better than I feared."


def test_a_prompt_left_unwritten_keeps_no_entry(qtbot: object, opened: AppController) -> None:
    window, features = opened.main_window, opened.features
    assert window is not None and features is not None and opened.workspace is not None
    features.home.prompt_card.write.click()
    editor = window.journal_page.editor
    assert editor.flush()
    window.show_page("home")
    window.journal_page.new_entry()
    assert editor.entry_id is None
    assert opened.workspace.journal.count() == 0


def test_an_entry_leads_to_its_day_and_the_day_back_to_the_entry(
    qtbot: object, opened: AppController
) -> None:
    window, features = opened.main_window, opened.features
    assert window is not None and features is not None and opened.workspace is not None
    entry = opened.workspace.journal.create("A day", "words")
    window.journal_page.load()
    window.journal_page.open_entry(entry.id)
    qtbot.waitUntil(lambda: window.journal_page.editor.entry_id == entry.id)  # type: ignore[attr-defined]
    window.journal_page.editor.day_button.click()
    assert window.current_page_key() == "insights"
    insights = features.insights()
    qtbot.waitUntil(
        lambda: (
            insights.day_panel._detail is not None
            and insights.day_panel._detail.day == entry.created_at.date()
            and bool(insights.day_panel._detail.entries)
        )
    )  # type: ignore[attr-defined]
    window.journal_page.new_entry()
    insights.open_entry_requested.emit(entry.id)  # type: ignore[attr-defined]
    assert window.current_page_key() == "journal"
    qtbot.waitUntil(lambda: window.journal_page.editor.entry_id == entry.id)  # type: ignore[attr-defined]
