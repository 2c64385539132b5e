"""Automatic backup settings: folder, schedule, how many to keep, the public key (with a
"Generate key pair" that saves the private key where the person chooses), and the last
success and failure.

Wiring:
    AutoBackupSettingsDialog(settings=auto_backups.settings(), save=auto_backups.configure,
        generate_key=lambda path: write a new pair (keys.generate + keys.write_key_file) and
        return its public key, default_folder=Path.home())
    dialog.saved -> AutoBackupSettings
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.backup import keys as backup_keys
from app.core.backup.auto_settings import MAX_KEEP, SCHEDULES, AutoBackupSettings
from app.core.errors import TendError
from app.ui.backup.widgets import MessageLine, PathField
from app.ui.dates import display_date_time
from app.ui.plural_spin import plural_suffix

SCHEDULE_NAMES = {"daily": "Every day", "weekly": "Every week"}


class AutoBackupSettingsDialog(QDialog):
    saved = Signal(object)  # AutoBackupSettings

    def __init__(
        self,
        settings: AutoBackupSettings,
        save: Callable[[AutoBackupSettings], None],
        generate_key: Callable[[Path], str],
        default_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._save = save
        self._generate_key = generate_key
        self._default_folder = default_folder
        self.setWindowTitle("Automatic backups")
        self.setMinimumWidth(560)
        intro = QLabel(
            "Tend can back up on its own, to a folder you choose (a synced folder works), "
            "locked to a public key so no passphrase is needed. Only the private key, which "
            "you keep elsewhere, can open these backups.",
            self,
        )
        intro.setWordWrap(True)
        self.enabled = QCheckBox("Make automatic backups", self)
        self.enabled.setChecked(settings.enabled)
        self.folder = PathField("Backup folder", _choose_folder, self)
        self.folder.edit.setText(settings.folder or "")
        self.schedule = QComboBox(self)
        for key in SCHEDULES:
            self.schedule.addItem(SCHEDULE_NAMES[key], key)
        self.schedule.setCurrentIndex(SCHEDULES.index(settings.schedule))
        self.keep = QSpinBox(self)
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(settings.keep)
        plural_suffix(self.keep, "backup", "backups")
        self.on_quit = QCheckBox("Also back up when Tend closes, if anything changed", self)
        self.on_quit.setChecked(settings.on_quit)
        self.public_key = QLineEdit(settings.recipient or "", self)
        self.public_key.setPlaceholderText("age1…")
        self.generate = QPushButton("&Generate key pair…", self)
        self.status = QLabel(_status_text(settings), self)
        self.status.setWordWrap(True)
        self.message = MessageLine(self)
        names = {
            self.enabled: "Make automatic backups",
            self.schedule: "How often",
            self.keep: "How many backups to keep",
            self.on_quit: self.on_quit.text(),
            self.public_key: "Public key",
            self.generate: "Generate a new key pair",
            self.status: "Last backup",
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.generate.clicked.connect(self.generate_pair)

        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(_label("&Folder:", self.folder), self.folder)
        form.addRow(_label("&How often:", self.schedule), self.schedule)
        form.addRow(_label("&Keep the last:", self.keep), self.keep)
        form.addRow(self.on_quit)
        form.addRow(_label("&Public key:", self.public_key), self.public_key)
        generate_row = QHBoxLayout()
        generate_row.addWidget(self.generate)
        generate_row.addStretch(1)
        form.addRow("", generate_row)
        form.addRow(_label("Last backup:", self.status), self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def show_status(self, settings: AutoBackupSettings) -> None:
        """Show the latest outcome (an automatic backup may finish while this is open)."""
        self._settings = replace(
            self._settings,
            last_success_at=settings.last_success_at,
            last_success_file=settings.last_success_file,
            last_failure_at=settings.last_failure_at,
            last_failure_message=settings.last_failure_message,
            last_fingerprint=settings.last_fingerprint,
        )
        self.status.setText(_status_text(settings))

    def generate_pair(self) -> None:
        suggested = str(self._default_folder / "tend-backup-key.txt")
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Save the private key (keep it off this computer)", suggested
        )
        if chosen:
            self.write_key_to(Path(chosen))

    def write_key_to(self, path: Path) -> None:
        try:
            public = self._generate_key(path)
        except TendError as error:
            self.message.say(error.message)
            return
        self.public_key.setText(public)
        self.message.say(f"Private key saved to {path}. {backup_keys.WHERE_TO_KEEP_THE_KEY}")

    def chosen_settings(self) -> AutoBackupSettings:
        folder = self.folder.path()
        return replace(
            self._settings,
            enabled=self.enabled.isChecked(),
            folder=str(folder) if folder else None,
            recipient=self.public_key.text().strip() or None,
            schedule=str(self.schedule.currentData()),
            keep=self.keep.value(),
            on_quit=self.on_quit.isChecked(),
        )

    def save(self) -> None:
        settings = self.chosen_settings()
        try:
            if settings.recipient:
                backup_keys.parse_recipient(settings.recipient)
            if settings.enabled and settings.folder and not Path(settings.folder).is_dir():
                self.message.say("That folder doesn't exist. Choose an existing folder.")
                return
            self._save(settings)
        except TendError as error:
            self.message.say(error.message)
            return
        self.saved.emit(settings)
        self.accept()


def _status_text(settings: AutoBackupSettings) -> str:
    lines = []
    success, failure = settings.last_success, settings.last_failure
    lines.append(f"{_when(success)}." if success else "None yet.")
    if failure is not None and (success is None or failure > success):
        lines.append(
            f"The last try, {_when(failure)}, didn't work: {settings.last_failure_message or ''}"
        )
    return "\n".join(lines)


def _when(moment: datetime) -> str:
    return display_date_time(moment.astimezone())


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _choose_folder(parent: QWidget, current: str) -> str:
    return str(QFileDialog.getExistingDirectory(parent, "Choose the backup folder", current))
