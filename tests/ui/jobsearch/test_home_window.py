"""The job search on Home, on a real journal with the clock pinned: follow-up offers,
drafting from them, the day off, "I heard back: it's a no" and the steps of a search."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.core.clock import fixed_clock
from app.core.jobsearch import Stage
from app.ui.controller import AppController
from app.ui.jobsearch.feature import JobSearchFeature
from app.ui.jobsearch.heard_no_dialog import NextStep
from app.ui.main_window import MainWindow
from tests.ui.jobsearch.conftest import NOW, settle

FORBIDDEN = ("missed", "overdue", "streak", "behind", "failed")


def interview_today(opened: AppController) -> str:
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    opening = jobs.openings.add("Archivist", "County Museum")
    jobs.move_opening(opening.id, Stage.INTERVIEWING, NOW.date())
    return opening.id


def shown_home(window: MainWindow, feature: JobSearchFeature, opened: AppController) -> None:
    feature.home.refresh()
    window.show_page("home")
    settle(opened.context)


def test_the_evening_of_an_interview_offers_a_thank_you_note_once(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    interview_today(opened)
    shown_home(window, feature, opened)
    cards = feature.home.panel.offer_cards
    assert [card.caption.text() for card in cards] == ["After the interview"]
    text = cards[0].text.text()
    assert "Archivist" in text and "County Museum" not in text  # the role, never the employer
    assert not any(word in text.lower() for word in FORBIDDEN)

    cards[0].dismiss.click()
    settle(opened.context)
    assert feature.home.panel.offer_cards == []
    shown_home(window, feature, opened)
    assert feature.home.panel.offer_cards == []  # dismissed for good, never counted


def test_draft_it_here_opens_a_private_entry_from_the_template_linked_to_the_opening(
    qtbot: QtBot, job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    opening_id = interview_today(opened)
    shown_home(window, feature, opened)
    feature.home.panel.offer_cards[0].draft.click()
    settle(opened.context)
    assert opened.workspace is not None
    (entry_id,) = opened.workspace.jobs.openings.get(opening_id).entry_ids
    assert window.current_page_key() == "journal"
    qtbot.waitUntil(lambda: window.journal_page.editor.entry_id == entry_id)
    editor = window.journal_page.editor
    assert editor.title.text() == "Thank-you note and what went well (Archivist)"
    assert "What went well:" in editor.body.toPlainText()
    assert "County Museum" in editor.body.toPlainText()  # a private draft may name it
    shown_home(window, feature, opened)
    assert feature.home.panel.offer_cards == []  # the offer has done its work


def test_the_day_off_switch_hides_the_cards_for_that_day_only(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    interview_today(opened)
    shown_home(window, feature, opened)
    panel = feature.home.panel
    assert panel.offer_cards and panel.summary.isVisible()
    panel.day_off.click()
    settle(opened.context)
    assert opened.workspace is not None and opened.workspace.jobs.is_day_off(NOW.date())
    assert not panel.summary.isVisible() and not panel.heard_no.isVisible()
    shown_home(window, feature, opened)
    assert panel.day_off.isChecked()
    assert panel.offer_cards == [] and not panel.summary.isVisible()

    opened.context.clock = fixed_clock(NOW + timedelta(days=1))
    shown_home(window, feature, opened)
    assert not panel.day_off.isChecked()
    assert panel.summary.isVisible()


def test_the_weekly_summary_says_what_was_done(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    for role in ("Archivist", "Librarian"):
        opening = jobs.openings.add(role, "City")
        jobs.move_opening(opening.id, Stage.APPLIED, NOW.date() - timedelta(days=1))
    shown_home(window, feature, opened)
    text = feature.home.panel.summary.lines.text()
    assert text.startswith("• ") and "2" in text
    assert not any(word in text.lower() for word in FORBIDDEN)


def test_heard_no_names_the_feeling_records_the_no_and_offers_the_check_in(
    qtbot: QtBot, job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    assert opened.workspace is not None and opened.features is not None
    jobs = opened.workspace.jobs
    opening = jobs.openings.add("Librarian", "Northside Library")
    jobs.move_opening(opening.id, Stage.APPLIED, NOW.date() - timedelta(days=10))
    shown_home(window, feature, opened)
    feature.home.panel.heard_no.click()
    settle(opened.context)
    dialog = feature.home.heard_no_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.currentIndex() == 0  # the feeling comes first
    dialog.feeling_buttons[0].click()
    dialog.opening.setCurrentIndex(dialog.opening.findData(opening.id))
    dialog.next_button.click()
    dialog.checkin_button.click()
    settle(opened.context)
    assert jobs.openings.get(opening.id).stage == Stage.NO
    checkin_dialog = opened.features.checkin_flow.dialog
    assert checkin_dialog is not None and checkin_dialog.isVisible()
    checkin_dialog.scales["mood"].set_value(2)
    checkin_dialog.buttons.accepted.emit()
    settle(opened.context)
    rejection = opened.workspace.activities.with_key("rejection")
    (saved,) = opened.workspace.checkins.for_day(NOW.date())
    assert rejection is not None and rejection.id in saved.activity_ids
    shown_home(window, feature, opened)
    assert feature.home.panel.offer_cards[0].caption.text() == "A no, today"


def test_heard_no_can_start_an_entry_with_the_named_feelings(
    qtbot: QtBot, job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    shown_home(window, feature, opened)
    feature.home.panel.heard_no.click()
    settle(opened.context)
    dialog = feature.home.heard_no_dialog
    assert dialog is not None
    dialog.own_words.setText("flat")
    dialog.next_button.click()
    with qtbot.waitSignal(dialog.finished_with) as finished:
        dialog.write_button.click()
    assert finished.args[0].next_step is NextStep.WRITE
    settle(opened.context)
    assert window.current_page_key() == "journal"
    qtbot.waitUntil(lambda: window.journal_page.editor.entry_id is not None)
    assert window.journal_page.editor.title.text() == "I heard back: it's a no"
    assert window.journal_page.editor.body.toPlainText() == "Right now I feel: flat."


def test_steps_of_a_search_show_progress_and_the_person_can_tick_one(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    opening = jobs.openings.add("Archivist", "County Museum")
    jobs.move_opening(opening.id, Stage.APPLIED, NOW.date())
    shown_home(window, feature, opened)
    feature.home.panel.steps.click()
    settle(opened.context)
    dialog = feature.home.steps_dialog
    assert dialog is not None and dialog.isVisible()
    steps = jobs.steps()
    assert len(dialog.rows) == len(steps)
    done = [step for step in steps if step.taken]
    assert done and all("done" in dialog.rows[steps.index(s)].accessibleName() for s in done)
    markable = next(step for step in steps if step.can_be_marked and not step.taken)
    dialog.ticks[markable.key].click()
    settle(opened.context)
    assert next(s for s in jobs.steps() if s.key == markable.key).taken


def test_the_week_card_can_name_someone_to_reach_out_to(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    assert opened.workspace is not None
    people = opened.workspace.jobs.people
    people.add("Sam", "Former colleague", NOW.date() - timedelta(days=2))
    people.add("Priya", "A meetup", NOW.date() - timedelta(days=40))
    shown_home(window, feature, opened)
    summary = feature.home.panel.summary
    assert summary.reach_out.isVisibleTo(summary)
    assert summary.reach_out.text().startswith("Maybe Priya?")
    assert "refer" in summary.reach_out.text()


def test_a_no_recorded_today_brings_the_after_a_no_prompt_without_a_check_in(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    _window, _feature = job_window
    assert opened.workspace is not None and opened.features is not None
    jobs = opened.workspace.jobs
    opening = jobs.openings.add("Librarian", "Northside Library")
    jobs.move_opening(opening.id, Stage.NO)
    assert opened.workspace.checkins.for_day(NOW.date()) == []
    opened.features.home.refresh()
    settle(opened.context)
    assert opened.features.home.prompt_card.caption.text() == "For today, after a hard no"


def test_after_ten_nos_home_says_once_that_a_search_takes_longer_than_anyone_plans(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    for number in range(10):
        opening = jobs.openings.add(f"Role {number}", f"Organisation {number}")
        jobs.move_opening(opening.id, Stage.APPLIED, NOW.date() - timedelta(days=40 - number))
        jobs.move_opening(opening.id, Stage.NO, NOW.date() - timedelta(days=30 - number))
    shown_home(window, feature, opened)
    notes = [c for c in feature.home.panel.offer_cards if c.caption.text() == "A long search"]
    assert len(notes) == 1
    note = notes[0]
    assert "longer than anyone plans for" in note.text.text()
    assert not note.draft.isVisibleTo(note)  # a note to read, nothing to draft
    assert not any(f"Organisation {n}" in note.text.text() for n in range(10))

    note.dismiss.click()
    settle(opened.context)
    shown_home(window, feature, opened)
    assert all(c.caption.text() != "A long search" for c in feature.home.panel.offer_cards)
