"""First run, unlock (passphrase and recovery key), wrong passphrases and change passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.vault.first_run_window import FirstRunWindow
from app.ui.vault.passphrase_dialogs import ChangePassphraseDialog
from app.ui.vault.unlock_window import UnlockWindow
from tests.conftest import PASSPHRASE


def test_first_run_creates_the_vault_and_opens_only_after_the_key_is_kept(
    qtbot: object, controller: AppController, app_context: AppContext
) -> None:
    controller.start()
    window = controller.gate
    assert isinstance(window, FirstRunWindow)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)  # type: ignore[attr-defined]
    qtbot.keyClicks(window.confirm, PASSPHRASE)  # type: ignore[attr-defined]
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.recovery_key.text() != "")  # type: ignore[attr-defined]
    assert app_context.paths.vault.db.exists()
    recovery_key = window.recovery_key.text()
    assert len(recovery_key.replace("-", "")) == 32
    assert not window.open_button.isEnabled()
    window.kept.setChecked(True)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert controller.main_window is not None
    assert controller.workspace is not None
    # The recovery key really opens the vault that was created.
    controller.lock()
    Vault.open_with_recovery_key(app_context.paths.vault, recovery_key).lock()


def test_first_run_refuses_different_passphrases(
    qtbot: object, controller: AppController, app_context: AppContext
) -> None:
    controller.start()
    window = controller.gate
    assert isinstance(window, FirstRunWindow)
    window.passphrase.setText(PASSPHRASE)
    window.confirm.setText(PASSPHRASE + "x")
    window.create_button.click()
    assert "different" in window.error.text()
    assert not app_context.paths.vault.exists()


def test_strength_hint_follows_the_passphrase(controller: AppController) -> None:
    controller.start()
    window = controller.gate
    assert isinstance(window, FirstRunWindow)
    window.passphrase.setText("abc")
    weak = window.strength_bar.value()
    window.passphrase.setText("lantern heron river orchard")
    assert window.strength_bar.value() > weak
    assert window.strength_hint.text()


def _unlock_window(controller: AppController, app_context: AppContext) -> UnlockWindow:
    created = Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS)
    created.vault.lock()
    controller.start()
    window = controller.gate
    assert isinstance(window, UnlockWindow)
    window.recovery_key_for_test = created.recovery_key  # type: ignore[attr-defined]
    return window


def test_wrong_passphrase_shows_a_specific_message_and_stays_locked(
    qtbot: object, controller: AppController, app_context: AppContext
) -> None:
    window = _unlock_window(controller, app_context)
    before = app_context.paths.vault.db.read_bytes()
    qtbot.keyClicks(window.secret, "not the passphrase")  # type: ignore[attr-defined]
    qtbot.keyClick(window.secret, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(window.error.isVisible)  # type: ignore[attr-defined]
    assert "doesn't match" in window.error.text()
    assert controller.workspace is None
    assert app_context.paths.vault.db.read_bytes() == before


def test_right_passphrase_opens_the_main_window(
    qtbot: object, controller: AppController, app_context: AppContext
) -> None:
    window = _unlock_window(controller, app_context)
    qtbot.keyClicks(window.secret, PASSPHRASE)  # type: ignore[attr-defined]
    qtbot.keyClick(window.secret, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: controller.main_window is not None)  # type: ignore[attr-defined]
    assert controller.gate is None


def test_remember_is_offered_only_with_a_protected_keyring(
    qtbot: object, controller: AppController, app_context: AppContext
) -> None:
    window = _unlock_window(controller, app_context)
    app_context.runner.wait_until_idle()
    qtbot.wait(10)  # type: ignore[attr-defined]
    assert not window.remember.isVisible()


def test_recovery_key_unlocks_then_asks_for_a_new_passphrase(
    qtbot: object, controller: AppController, app_context: AppContext
) -> None:
    window = _unlock_window(controller, app_context)
    recovery_key = window.recovery_key_for_test  # type: ignore[attr-defined]
    window.switch_mode.click()
    assert window.secret.accessibleName() == "Recovery key"
    window.secret.setText(recovery_key.lower())
    window.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None)  # type: ignore[attr-defined]
    dialogs = controller.main_window.findChildren(ChangePassphraseDialog)  # type: ignore[union-attr]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.new.setText("a brand new passphrase")
    dialog.confirm.setText("a brand new passphrase")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == 1)  # type: ignore[attr-defined]
    Vault.open_with_passphrase(app_context.paths.vault, "a brand new passphrase").lock()


def test_change_passphrase_needs_the_current_one(
    qtbot: object, opened: AppController, app_context: AppContext
) -> None:
    assert opened.workspace is not None
    dialog = ChangePassphraseDialog(app_context, opened.workspace.vault, None, opened.main_window)
    dialog.current.setText("wrong passphrase")
    dialog.new.setText("another good passphrase")
    dialog.confirm.setText("another good passphrase")
    dialog._change()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))  # type: ignore[attr-defined]
    assert "doesn't match" in dialog.error.text()
    dialog.current.setText(PASSPHRASE)
    dialog._change()
    qtbot.waitUntil(lambda: dialog.result() == 1)  # type: ignore[attr-defined]
    Vault.open_with_passphrase(app_context.paths.vault, "another good passphrase").lock()


def test_a_common_passphrase_is_refused_and_the_bar_shows_a_red_piece(
    controller: AppController, app_context: AppContext
) -> None:
    controller.start()
    window = controller.gate
    assert isinstance(window, FirstRunWindow)
    window.passphrase.setText("password")
    assert window.strength_bar.value() == 1  # a small piece, not an empty bar
    assert "#c62828" in window.strength_bar.styleSheet()  # red
    assert window.strength_hint.text().startswith(
        "Very weak. This is one of the most common passphrases."
    )
    assert "won't use it" in window.strength_hint.text()
    window.confirm.setText("password")
    window.create_button.click()
    assert window.error.text().startswith("This is one of the most common passphrases.")
    assert not app_context.paths.vault.exists()
    window.passphrase.setText("blue kettle")
    assert window.strength_bar.value() == 4
    assert "won't use it" not in window.strength_hint.text()


def test_changing_to_a_common_passphrase_is_refused(
    qtbot: object, opened: AppController, app_context: AppContext
) -> None:
    assert opened.workspace is not None
    dialog = ChangePassphraseDialog(app_context, opened.workspace.vault, None, opened.main_window)
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("sunflower")
    dialog.confirm.setText("sunflower")
    assert "won't use it" in dialog.hint.text()
    dialog._change()
    assert dialog.error.text().startswith("This is a very common passphrase.")
    assert dialog.result() == 0
    Vault.open_with_passphrase(app_context.paths.vault, PASSPHRASE).lock()
