"""The Openings page in the window, on a real journal: adding, stage changes that fill in
the day, linking entries, deleting with Undo, and people."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.jobsearch import Stage
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.controller import AppController
from app.ui.jobsearch.feature import PAGE_KEY, JobSearchFeature
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.jobsearch.conftest import NOW, settle


@pytest.fixture
def page_open(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> tuple[MainWindow, JobSearchFeature]:
    window, feature = job_window
    window.show_page(PAGE_KEY)
    settle(opened.context)
    return window, feature


def add_opening(opened: AppController, role: str, organisation: str = "City Library") -> str:
    assert opened.workspace is not None
    return opened.workspace.jobs.openings.add(role, organisation).id


def test_the_openings_page_has_a_shortcut_and_names_for_screen_readers(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    QTest.keySequence(window, "Ctrl+Shift+O")
    assert window.current_page_key() == PAGE_KEY
    page = feature.openings.page
    assert page.accessibleName() == "Openings"
    assert page.list.list.accessibleName() == "Openings"
    assert page.editor.role.accessibleName() == "Role"


def test_adding_an_opening_in_the_editor_stores_it_and_selects_it(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    _window, feature = page_open
    page = feature.openings.page
    page.list.add_button.click()
    page.editor.role.setText("Archivist")
    page.editor.organisation.setText("County Museum")
    page.editor.via.setCurrentIndex(page.editor.via.findData("person"))
    page.editor.save_button.click()
    settle(opened.context)
    assert opened.workspace is not None
    stored = opened.workspace.jobs.openings.all()
    assert [(o.role, o.organisation, o.via.value) for o in stored] == [
        ("Archivist", "County Museum", "person")
    ]
    assert page.list.current_id() == stored[0].id
    assert page.editor.current_stage.text().startswith("Noticed")


def test_saving_keeps_the_cursor_where_the_person_was_writing_in_the_note(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    _window, feature = page_open
    page = feature.openings.page
    page.list.add_button.click()
    page.editor.role.setText("Archivist")
    page.editor.save_button.click()
    settle(opened.context)
    note = page.editor.note
    note.setPlainText("Ask about the digitisation project. Then the reading room.")
    cursor = note.textCursor()
    cursor.setPosition(20)
    note.setTextCursor(cursor)
    page.editor.save_button.click()
    settle(opened.context)
    assert opened.workspace is not None
    assert opened.workspace.jobs.openings.all()[0].note.startswith("Ask about")
    assert note.textCursor().position() == 20


def test_a_stage_change_adds_the_activity_to_todays_check_in(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = page_open
    assert opened.workspace is not None
    checkin = opened.workspace.checkins.create(CheckInValues(mood=3))
    opening_id = add_opening(opened, "Archivist")
    feature.openings.load(keep=opening_id)
    settle(opened.context)
    editor = feature.openings.page.editor
    editor.stage.setCurrentIndex(editor.stage.findData(Stage.APPLIED.value))
    editor.move_button.click()
    settle(opened.context)
    applied = opened.workspace.activities.with_key("applied")
    assert applied is not None
    assert applied.id in opened.workspace.checkins.get(checkin.id).activity_ids
    assert window.banner.text.text() == "Added to that day's check-in."
    assert editor.current_stage.text().startswith("Applied")


def test_without_a_check_in_a_stage_change_offers_one_that_then_records_it(
    qtbot: QtBot, page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = page_open
    opening_id = add_opening(opened, "Archivist")
    feature.openings.load(keep=opening_id)
    settle(opened.context)
    editor = feature.openings.page.editor
    editor.stage.setCurrentIndex(editor.stage.findData(Stage.NO.value))
    editor.move_button.click()
    settle(opened.context)
    offer = window.banner.text.text()
    assert "Would you like to check in?" in offer
    assert "missed" not in offer.lower()
    assert window.banner.action_button.isVisible()
    window.banner.action_button.click()
    settle(opened.context)
    assert opened.features is not None
    dialog = opened.features.checkin_flow.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.scales["mood"].set_value(2)
    dialog.buttons.accepted.emit()
    settle(opened.context)
    assert opened.workspace is not None
    saved = opened.workspace.checkins.for_day(NOW.date())
    rejection = opened.workspace.activities.with_key("rejection")
    assert rejection is not None and len(saved) == 1
    assert rejection.id in saved[0].activity_ids


def test_linking_the_open_entry_lists_it_and_activating_it_opens_it(
    qtbot: QtBot, page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = page_open
    assert opened.workspace is not None
    opening_id = add_opening(opened, "Archivist")
    window.show_page("journal")
    window.journal_page.new_entry("Before the interview")
    window.journal_page.editor.body.setPlainText("Nervous, but ready.")
    window.show_page(PAGE_KEY)
    settle(opened.context)
    page = feature.openings.page
    page.list.select(opening_id)
    page.editor.link_button.click()
    settle(opened.context)
    entry_id = opened.workspace.jobs.openings.get(opening_id).entry_ids[0]
    assert page.editor.entries.count() == 1
    assert page.editor.entries.item(0).text().startswith("Before the interview")
    page.editor.entries.itemActivated.emit(page.editor.entries.item(0))
    assert window.current_page_key() == "journal"
    qtbot.waitUntil(lambda: window.journal_page.editor.entry_id == entry_id)


def test_linking_with_no_entry_open_says_what_to_do(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = page_open
    window.journal_page.new_entry()  # blank: nothing to link yet
    opening_id = add_opening(opened, "Archivist")
    feature.openings.load(keep=opening_id)
    settle(opened.context)
    feature.openings.page.editor.link_button.click()
    assert "Open or write a journal entry first" in feature.openings.page.editor.error.text()


def test_deleting_asks_first_says_what_goes_and_undo_brings_it_back(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = page_open
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    opening_id = add_opening(opened, "Archivist")
    jobs.openings.record_stage(opening_id, Stage.APPLIED, NOW.date() - timedelta(days=3))
    entry = opened.workspace.journal.create("Cover letter", "Draft two")
    jobs.openings.link_entry(opening_id, entry.id)
    feature.openings.load(keep=opening_id)
    settle(opened.context)
    asked: list[tuple[str, str]] = []
    feature.openings.confirm = lambda question, detail: asked.append((question, detail)) or False
    feature.openings.page.editor.delete_button.click()
    assert jobs.openings.all() != []  # declined: nothing changed
    question, detail = asked[0]
    assert question == "Delete this opening?"
    assert "Archivist, City Library" in detail and "1 linked journal entry" in detail
    assert "Your journal entries stay" in detail

    feature.openings.confirm = lambda question, detail: True
    feature.openings.page.editor.delete_button.click()
    settle(opened.context)
    assert jobs.openings.all() == []
    assert opened.workspace.journal.get(entry.id).deleted_at is None
    assert window.banner.text.text() == "Opening deleted."
    window.banner.action_button.click()  # Undo
    settle(opened.context)
    (back,) = jobs.openings.all()
    assert (back.role, back.stage, back.entry_ids) == ("Archivist", Stage.APPLIED, (entry.id,))
    assert feature.openings.page.list.shown_ids() == [back.id]


def test_people_can_be_added_linked_edited_and_removed(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    _window, feature = page_open
    assert opened.workspace is not None
    opening_id = add_opening(opened, "Archivist")
    feature.openings.load()
    settle(opened.context)
    people = feature.openings.page.people
    people.name.setText("Sam")
    people.how_met.setText("Former colleague")
    people.has_talked.setChecked(True)
    people.openings.item(0).setCheckState(people.openings.item(0).checkState().Checked)
    people.save_button.click()
    settle(opened.context)
    (sam,) = opened.workspace.jobs.people.all()
    assert (sam.name, sam.how_we_met, sam.last_talked) == ("Sam", "Former colleague", NOW.date())
    assert sam.opening_ids == (opening_id,)
    assert people.list.count() == 1
    assert "last talked 19 Nov 2026" in people.list.item(0).text()

    people.list.setCurrentRow(0)
    people.name.setText("Sam Okafor")
    people.openings.item(0).setCheckState(people.openings.item(0).checkState().Unchecked)
    people.save_button.click()
    settle(opened.context)
    (sam,) = opened.workspace.jobs.people.all()
    assert (sam.name, sam.opening_ids) == ("Sam Okafor", ())

    asked: list[str] = []
    feature.openings.confirm = lambda question, detail: asked.append(detail) or True
    people.list.setCurrentRow(0)
    people.delete_button.click()
    settle(opened.context)
    assert opened.workspace.jobs.people.all() == []
    assert "Sam Okafor" in asked[0]
    assert people.list.count() == 0


def test_a_person_needs_a_name(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    _window, feature = page_open
    people = feature.openings.page.people
    people.how_met.setText("A meetup")
    people.save_button.click()
    settle(opened.context)
    assert opened.workspace is not None and opened.workspace.jobs.people.all() == []
    assert "Add a name" in people.error.text()


def test_locking_saves_a_half_typed_note_and_clears_the_page(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    _window, feature = page_open
    opening_id = add_opening(opened, "Archivist")
    feature.openings.load(keep=opening_id)
    settle(opened.context)
    editor = feature.openings.page.editor
    editor.note.setPlainText("Ask about the digitisation project")
    opened.lock()
    assert editor.note.toPlainText() == ""
    assert feature.openings.page.list.shown_ids() == []
    vault = Vault.open_with_passphrase(opened.context.paths.vault, PASSPHRASE)
    try:
        saved = Workspace.open(vault).jobs.openings.get(opening_id)
        assert saved.note == "Ask about the digitisation project"
    finally:
        vault.lock()


def test_a_person_linked_to_a_folded_opening_keeps_that_link_when_edited(
    page_open: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    _window, feature = page_open
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    old = jobs.openings.add("Cataloguer", "Book Depot", day=NOW.date() - timedelta(days=120))
    jobs.openings.record_stage(old.id, Stage.NO, NOW.date() - timedelta(days=100))
    person = jobs.people.add("Jonah")
    jobs.people.link_opening(person.id, old.id)
    feature.openings.load()
    settle(opened.context)
    people = feature.openings.page.people
    assert people.openings.count() == 0  # the folded opening is not offered
    people.select(person.id)
    people.how_met.setText("A friend's friend")
    people.save_button.click()
    settle(opened.context)
    again = jobs.people.get(person.id)
    assert (again.how_we_met, again.opening_ids) == ("A friend's friend", (old.id,))
