"""Asks what opens a backup: the passphrase it was made with, or its private key file.

Used when a new journal starts from a backup. Emits ``chosen(BackupSecret)`` and closes;
the caller does the slow work (decrypting, restoring) in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.backup import BackupSecret, Identities, Passphrase
from app.core.backup import keys as backup_keys
from app.core.errors import TendError, UsageError
from app.ui.backup.widgets import PathField
from app.ui.widgets import ErrorLabel, paragraph, password_field


class BackupSecretDialog(QDialog):
    chosen = Signal(object)  # BackupSecret

    def __init__(self, backup: Path, by_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_passphrase = by_passphrase
        self.setWindowTitle("Open the backup")
        self.setMinimumWidth(480)
        needed = (
            "the passphrase it was made with"
            if by_passphrase
            else "the private key file that opens it (automatic backups are locked to one)"
        )
        intro = paragraph(f"To restore {backup.name}, Tend needs {needed}.")
        self.passphrase = password_field("The backup's passphrase", "Backup passphrase")
        self.passphrase.setParent(self)
        self.key_file = PathField("Key file", _choose_key, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        field: QWidget = self.passphrase if by_passphrase else self.key_file
        label = QLabel("Backup &passphrase:" if by_passphrase else "&Key file:")
        label.setBuddy(field)
        form.addRow(label, field)
        self.key_file.setVisible(not by_passphrase)
        self.passphrase.setVisible(by_passphrase)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            "&Restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName("Restore from this backup")
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        field.setFocus()

    def secret(self) -> BackupSecret:
        if self._by_passphrase:
            if not self.passphrase.text():
                raise UsageError("Type the backup's passphrase.")
            return Passphrase(self.passphrase.text())
        key = self.key_file.path()
        if key is None:
            raise UsageError("Choose the key file that opens this backup.")
        return Identities(backup_keys.read_key_file(key))

    def choose(self) -> None:
        try:
            secret = self.secret()
        except TendError as error:
            self.error.show_message(error.message)
            return
        self.passphrase.clear()
        self.accept()
        self.chosen.emit(secret)


def _choose_key(parent: QWidget, current: str) -> str:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Choose the key file", current)
    return str(chosen)
