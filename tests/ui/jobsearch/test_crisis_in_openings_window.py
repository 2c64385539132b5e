"""Crisis words saved in an opening's note bring the crisis card at once, as an entry's
do, and take nothing from the person: the keyboard stays in the note."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.watcher.model import CRISIS
from app.ui.controller import AppController
from app.ui.jobsearch.feature import PAGE_KEY, JobSearchFeature
from app.ui.main_window import MainWindow
from app.ui.watcher.support_dialog import SupportOptionsDialog
from tests.ui.jobsearch.conftest import NOW, settle

NOTE = "Third no this month. I cut myself again."
MORE = " Still here."


@pytest.fixture
def page_open(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> tuple[MainWindow, JobSearchFeature]:
    window, feature = job_window
    window.show_page(PAGE_KEY)
    settle(opened.context)
    return window, feature


def crisis_cards(opened: AppController) -> list[object]:
    assert opened.features is not None
    cards = opened.features.watcher.cards.values()
    return [card for card in cards if card.shown.prompt.kind == CRISIS]


def test_crisis_words_saved_in_an_opening_note_show_the_crisis_card_and_keep_the_keyboard(
    qtbot: QtBot, page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = page_open
    assert opened.workspace is not None and opened.features is not None
    opening = opened.workspace.jobs.openings.add("Archivist", "County Museum")
    feature.openings.load(keep=opening.id)
    settle(opened.context)
    editor = feature.openings.page.editor
    window.activateWindow()
    editor.note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.note, timeout=5000)
    assert crisis_cards(opened) == []

    qtbot.keyClicks(editor.note, NOTE)
    editor.save_button.click()  # the save a pause or Ctrl+S would make
    settle(opened.context)

    qtbot.waitUntil(lambda: len(crisis_cards(opened)) == 1, timeout=5000)
    (card,) = crisis_cards(opened)
    assert card.shown.prompt.day == NOW.date()  # type: ignore[attr-defined]
    watcher = opened.features.watcher

    def support_windows() -> list[SupportOptionsDialog]:
        found = [d for d in watcher.dialogs if isinstance(d, SupportOptionsDialog)]
        return [d for d in found if d.isVisible()]

    qtbot.waitUntil(lambda: len(support_windows()) == 1, timeout=10_000)  # the lines, at once
    dialogs = support_windows()

    # The person goes on typing: every key lands in the note, none in the crisis window,
    # and the keyboard is handed back to the note (as for an entry: test_crisis_window).
    qtbot.keyClicks(QApplication.focusWidget() or dialogs[0], MORE)
    dialogs[0].activateWindow()  # a window manager that activates new windows anyway
    qtbot.keyClicks(QApplication.focusWidget() or dialogs[0], MORE)
    # Every character is in the note. (Where: the editor shows the saved opening again
    # after a save, which puts the cursor at the start; that is the editor's own way.)
    typed = editor.note.toPlainText()
    assert NOTE in typed and typed.count(MORE) == 2 and len(typed) == len(NOTE + MORE + MORE)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.note, timeout=2000)
    assert dialogs[0].isVisible()
    assert opened.workspace.jobs.openings.get(opening.id).note == NOTE
