"""The restore dialog: choose a backup, open it (passphrase or key file), see what will
change, then restore, with progress and the result.

Wiring (the open journal; for a new computer call restore_into_new_vault instead):
    RestoreDialog(runner,
        needs_passphrase=app.core.backup.header_probe.file_needs_passphrase,  # header only
        open_backup=app.core.backup.open_backup_file,              # (path, secret, progress)
        preview=workspace.preview_restore,
        restore=workspace.restore)
    dialog.restored -> RestoreSummary
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.backup import BackupDocument, BackupSecret, Identities, Passphrase, RestoreSummary
from app.core.backup import keys as backup_keys
from app.core.backup.errors import BackupKeyFileError
from app.core.errors import TendError
from app.core.progress import ProgressCallback
from app.ui.backup.base import TaskDialog
from app.ui.backup.widgets import PathField
from app.ui.dates import display_date_time
from app.ui.tasks import TaskRunner

OpenBackup = Callable[[Path, BackupSecret, ProgressCallback], BackupDocument]


class RestoreDialog(TaskDialog):
    restored = Signal(object)  # RestoreSummary

    def __init__(
        self,
        runner: TaskRunner,
        *,
        needs_passphrase: Callable[[Path], bool],
        open_backup: OpenBackup,
        preview: Callable[[BackupDocument], RestoreSummary],
        restore: Callable[[BackupDocument, ProgressCallback], RestoreSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._needs_passphrase = needs_passphrase
        self._probe_serial = 0  # only the newest chosen file's answer counts
        self._open = open_backup
        self._preview = preview
        self._restore = restore
        self._document: BackupDocument | None = None
        self._by_passphrase = True
        self.setWindowTitle("Restore a backup")
        intro = QLabel(
            "Restoring adds what the backup holds to this journal. Nothing is lost: where an "
            "entry differs, the newer version stays and the other is kept as a copy.",
            self,
        )
        intro.setWordWrap(True)
        self.backup_file = PathField("Backup file", _choose_backup, self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Backup passphrase")
        self.key_file = PathField("Key file", _choose_key, self)
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName("What will change")
        self.summary.setPlaceholderText("Open the backup to see what restoring will change.")

        form = QFormLayout()
        form.addRow(_label("&Backup:", self.backup_file), self.backup_file)
        self.passphrase_label = _label("&Passphrase:", self.passphrase)
        form.addRow(self.passphrase_label, self.passphrase)
        self.key_label = _label("&Key file:", self.key_file)
        form.addRow(self.key_label, self.key_file)
        form.addRow(_label("What will &change:", self.summary), self.summary)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check = self.buttons.addButton("&Open backup", QDialogButtonBox.ButtonRole.ActionRole)
        self.check.setAccessibleName("Open the backup and show what will change")
        self.start = self.buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setAccessibleName("Restore now")
        self.check.clicked.connect(self.open_and_preview)
        self.start.clicked.connect(self.begin_restore)
        self.buttons.rejected.connect(self.reject)
        self.backup_file.changed.connect(self._file_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._file_changed()

    def _file_changed(self) -> None:
        """Ask the chosen file which secret it needs (its header is read off the UI
        thread); until it answers, and for a file that can't say, offer the passphrase."""
        self._document = None
        self.summary.clear()
        self.message.say("")
        self._show_secret_kind(by_passphrase=True)
        self._probe_serial += 1
        path, serial, needs = self.backup_file.path(), self._probe_serial, self._needs_passphrase
        if path is None or not path.is_file():
            return

        def answered(by_passphrase: bool) -> None:
            if serial == self._probe_serial:
                self._show_secret_kind(by_passphrase)

        def refused(error: TendError) -> None:
            if serial == self._probe_serial:
                self.message.say(error.message)

        self._runner.run(lambda progress: needs(path), on_success=answered, on_expected=refused)

    def _show_secret_kind(self, by_passphrase: bool) -> None:
        self._by_passphrase = by_passphrase
        passphrase_row: tuple[QWidget, ...] = (self.passphrase, self.passphrase_label)
        key_row: tuple[QWidget, ...] = (self.key_file, self.key_label)
        for widget in passphrase_row:
            widget.setVisible(by_passphrase)
        for widget in key_row:
            widget.setVisible(not by_passphrase)
        self._refresh()

    def _refresh(self) -> None:
        self.start.setEnabled(self._document is not None and not self.busy)
        self.check.setEnabled(not self.busy)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.backup_file, self.passphrase, self.key_file):
            widget.setEnabled(not busy)
        self._refresh()

    def open_and_preview(self) -> None:
        path = self.backup_file.path()
        if path is None:
            self.message.say("Choose the backup file to restore.")
            return
        passphrase, key = Passphrase(self.passphrase.text()), self.key_file.path()
        needs, opener, preview = self._needs_passphrase, self._open, self._preview

        def work(progress: ProgressCallback) -> tuple[BackupDocument, RestoreSummary]:
            # The file itself says which secret it takes (the form may not know yet).
            secret = passphrase if needs(path) else _identities(key)
            document = opener(path, secret, progress)
            return document, preview(document)

        self.run_work(work, self._previewed)

    def _previewed(self, result: tuple[BackupDocument, RestoreSummary]) -> None:
        document, summary = result
        self._document = document
        self.passphrase.clear()
        made = display_date_time(document.created_at)
        self.summary.setPlainText("\n".join([f"Backup made {made}.", *summary.lines()]))
        self.message.say("Nothing has changed yet. Choose Restore to go ahead.")
        self._refresh()

    def begin_restore(self) -> None:
        document = self._document
        if document is None:
            return
        restore = self._restore
        self.run_work(lambda progress: restore(document, progress), self._done)

    def _done(self, summary: RestoreSummary) -> None:
        self._document = None
        self.summary.setPlainText("\n".join(["Restored.", *summary.lines()]))
        self.message.say("The backup was restored.")
        self._refresh()
        self.restored.emit(summary)


def _identities(key: Path | None) -> BackupSecret:
    if key is None:
        raise BackupKeyFileError("Choose the key file that opens this backup.")
    return Identities(backup_keys.read_key_file(key))


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _choose_backup(parent: QWidget, current: str) -> str:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "Choose a backup", current, "Tend backups (*.tend.age *.age);;All files (*)"
    )
    return str(chosen)


def _choose_key(parent: QWidget, current: str) -> str:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Choose the key file", current)
    return str(chosen)
