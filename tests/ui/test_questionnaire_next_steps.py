"""A self-check's result leads on: to the results over time, or to a new entry."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from app.ui.watcher.questionnaire_dialog import QuestionnaireDialog


def _finished_who5(opened: AppController) -> QuestionnaireDialog:
    assert opened.features is not None
    watcher = opened.features.watcher
    watcher.questionnaire_flow.open("who5", "US")
    dialog = watcher.dialogs[-1]
    assert isinstance(dialog, QuestionnaireDialog)
    for group in dialog.groups:
        group.button(2).click()
    dialog.submit.click()
    return dialog


def test_see_my_results_over_time_opens_support_at_the_results(
    qtbot: QtBot, opened: AppController
) -> None:
    window = opened.main_window
    assert window is not None
    dialog = _finished_who5(opened)
    dialog.over_time_button.click()
    assert window.current_page_key() == "support"
    assert not dialog.isVisible()


def test_write_about_it_starts_a_new_entry(qtbot: QtBot, opened: AppController) -> None:
    window = opened.main_window
    assert window is not None
    dialog = _finished_who5(opened)
    dialog.write_button.click()
    assert window.current_page_key() == "journal"
    assert window.journal_page.editor.entry_id is None
