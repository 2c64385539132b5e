"""Searching the journal keeps to the tag chosen in the filter, and says so."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.controller import AppController


def test_search_keeps_to_the_tag_filter_and_says_so(qtbot: QtBot, opened: AppController) -> None:
    window, workspace = opened.main_window, opened.workspace
    assert window is not None and workspace is not None
    journal = workspace.journal
    job = journal.create("Interview", "the interview went well", tags=["job"])
    journal.create("Recruiter", "a call about the interview", tags=["job"])
    journal.create("Sunday", "told mum about the interview", tags=["family"])
    page = window.journal_page
    page.load()
    filters = page.filters
    qtbot.waitUntil(lambda: filters.tag.findData("job") >= 0, timeout=15_000)
    filters.tag.setCurrentIndex(filters.tag.findData("job"))
    assert filters.tag.currentText() == "#job (2)"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=15_000)

    filters.search.setText("interview")
    filters.search.returnPressed.emit()
    qtbot.waitUntil(lambda: filters.search_note.isVisibleTo(filters), timeout=15_000)
    assert page.model.rowCount() == 2  # not the family entry
    assert {page.model.entry_id(row) for row in range(2)} >= {job.id}
    assert filters.search_note.text() == "Searching only entries tagged #job."

    # Changing the filter while searching searches again, within the new choice.
    filters.tag.setCurrentIndex(filters.tag.findData("family"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15_000)
    assert filters.search_note.text() == "Searching only entries tagged #family."
    filters.tag.setCurrentIndex(0)  # All tags
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=15_000)
    assert filters.search_note.isHidden()


def test_no_match_within_a_tag_names_the_filter(qtbot: QtBot, opened: AppController) -> None:
    window, workspace = opened.main_window, opened.workspace
    assert window is not None and workspace is not None
    workspace.journal.create("Sunday", "a walk by the river", tags=["family"])
    workspace.journal.create("Monday", "cover letters", tags=["job"])
    page = window.journal_page
    page.load()
    filters = page.filters
    qtbot.waitUntil(lambda: filters.tag.findData("job") >= 0, timeout=15_000)
    filters.tag.setCurrentIndex(filters.tag.findData("job"))
    filters.search.setText("river")
    filters.search.returnPressed.emit()
    qtbot.waitUntil(lambda: bool(filters.search_error.text()), timeout=15_000)
    assert page.model.rowCount() == 0
    assert filters.search_error.text() == (
        "No entries tagged #job match. Try fewer words, or choose All tags and Any time."
    )
