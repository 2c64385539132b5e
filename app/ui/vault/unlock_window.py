"""Unlock with the passphrase, the recovery key, or the key remembered on this device."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TendError
from app.platform import remembered_key
from app.ui.app_context import AppContext
from app.ui.first_paint import after_first_paint
from app.ui.placement import grow_to_fit
from app.ui.widgets import ErrorLabel, heading, muted, password_field

if TYPE_CHECKING:
    from app.core.vault import Vault


class UnlockWindow(QWidget):
    """Emits ``unlocked(vault, remember, recovery_key)``; the key is "" unless it was used,
    so the app can ask for a new passphrase right away."""

    unlocked = Signal(object, bool, str)

    def __init__(self, context: AppContext, message: str = "") -> None:
        super().__init__()
        self._context = context
        self._recovery_mode = False
        self.setWindowTitle("Unlock")  # the desktop adds " — Tend"
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        self.title = heading("Welcome back")
        layout.addWidget(self.title)
        self.explanation = muted("Your journal is locked. Enter your passphrase to open it.")
        layout.addWidget(self.explanation)
        # Why the window is here (a lock by hand or after a quiet while): calm, never red.
        self.note = muted(message)
        self.note.setAccessibleName("Note")
        self.note.setVisible(bool(message))
        layout.addWidget(self.note)
        self.field_label = QLabel("&Passphrase")
        self.secret = password_field("Passphrase", "Passphrase")
        self.field_label.setBuddy(self.secret)
        layout.addWidget(self.field_label)
        layout.addWidget(self.secret)
        self.remember = QCheckBox("&Remember on this device")
        self.remember.setAccessibleName("Remember on this device")
        self.remember.setToolTip(
            "Keep the key in this computer's protected keyring, so Tend opens without the "
            "passphrase while you are logged in."
        )
        self.remember.hide()  # shown only once a protected keyring is confirmed
        layout.addWidget(self.remember)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName("Unlocking")
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.switch_mode = QPushButton("Use &recovery key instead")
        self.switch_mode.setFlat(True)
        self.switch_mode.setAccessibleName("Use recovery key instead")
        self.switch_mode.clicked.connect(self._toggle_mode)
        buttons.addWidget(self.switch_mode)
        buttons.addStretch(1)
        self.unlock_button = QPushButton("&Unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName("Unlock")
        self.unlock_button.clicked.connect(self._unlock)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.secret.returnPressed.connect(self._unlock)
        self.secret.setFocus()
        # Once the window is on screen: the probe imports and asks the keyring, which would
        # hold the interpreter while the window is still being drawn.
        after_first_paint(self, self._probe_keyring)

    # -- keyring ----------------------------------------------------------------------

    def _probe_keyring(self) -> None:
        """Find out off the UI thread whether a protected keyring exists here."""
        store = self._context.keystore
        self._context.runner.run(
            lambda progress: store.protected_backend() is not None,
            on_success=self._keyring_known,
            on_failure=lambda error: None,
        )

    def _keyring_known(self, available: object) -> None:
        self.remember.setVisible(bool(available) and not self._recovery_mode)
        grow_to_fit(self)

    def try_remembered_key(self) -> None:
        """Open with the remembered key if there is one; on any failure ask as usual."""
        paths, store = self._context.paths, self._context.keystore
        if not remembered_key.is_remembered(paths):
            return
        self._set_busy(True, "Opening with the key remembered on this device…")
        self._context.runner.run(
            lambda progress: remembered_key.open_with_remembered_key(paths, store),
            on_success=lambda vault: self._done(vault, False),
            on_expected=self._remembered_failed,
            on_done=self._finished,
        )

    def _finished(self, succeeded: bool) -> None:
        if not succeeded:
            self._set_busy(False)

    def _remembered_failed(self, error: TendError) -> None:
        self.error.show_message(error.message)
        self.secret.setFocus()

    # -- unlocking --------------------------------------------------------------------

    def _toggle_mode(self) -> None:
        self._recovery_mode = not self._recovery_mode
        self.secret.clear()
        self.error.show_message("")
        if self._recovery_mode:
            self.field_label.setText("&Recovery key")
            self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.secret.setAccessibleName("Recovery key")
            self.secret.setEchoMode(self.secret.EchoMode.Normal)
            self.explanation.setText(
                "Type the recovery key you kept when you created your journal. "
                "You'll then choose a new passphrase."
            )
            self.switch_mode.setText("Use &passphrase instead")
            self.remember.hide()
        else:
            self.field_label.setText("&Passphrase")
            self.secret.setPlaceholderText("Passphrase")
            self.secret.setAccessibleName("Passphrase")
            self.secret.setEchoMode(self.secret.EchoMode.Password)
            self.explanation.setText("Your journal is locked. Enter your passphrase to open it.")
            self.switch_mode.setText("Use &recovery key instead")
            self._probe_keyring()
        self.secret.setFocus()

    def _unlock(self) -> None:
        secret = self.secret.text()
        if not secret:
            self.error.show_message(
                "Please type your recovery key."
                if self._recovery_mode
                else "Please type your passphrase."
            )
            return
        files = self._context.paths.vault
        recovery = self._recovery_mode
        remember = self.remember.isVisible() and self.remember.isChecked()
        self._set_busy(True, "Unlocking…")

        def work(progress: object) -> Vault:
            # On the worker thread: the database code loads while Argon2 runs, not before
            # the window could show.
            from app.core.vault import Vault

            if recovery:
                return Vault.open_with_recovery_key(files, secret)
            return Vault.open_with_passphrase(files, secret)

        self._context.runner.run(
            work,
            on_success=lambda vault: self._done(vault, remember),
            on_expected=self._unlock_failed,
            on_done=self._finished,
        )

    def _unlock_failed(self, error: TendError) -> None:
        self.error.show_message(error.message)
        self.secret.selectAll()
        self.secret.setFocus()

    def _done(self, vault: Vault, remember: bool) -> None:
        recovery_key = self.secret.text() if self._recovery_mode else ""
        self.secret.clear()
        self._set_busy(False)
        self.unlocked.emit(vault, remember, recovery_key)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        if busy:
            self.error.show_message("")
            self.busy.setAccessibleDescription(text)
            self.explanation.setText(text)
        elif not self._recovery_mode:
            self.explanation.setText("Your journal is locked. Enter your passphrase to open it.")
        for widget in (self.secret, self.unlock_button, self.switch_mode, self.remember):
            widget.setEnabled(not busy)
