"""Edit > Paste as Quote: the clipboard's text goes in as a Markdown block quote."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import LOSS_OF_INTEREST
from app.core.watcher.phrases import read_text
from app.ui.controller import AppController
from app.ui.journal.paste_as_quote import PasteAsQuote, as_block_quote
from tests.core.watcher.builders import source

EMAIL = "Dear applicant,\r\n\r\nWe have lost interest in your application.\r\nRegards"


def editor_with(qtbot: QtBot, text: str) -> tuple[QPlainTextEdit, PasteAsQuote]:
    body = QPlainTextEdit()
    qtbot.addWidget(body)
    body.setPlainText(text)
    body.moveCursor(body.textCursor().MoveOperation.End)
    return body, PasteAsQuote(body)


def test_every_line_gets_the_quote_mark() -> None:
    assert as_block_quote(EMAIL) == (
        "> Dear applicant,\n>\n> We have lost interest in your application.\n> Regards"
    )


def test_paste_as_quote_inserts_a_block_quote_on_its_own_lines(qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText(EMAIL)
    body, paster = editor_with(qtbot, "Another one today.")
    assert paster.paste()
    assert body.toPlainText() == (
        "Another one today.\n\n"
        "> Dear applicant,\n>\n> We have lost interest in your application.\n> Regards\n\n"
    )
    # One undo takes the whole quote away.
    body.undo()
    assert body.toPlainText() == "Another one today."


def test_pasted_as_quote_the_email_is_not_read_as_loss_of_interest(qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText(EMAIL)
    body, paster = editor_with(qtbot, "")
    plain = read_text(source(EMAIL), default_lexicon())
    assert LOSS_OF_INTEREST in {m.category for m in plain.signals}
    paster.paste()
    quoted = read_text(source(body.toPlainText()), default_lexicon())
    assert LOSS_OF_INTEREST not in {m.category for m in quoted.signals}


def test_nothing_happens_with_an_empty_clipboard(qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText("")
    body, paster = editor_with(qtbot, "mine")
    assert not paster.paste()
    assert body.toPlainText() == "mine"


def test_the_context_menu_offers_paste_as_quote_after_paste(qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText("something copied")
    _body, paster = editor_with(qtbot, "")
    menu = paster.context_menu()
    texts = [action.text() for action in menu.actions()]
    assert "Paste as &quote" in texts
    paste_at = next(i for i, text in enumerate(texts) if text.startswith("&Paste"))
    assert texts[paste_at + 1] == "Paste as &quote"
    assert paster.action.isEnabled()
    menu.deleteLater()


def test_ctrl_shift_v_in_the_journal_pastes_as_quote_and_it_is_in_the_edit_menu(
    qtbot: QtBot, opened: AppController
) -> None:
    window = opened.main_window
    assert window is not None
    editor = window.journal_page.editor
    assert editor.paste_as_quote.action in window.edit_menu.actions()
    QGuiApplication.clipboard().setText("We have lost interest in your application.")
    window.show_page("journal")
    window.activateWindow()
    editor.body.setFocus()
    QTest.keySequence(editor.body, "Ctrl+Shift+V")
    assert editor.body.toPlainText() == "> We have lost interest in your application.\n\n"
