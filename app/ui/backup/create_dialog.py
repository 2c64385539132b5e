"""The "Back up now" dialog: a passphrase or a public key, a destination, progress, cancel.

Wiring:
    CreateBackupDialog(runner, create=lambda destination, passphrase, recipients, progress:
        workspace.back_up(destination,
            passphrase=passphrase, recipients=recipients, progress=progress),
        default_folder=Path.home())
    dialog.backup_created -> BackupResult
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.backup.create import BackupResult
from app.core.backup.crypto import Passphrase
from app.core.backup.files import BACKUP_SUFFIX
from app.core.errors import TendError
from app.core.progress import ProgressCallback
from app.core.vault import check_new_passphrase
from app.ui.backup.base import TaskDialog
from app.ui.backup.widgets import PathField
from app.ui.tasks import TaskRunner
from app.ui.vault.strength_meter import StrengthMeter

CreateBackup = Callable[[Path, Passphrase | None, Sequence[str], ProgressCallback], BackupResult]


class CreateBackupDialog(TaskDialog):
    backup_created = Signal(object)  # BackupResult

    def __init__(
        self,
        runner: TaskRunner,
        create: CreateBackup,
        default_folder: Path,
        public_key: str = "",
        parent: QWidget | None = None,
        *,
        today: date,
    ) -> None:
        super().__init__(runner, parent)
        self._create = create
        self.setWindowTitle("Back up your journal")
        stamp = today.isoformat()  # the injected clock's day, passed in
        intro = QLabel(
            "A backup is one encrypted file holding your whole journal. Keep it somewhere "
            "other than this computer.",
            self,
        )
        intro.setWordWrap(True)

        self.with_passphrase = QRadioButton("Protect it with a passphrase", self)
        self.with_key = QRadioButton("Lock it to a public key (for key-file backups)", self)
        for button in (self.with_passphrase, self.with_key):
            button.setAccessibleName(button.text())
            button.toggled.connect(self._refresh)
        self.passphrase = _secret_field("Backup passphrase", self)
        self.repeat = _secret_field("Repeat the backup passphrase", self)
        self.public_key = QLineEdit(public_key, self)
        self.public_key.setAccessibleName("Public key")
        self.public_key.setPlaceholderText("age1…")
        self.destination = PathField("Backup file", _choose_file, self)
        self.destination.edit.setText(str(default_folder / f"tend-backup-{stamp}{BACKUP_SUFFIX}"))

        form = QFormLayout()
        form.addRow(self.with_passphrase)
        form.addRow(_label("&Passphrase:", self.passphrase, self), self.passphrase)
        self.strength = StrengthMeter(self)
        self.passphrase.textChanged.connect(self.strength.show_strength)
        form.addRow("", self.strength)
        form.addRow(_label("&Repeat:", self.repeat, self), self.repeat)
        form.addRow(self.with_key)
        form.addRow(_label("Public &key:", self.public_key, self), self.public_key)
        form.addRow(_label("&Save to:", self.destination, self), self.destination)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start = self.buttons.addButton("Back &up", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setAccessibleName("Back up now")
        self.start.clicked.connect(self.begin)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.with_key if public_key else self.with_passphrase).setChecked(True)
        self._refresh()

    def _refresh(self) -> None:
        by_passphrase = self.with_passphrase.isChecked()
        for field in (self.passphrase, self.repeat):
            field.setEnabled(by_passphrase and not self.busy)
        self.strength.setVisible(by_passphrase)
        self.public_key.setEnabled(not by_passphrase and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.with_passphrase, self.with_key, self.destination, self.start):
            widget.setEnabled(not busy)
        self._refresh()

    def begin(self) -> None:
        destination = self.destination.path()
        if destination is None:
            self.message.say("Choose where to save the backup.")
            return
        passphrase: Passphrase | None = None
        recipients: list[str] = []
        if self.with_passphrase.isChecked():
            try:  # the same rule as the journal's own passphrase
                check_new_passphrase(self.passphrase.text())
            except TendError as error:
                self.message.say(error.message)
                return
            if self.passphrase.text() != self.repeat.text():
                self.message.say("The two passphrases are different. Please type them again.")
                return
            passphrase = Passphrase(self.passphrase.text())
        else:
            recipients = [self.public_key.text().strip()]
        create = self._create
        self.run_work(
            lambda progress: create(destination, passphrase, recipients, progress), self._done
        )

    def _done(self, result: BackupResult) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.message.say(f"Backup saved and checked: {result.path}")
        self.backup_created.emit(result)


def _secret_field(name: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _choose_file(parent: QWidget, current: str) -> str:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Save the backup as", current, f"Tend backups (*{BACKUP_SUFFIX})"
    )
    return str(chosen)
