"""Locking, "remember on this device" and the integrity check speak calmly and finish."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.notices import Level
from app.ui.vault import integrity_dialog
from app.ui.vault.unlock_window import UnlockWindow


def test_locking_by_hand_says_so_calmly_and_not_as_an_error(opened: AppController) -> None:
    opened.lock()
    gate = opened.gate
    assert isinstance(gate, UnlockWindow)
    assert gate.error.isHidden() and gate.error.text() == ""
    assert not gate.note.isHidden()
    assert "saved and private" in gate.note.text()
    assert "color" not in gate.note.styleSheet()


def test_locking_after_a_quiet_while_says_why_in_the_same_calm_note(
    opened: AppController, idle_clock: object
) -> None:
    idle_clock.advance(opened.context.config.idle_lock_minutes * 60 + 1)  # type: ignore[attr-defined]
    opened.idle.check()
    gate = opened.gate
    assert isinstance(gate, UnlockWindow)
    assert "after a quiet while" in gate.note.text()
    assert gate.error.isHidden()


def test_a_keyring_that_cannot_keep_the_key_says_so_not_that_a_saved_key_failed(
    qtbot: QtBot, opened: AppController, app_context: AppContext
) -> None:
    window = opened.main_window
    assert window is not None and opened.workspace is not None
    opened._remember(opened.workspace.vault)  # the test keystore has no keyring at all
    app_context.runner.wait_until_idle()
    qtbot.waitUntil(lambda: "remember the key" in window.banner.text.text())
    text = window.banner.text.text()
    assert text.startswith("This device couldn't remember the key.")
    assert "no protected keyring" in text
    assert "couldn't be used" not in text
    assert window.banner.level == Level.WARNING


def test_the_integrity_check_replaces_checking_with_its_result(
    qtbot: QtBot, opened: AppController, app_context: AppContext
) -> None:
    window = opened.main_window
    assert window is not None
    opened.check_integrity()
    assert window.banner.text.text() == integrity_dialog.CHECKING
    qtbot.waitUntil(lambda: window.banner.text.text() != integrity_dialog.CHECKING, timeout=20_000)
    assert window.banner.text.text() == integrity_dialog.SOUND
    assert not window.banner.isHidden()


def test_a_failed_integrity_check_does_not_leave_checking_on_screen(
    qtbot: QtBot, opened: AppController, app_context: AppContext, monkeypatch: object
) -> None:
    from app.core.errors import TendError

    window, workspace = opened.main_window, opened.workspace
    assert window is not None and workspace is not None

    def broken() -> object:
        raise TendError("The journal file couldn't be read just now.")

    monkeypatch.setattr(workspace, "check_integrity", broken)  # type: ignore[attr-defined]
    opened.check_integrity()
    app_context.runner.wait_until_idle()
    qtbot.waitUntil(lambda: window.banner.text.text() != integrity_dialog.CHECKING, timeout=3000)
    assert "couldn't be read just now" in window.banner.text.text()
    assert window.banner.level == Level.ERROR
