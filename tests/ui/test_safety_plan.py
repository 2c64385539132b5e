"""The safety plan in the window: written in seven labelled steps, saved as the journal
is, shown first on crisis cards and the crisis dialog, printed to PDF, and forgotten by
every view when the journal locks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import fixed_clock
from app.core.errors import StorageError
from app.core.safety_plan import STEP_KEYS, SafetyPlan, SafetyPlanService, plan_wording
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.controller import AppController
from app.ui.tasks import TaskRunner
from app.ui.watcher import safety_plan_print
from app.ui.watcher.controller import WatcherController
from app.ui.watcher.prompt_card import PromptCard
from app.ui.watcher.safety_plan_editor import SafetyPlanEditor
from app.ui.watcher.safety_plan_keeper import SafetyPlanKeeper
from app.ui.watcher.support_dialog import SupportOptionsDialog
from app.ui.watcher.support_page import SupportPage
from tests.conftest import PASSPHRASE
from tests.support.crisis_text import reads_nothing

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 20, 21, 30, tzinfo=ZONE)
PLAN = SafetyPlan(
    warning_signs="Not answering messages",
    people_to_ask="Sam, 07700 900123",
    reasons_for_living="My niece\nThe allotment in spring",
)


class Harness:
    def __init__(self, qtbot: QtBot, vault: Vault) -> None:
        self.qtbot = qtbot
        self.workspace = Workspace.open(vault, fixed_clock(NOW))
        self.runner = TaskRunner()
        self.cards: list[PromptCard] = []
        self.plans = SafetyPlanKeeper(self.workspace.safety_plan, self.runner)
        self.controller = WatcherController(
            watcher=self.workspace.watcher,
            contacts=self.workspace.contacts,
            questionnaires=self.workspace.questionnaires,
            runner=self.runner,
            place_card=self.cards.append,
            default_region="GB",
            safety_plans=self.plans,
        )
        self.page = SupportPage(
            self.controller, self.workspace.questionnaires, self.workspace.watcher, self.runner
        )
        qtbot.addWidget(self.page)

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.is_busy, timeout=5000)

    def open_editor(self) -> SafetyPlanEditor:
        with self.qtbot.waitSignal(self.plans.editor_opened, timeout=5000):
            self.page.plan_button.click()
        editor = self.plans.editor
        assert editor is not None
        self.qtbot.waitExposed(editor)
        return editor

    def crisis(self) -> tuple[PromptCard, SupportOptionsDialog]:
        self.workspace.watcher.turn_off("support")
        self.workspace.journal.create("", "I want to end my life.", created_at=NOW)
        self.plans.load()
        self.controller.check_now()
        self.settle()
        (card,) = self.cards
        dialog = next(d for d in self.controller.dialogs if isinstance(d, SupportOptionsDialog))
        return card, dialog

    def close(self) -> None:
        self.runner.wait_until_idle()
        if self.plans.editor is not None:
            self.plans.editor.close()
        for dialog in self.controller.dialogs:
            dialog.close()


@pytest.fixture
def harness(qtbot: QtBot, vault: Vault) -> Iterator[Harness]:
    made = Harness(qtbot, vault)
    yield made
    made.close()


def _below(upper: QWidget, lower: QWidget) -> bool:
    """True when ``upper`` ends above where ``lower`` starts, in window coordinates."""
    top_of_lower = lower.mapTo(lower.window(), QPoint(0, 0)).y()
    bottom_of_upper = upper.mapTo(upper.window(), QPoint(0, upper.height())).y()
    return bottom_of_upper <= top_of_lower


# -- the editor ---------------------------------------------------------------------------


def test_the_editor_has_seven_labelled_steps_with_gentle_hints(harness: Harness) -> None:
    editor = harness.open_editor()
    wording = plan_wording()
    assert list(editor.fields) == list(STEP_KEYS)
    for step in wording.steps:
        field = editor.fields[step.key]
        assert field.accessibleName() == step.title
        assert field.accessibleDescription() == step.hint
    assert editor.status.text() == "Not written yet"
    assert harness.page.plan_button.text() == "Write my safety pl&an…"
    assert harness.page.plan_empty.isVisibleTo(harness.page)
    assert not harness.page.plan_summary.isVisibleTo(harness.page)


def test_tab_moves_from_step_to_step_in_the_plans_order(harness: Harness, qtbot: QtBot) -> None:
    editor = harness.open_editor()
    editor.activateWindow()
    first = editor.fields[STEP_KEYS[0]]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    for key in STEP_KEYS[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert editor.fields[key].hasFocus(), key
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert editor.print_button.hasFocus()


def test_typing_saves_itself_and_reads_back_when_opened_again(
    harness: Harness, qtbot: QtBot
) -> None:
    editor = harness.open_editor()
    qtbot.keyClicks(editor.fields["warning_signs"], "Staying in bed all day")
    qtbot.keyClicks(editor.fields["reasons_for_living"], "My niece")
    assert editor.is_dirty and editor.status.text() == "Editing…"
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=5000)
    assert editor.status.text() == "Saved"
    saved = harness.workspace.safety_plan.get()
    assert (saved.warning_signs, saved.reasons_for_living) == ("Staying in bed all day", "My niece")
    assert saved.updated_at == NOW  # the injected clock

    editor.close()
    again = harness.open_editor()
    assert again.fields["warning_signs"].toPlainText() == "Staying in bed all day"
    assert again.fields["people_to_ask"].toPlainText() == ""
    assert again.status.text() == "Last changed 20 Mar 2026, 21:30"


def test_ctrl_s_saves_at_once(harness: Harness, qtbot: QtBot) -> None:
    editor = harness.open_editor()
    editor.activateWindow()
    field = editor.fields["people_to_ask"]
    field.setFocus()
    qtbot.keyClicks(field, "Sam")
    assert editor.is_dirty
    QTest.keySequence(field, "Ctrl+S")
    assert not editor.is_dirty and editor.status.text() == "Saved"
    assert harness.workspace.safety_plan.get().people_to_ask == "Sam"


def test_a_failed_save_keeps_the_words_and_the_window_open(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = harness.open_editor()

    def full_disk(plan: SafetyPlan) -> SafetyPlan:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(harness.workspace.safety_plan, "save", full_disk)
    qtbot.keyClicks(editor.fields["coping_on_my_own"], "A walk")
    editor.close()
    assert editor.isVisible()
    assert editor.fields["coping_on_my_own"].toPlainText() == "A walk"
    assert editor.status.text() == "Not saved yet — The disk is full."
    monkeypatch.undo()
    editor.close()
    assert not editor.isVisible()
    assert harness.workspace.safety_plan.get().coping_on_my_own == "A walk"


def test_the_page_shows_the_written_steps_in_the_plans_order(
    harness: Harness, qtbot: QtBot
) -> None:
    editor = harness.open_editor()
    qtbot.keyClicks(editor.fields["reasons_for_living"], "My niece")
    qtbot.keyClicks(editor.fields["warning_signs"], "Not sleeping")
    editor.flush()
    summary = harness.page.plan_summary
    assert summary.isVisibleTo(harness.page)
    text = summary.text.toPlainText()
    assert text.index("Warning signs") < text.index("Not sleeping") < text.index("My niece")
    assert "People I can ask for help" not in text  # empty steps are left out
    assert not harness.page.plan_empty.isVisibleTo(harness.page)
    assert harness.page.plan_button.text() == "Open my safety pl&an…"


# -- crisis card and dialog ----------------------------------------------------------------


def test_once_written_the_plan_comes_first_on_the_crisis_card_and_dialog(
    harness: Harness,
) -> None:
    SafetyPlanService(
        harness.workspace.vault.database, fixed_clock(NOW), read_crisis=reads_nothing
    ).save(PLAN)
    card, dialog = harness.crisis()
    card.resize(600, card.sizeHint().height())
    card.show()
    assert card.safety_plan.isVisibleTo(card)
    assert "The allotment in spring" in card.safety_plan.text.toPlainText()
    assert _below(card.summary, card.safety_plan) and _below(card.safety_plan, card.support_button)
    assert dialog.safety_plan.isVisibleTo(dialog)
    assert "Sam, 07700 900123" in dialog.safety_plan.text.toPlainText()
    assert _below(dialog.safety_plan, dialog.options)  # above the crisis lines
    assert card.crisis_line is not None
    assert _below(card.safety_plan, card.crisis_line)  # the plan first, then the line
    card.close()


def test_without_a_plan_the_crisis_card_and_dialog_show_only_the_lines(
    harness: Harness,
) -> None:
    card, dialog = harness.crisis()
    assert not card.safety_plan.isVisibleTo(card)
    assert not dialog.safety_plan.isVisibleTo(dialog)
    assert "Samaritans" in dialog.options.plain_text()


def test_a_plan_written_while_the_crisis_card_is_up_appears_on_it(
    harness: Harness, qtbot: QtBot
) -> None:
    card, dialog = harness.crisis()
    editor = harness.open_editor()
    qtbot.keyClicks(editor.fields["people_to_ask"], "Call Mum")
    editor.flush()
    assert card.safety_plan.isVisibleTo(card)
    assert "Call Mum" in card.safety_plan.text.toPlainText()
    assert "Call Mum" in dialog.safety_plan.text.toPlainText()


def test_support_notes_never_carry_the_plan(harness: Harness) -> None:
    from tests.ui.test_watcher_controller import store_low_energy

    SafetyPlanService(
        harness.workspace.vault.database, fixed_clock(NOW), read_crisis=reads_nothing
    ).save(PLAN)
    store_low_energy(harness.workspace.vault)
    harness.plans.load()
    harness.controller.check_now()
    harness.settle()
    (card,) = harness.cards
    assert card.shown.prompt.kind == "support"
    assert not card.safety_plan.isVisibleTo(card)


# -- printing -----------------------------------------------------------------------------


def test_the_plan_is_written_to_a_pdf_file(harness: Harness, tmp_path: Path) -> None:
    written = SafetyPlanService(
        harness.workspace.vault.database, fixed_clock(NOW), read_crisis=reads_nothing
    ).save(PLAN)
    path = safety_plan_print.write_pdf(written, tmp_path / "plan.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 1000


def test_save_as_pdf_saves_first_then_writes_where_the_person_chose(
    harness: Harness, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = harness.open_editor()
    qtbot.keyClicks(editor.fields["safer_surroundings"], "Pills stay at Mum's")
    target = tmp_path / "My plan.pdf"
    monkeypatch.setattr(safety_plan_print, "choose_pdf_path", lambda parent: target)
    with qtbot.waitSignal(editor.pdf_written, timeout=5000):
        editor.pdf_button.click()
    assert target.stat().st_size > 1000
    assert editor.status.text() == "Saved as My plan.pdf"
    assert harness.workspace.safety_plan.get().safer_surroundings == "Pills stay at Mum's"


def test_the_printed_plan_numbers_the_written_steps_and_credits_the_method() -> None:
    document = safety_plan_print.plan_document(PLAN.with_steps(professionals="Dr Rahman"))
    text = document.toPlainText()
    assert text.startswith("My safety plan")
    assert "1. Warning signs" in text and "5. Professionals and services I can contact" in text
    assert "2. Things I can do on my own" not in text
    assert "Stanley" in text and "Brown" in text


# -- locking ------------------------------------------------------------------------------


def test_locking_saves_the_plan_and_clears_it_from_every_view(
    qtbot: QtBot, opened: AppController, app_context: object
) -> None:
    window, features = opened.main_window, opened.features
    assert window is not None and features is not None
    plans = features.watcher.safety_plans
    assert plans is not None
    window.show_page("support")
    page = features.support_page.build()
    with qtbot.waitSignal(plans.editor_opened, timeout=5000):
        page.plan_button.click()  # type: ignore[attr-defined]
    editor = plans.editor
    assert editor is not None
    field = editor.fields["reasons_for_living"]
    editor._pause_timer.setInterval(60_000)  # no autosave: the lock must save it
    editor._max_wait_timer.setInterval(60_000)
    qtbot.keyClicks(field, "typed just before locking")
    assert editor.is_dirty
    summary = page.plan_summary  # type: ignore[attr-defined]

    window.lock_action.trigger()

    assert opened.workspace is None
    assert field.toPlainText() == "" and not field.document().isUndoAvailable()
    assert summary.text.toPlainText() == "" and summary.plan is None
    assert plans.plan is None
    vault = Vault.open_with_passphrase(app_context.paths.vault, PASSPHRASE)  # type: ignore[attr-defined]
    try:
        kept = SafetyPlanService(vault.database, read_crisis=reads_nothing).get()
        assert kept.reasons_for_living == "typed just before locking"
    finally:
        vault.lock()


def test_a_restored_plan_replaces_what_an_open_editor_shows_unless_typing(
    harness: Harness, qtbot: QtBot
) -> None:
    editor = harness.open_editor()
    later = SafetyPlanService(
        harness.workspace.vault.database, fixed_clock(NOW), read_crisis=reads_nothing
    )
    later.save(SafetyPlan(warning_signs="from the backup"))
    with qtbot.waitSignal(harness.plans.changed, timeout=5000):
        harness.plans.load()
    assert editor.fields["warning_signs"].toPlainText() == "from the backup"
    assert "from the backup" in harness.page.plan_summary.text.toPlainText()

    qtbot.keyClicks(editor.fields["people_to_ask"], "Sam")
    later.save(SafetyPlan(warning_signs="another restore"))
    with qtbot.waitSignal(harness.plans.changed, timeout=5000):
        harness.plans.load()
    assert editor.fields["people_to_ask"].toPlainText() == "Sam"  # mid-sentence: kept
    assert editor.fields["warning_signs"].toPlainText() == "from the backup"
