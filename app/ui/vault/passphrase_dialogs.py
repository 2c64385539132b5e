"""Change the passphrase, set a new one after a recovery key, or replace the recovery key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TendError, UsageError
from app.core.vault import Vault, check_new_passphrase
from app.ui.app_context import AppContext
from app.ui.design import Type
from app.ui.vault.strength_meter import StrengthMeter
from app.ui.widgets import ErrorLabel, heading, paragraph, password_field


class ChangePassphraseDialog(QDialog):
    """Asks for the current passphrase (or uses a recovery key already typed) and a new one."""

    def __init__(
        self,
        context: AppContext,
        vault: Vault,
        recovery_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._vault = vault
        self._recovery_key = recovery_key
        self.setWindowTitle("Choose a new passphrase" if recovery_key else "Change passphrase")
        layout = QVBoxLayout(self)
        if recovery_key:
            layout.addWidget(heading("Choose a new passphrase", Type.SECTION))
            layout.addWidget(
                paragraph(
                    "You opened your journal with the recovery key. Choose a new passphrase "
                    "now; your recovery key keeps working."
                )
            )
        form = QFormLayout()
        self.current = password_field("Current passphrase", "Current passphrase")
        if not recovery_key:
            form.addRow(self._label("&Current passphrase", self.current), self.current)
        self.new = password_field("A few unrelated words work well", "New passphrase")
        self.confirm = password_field("Type it again", "Repeat new passphrase")
        form.addRow(self._label("&New passphrase", self.new), self.new)
        form.addRow(self._label("&Repeat it", self.confirm), self.confirm)
        layout.addLayout(form)
        self.strength = StrengthMeter()
        self.hint = self.strength.hint
        layout.addWidget(self.strength)
        self.new.textChanged.connect(self.strength.show_strength)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Change passphrase")
        if recovery_key:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Later")
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.new if recovery_key else self.current).setFocus()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _change(self) -> None:
        new, confirm, current = self.new.text(), self.confirm.text(), self.current.text()
        try:
            check_new_passphrase(new)
            if new != confirm:
                raise UsageError("The two new passphrases are different.")
        except TendError as error:
            self.error.show_message(error.message)
            return
        vault, params, recovery = self._vault, self._context.kdf_params, self._recovery_key

        def work(progress: object) -> None:
            if recovery:
                vault.reset_passphrase_with_recovery_key(recovery, new, params)
            else:
                vault.change_passphrase(current, new, params)

        self.busy.show()
        self.buttons.setEnabled(False)
        self._context.runner.run(
            work, on_success=self._done, on_expected=self._failed, on_done=self._finished
        )

    def _done(self, _result: object) -> None:
        self._recovery_key = None
        self._context.notices.info("Your passphrase was changed. Your recovery key still works.")
        self.accept()

    def _finished(self, succeeded: bool) -> None:
        if not succeeded:
            self.busy.hide()
            self.buttons.setEnabled(True)

    def _failed(self, error: TendError) -> None:
        self.error.show_message(error.message)


class NewRecoveryKeyDialog(QDialog):
    """Replaces the recovery key after checking the passphrase; shows the new one once."""

    def __init__(self, context: AppContext, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._vault = vault
        self.setWindowTitle("New recovery key")
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                "A new recovery key replaces the old one: the old key stops working. Enter "
                "your passphrase to continue."
            )
        )
        self.passphrase = password_field("Passphrase", "Passphrase")
        layout.addWidget(self.passphrase)
        self.key_label = QLabel()
        self.key_label.setAccessibleName("New recovery key")
        self.key_label.setTextInteractionFlags(
            self.key_label.textInteractionFlags()
            | self.key_label.textInteractionFlags().TextSelectableByMouse
        )
        self.key_label.hide()
        layout.addWidget(self.key_label)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Make a new key")
        self.buttons.accepted.connect(self._make)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _make(self) -> None:
        passphrase, vault = self.passphrase.text(), self._vault
        self.buttons.setEnabled(False)
        self._context.runner.run(
            lambda progress: vault.replace_recovery_key(passphrase),
            on_success=self._show_key,
            on_expected=self._failed,
            on_done=self._finished,
        )

    def _show_key(self, key: str) -> None:
        self.passphrase.hide()
        self.error.show_message("")
        self.key_label.setText(
            f"<p>Your new recovery key (shown only now):</p><p style='font-size:16pt'>"
            f"<code>{key}</code></p><p>Keep it somewhere safe, away from this computer.</p>"
        )
        self.key_label.show()
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.buttons.setEnabled(True)

    def _finished(self, succeeded: bool) -> None:
        if not succeeded:
            self.buttons.setEnabled(True)

    def _failed(self, error: TendError) -> None:
        self.error.show_message(error.message)
