"""After "Snooze" or "I have support" the card goes with a kind note that says until when,
and Undo puts the settings and the card back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.vault import Vault
from app.ui.controller import AppController
from tests.ui.test_watcher_controller import open_harness  # noqa: F401 - the fixture

Noted = list[tuple[str, object]]


def _settle(harness: object) -> None:
    """Wait for the harness's background work (generously: a busy machine starts slowly)."""
    runner = harness.runner  # type: ignore[attr-defined]
    harness.qtbot.waitUntil(lambda: not runner.is_busy, timeout=30_000)  # type: ignore[attr-defined]


def _answer(harness: object, button_name: str) -> Noted:
    notes: Noted = []
    controller = harness.controller  # type: ignore[attr-defined]
    controller.answered_note.connect(lambda text, undo: notes.append((text, undo)))
    controller.check_now()
    _settle(harness)
    (card,) = harness.cards  # type: ignore[attr-defined]
    harness.qtbot.mouseClick(getattr(card, button_name), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    _settle(harness)
    return notes


def test_snooze_says_until_when_and_undo_brings_the_card_back(open_harness, vault: Vault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    harness = open_harness(vault)
    before = harness.workspace.watcher.settings()
    notes = _answer(harness, "snooze_button")
    ((text, undo),) = notes
    # The clock says Friday 20 March 2026; three days on is Monday 23 March.
    assert text == "Snoozed. Tend will stay quiet about this until Monday 23 March."
    assert harness.controller.cards == {}
    assert callable(undo)
    undo()
    _settle(harness)
    assert harness.workspace.watcher.settings() == before
    assert len(harness.controller.cards) == 1
    assert len(harness.cards) == 2  # the card was placed again


def test_i_have_support_is_met_warmly_with_the_day_notes_come_back(
    open_harness,  # noqa: F811
    vault: Vault,
) -> None:  # type: ignore[no-untyped-def]
    harness = open_harness(vault)
    ((text, undo),) = _answer(harness, "has_support_button")
    assert text == "Glad you have support. Tend will stay quiet about this until Sunday 19 April."
    assert callable(undo)


def test_the_note_shows_in_the_window_banner_with_undo(opened: AppController) -> None:
    window, features = opened.main_window, opened.features
    assert window is not None and features is not None
    undone: list[bool] = []
    features.watcher.answered_note.emit(
        "Snoozed. Tend will stay quiet.", lambda: undone.append(True)
    )
    assert window.banner.isVisibleTo(window)
    assert window.banner.text.text() == "Snoozed. Tend will stay quiet."
    assert window.banner.action_button.text() == "Undo"
    window.banner.action_button.click()
    assert undone == [True]
