"""The safety plan is read for crisis words like everything else a person writes: saved
in its editor, new crisis words bring the same gentle crisis card, and the keyboard stays
in the step being written. "Why am I seeing this?" names where the words were."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.core.clock import fixed_clock
from app.core.watcher.model import CRISIS, SAFETY_PLAN, TRUSTED_CONTACT, Evidence
from app.core.watcher.wording import default_wording
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.watcher.safety_plan_editor import SafetyPlanEditor
from app.ui.watcher.support_dialog import SupportOptionsDialog
from app.ui.watcher.why_dialog import source_name

NOW = datetime(2026, 11, 19, 22, 15, tzinfo=timezone(timedelta(hours=1)))
WARNING_SIGNS = "When I start thinking I want to end my life."


@pytest.fixture
def pinned(app_context: AppContext) -> AppContext:
    app_context.clock = fixed_clock(NOW)
    return app_context


def open_plan(qtbot: QtBot, opened: AppController) -> SafetyPlanEditor:
    assert opened.features is not None
    plans = opened.features.watcher.safety_plans
    assert plans is not None
    plans.open_editor()
    qtbot.waitUntil(lambda: plans.editor is not None and plans.editor.isVisible(), timeout=5000)
    assert plans.editor is not None
    return plans.editor


def test_crisis_words_saved_in_the_safety_plan_show_the_same_card_and_keep_the_keyboard(
    qtbot: QtBot, pinned: AppContext, opened: AppController
) -> None:
    assert opened.features is not None and opened.workspace is not None
    watcher = opened.features.watcher
    editor = open_plan(qtbot, opened)
    field: QPlainTextEdit = editor.fields["warning_signs"]
    editor.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5000)

    qtbot.keyClicks(field, WARNING_SIGNS)
    assert editor.flush()  # the save a pause in writing makes

    def crisis_cards() -> list[object]:
        return [c for c in watcher.cards.values() if c.shown.prompt.kind == CRISIS]

    qtbot.waitUntil(lambda: len(crisis_cards()) == 1, timeout=5000)
    (card,) = crisis_cards()
    # The same card as for an entry: the same words, nothing added about the plan.
    assert card.shown.prompt.summary == default_wording().crisis_summary()  # type: ignore[attr-defined]
    assert card.shown.prompt.evidence[0].source == SAFETY_PLAN  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: any(isinstance(d, SupportOptionsDialog) and d.isVisible() for d in watcher.dialogs),
        timeout=10_000,
    )
    qtbot.keyClicks(QApplication.focusWidget() or editor, " Call Sam.")
    assert field.toPlainText() == WARNING_SIGNS + " Call Sam."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)

    # Saved again with the same words and more: no second card.
    assert editor.flush()
    opened.context.runner.wait_until_idle()
    crisis = [s for s in opened.workspace.watcher.history() if s.prompt.kind == CRISIS]
    assert len(crisis) == 1


def test_why_names_the_plan_and_a_contact_as_where_the_words_were() -> None:
    def evidence(source: str) -> Evidence:
        return Evidence(date(2026, 11, 19), CRISIS, source, ("x",), phrase="end my life")

    assert source_name(evidence(SAFETY_PLAN)) == "Safety plan"
    assert source_name(evidence(TRUSTED_CONTACT)) == "Trusted contact"
