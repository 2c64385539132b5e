"""First run: choose a passphrase, then keep the recovery key (shown once).

A person moving to a new computer can instead choose "Restore from a backup…": the new
journal is made with the chosen passphrase and the backup restored into it (if that
fails, the new journal is removed again), then the recovery key is shown as usual.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.atomic_file import write_atomic
from app.core.backup import (
    BackupSecret,
    RestoreSummary,
    open_backup_file,
    restore_into_new_vault,
)
from app.core.backup.header_probe import file_needs_passphrase
from app.core.errors import TendError, UsageError
from app.core.progress import ProgressCallback
from app.core.vault import CreatedVault, Vault, check_new_passphrase
from app.ui.app_context import AppContext
from app.ui.vault.backup_secret_dialog import BackupSecretDialog
from app.ui.vault.strength_meter import StrengthMeter
from app.ui.widgets import ErrorLabel, heading, muted, paragraph, password_field

BACKUP_FILTER = "Tend backups (*.tend.age *.age);;All files (*)"


class FirstRunWindow(QWidget):
    """Emits ``finished(vault)`` once the vault exists and the recovery key was kept."""

    finished = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._created: CreatedVault | None = None
        self.secret_dialog: BackupSecretDialog | None = None
        self.setWindowTitle("Welcome to Tend")
        self.setMinimumWidth(560)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_passphrase_page())
        self._pages.addWidget(self._build_recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.addWidget(self._pages)
        self.passphrase.setFocus()

    # -- page 1: the passphrase -----------------------------------------------------------

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(heading("A private place to write"))
        layout.addWidget(
            paragraph(
                "Tend keeps your journal and check-ins encrypted on this computer. Nothing is "
                "sent anywhere. Choose a passphrase to lock it; only you will know it."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphrase = password_field("A few unrelated words work well", "Passphrase")
        self.confirm = password_field("Type it again", "Repeat passphrase")
        passphrase_label = QLabel("&Passphrase")
        passphrase_label.setBuddy(self.passphrase)
        confirm_label = QLabel("&Repeat it")
        confirm_label.setBuddy(self.confirm)
        form.addRow(passphrase_label, self.passphrase)
        form.addRow(confirm_label, self.confirm)
        layout.addLayout(form)
        self.strength = StrengthMeter()
        self.strength_bar, self.strength_hint = self.strength.bar, self.strength.hint
        layout.addWidget(self.strength)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Creating your journal")
        self.busy.hide()
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton("Restore from a &backup…")
        self.restore_button.setFlat(True)
        self.restore_button.setCursor(Qt.CursorShape.PointingHandCursor)
        # A quiet link beside the main button; underlined when focused, for keyboard use.
        self.restore_button.setStyleSheet(
            "QPushButton { color: palette(link); border: none; padding: 4px 0; }"
            "QPushButton:hover, QPushButton:focus { text-decoration: underline; }"
        )
        self.restore_button.setAccessibleName("Restore from a backup")
        self.restore_button.setToolTip(
            "Moving to a new computer? Choose a passphrase above, then the backup to restore."
        )
        self.restore_button.clicked.connect(self._choose_backup)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.create_button = QPushButton("&Create my journal")
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName("Create my journal")
        self.create_button.clicked.connect(self._create)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.passphrase.textChanged.connect(self.strength.show_strength)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self._create)
        return page

    def _chosen_passphrase(self) -> str | None:
        """The new passphrase, if it is good and typed the same twice; else say why."""
        passphrase, confirm = self.passphrase.text(), self.confirm.text()
        try:
            check_new_passphrase(passphrase)
            if passphrase != confirm:
                raise UsageError("The two passphrases are different. Please type them again.")
        except TendError as error:
            self.error.show_message(error.message)
            return None
        self.error.show_message("")
        return passphrase

    def _create(self) -> None:
        passphrase = self._chosen_passphrase()
        if passphrase is None:
            return
        self._set_busy(True)
        files, params = self._context.paths.vault, self._context.kdf_params
        self._context.runner.run(
            lambda progress: Vault.create(files, passphrase, params),
            on_success=self._created_vault,
            on_expected=self._creation_failed,
            on_done=self._finished,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setRange(0, 0)
        self.busy.setVisible(busy)
        for widget in (self.create_button, self.restore_button, self.passphrase, self.confirm):
            widget.setEnabled(not busy)

    # -- or: a new journal from a backup ----------------------------------------------

    def _choose_backup(self) -> None:
        if not self.passphrase.text() and not self.confirm.text():
            self.error.show_message(
                "First choose a passphrase for your journal on this computer (above). "
                "Then choose the backup; it doesn't need the same passphrase."
            )
            self.passphrase.setFocus()
            return
        passphrase = self._chosen_passphrase()
        if passphrase is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Choose the backup to restore", str(Path.home()), BACKUP_FILTER
        )
        if not chosen:
            return
        backup = Path(chosen)
        self._context.runner.run(
            lambda progress: file_needs_passphrase(backup),  # its header, not the whole file
            on_success=lambda by_passphrase: self._ask_secret(backup, by_passphrase, passphrase),
            on_expected=lambda error: self.error.show_message(error.message),
        )

    def _ask_secret(self, backup: Path, by_passphrase: bool, passphrase: str) -> None:
        dialog = BackupSecretDialog(backup, by_passphrase, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda secret: self._restore(backup, secret, passphrase))
        dialog.finished.connect(lambda _result: setattr(self, "secret_dialog", None))
        self.secret_dialog = dialog
        dialog.open()

    def _restore(self, backup: Path, secret: BackupSecret, passphrase: str) -> None:
        self._set_busy(True)
        files, params = self._context.paths.vault, self._context.kdf_params

        def work(progress: ProgressCallback) -> tuple[CreatedVault, RestoreSummary]:
            document = open_backup_file(backup, secret)
            return restore_into_new_vault(files, passphrase, document, params, progress)

        task = self._context.runner.run(
            work,
            on_success=self._restored,
            on_expected=self._creation_failed,
            on_done=self._finished,
        )
        task.on_progress(self._show_progress)

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.busy.setRange(0, total)
            self.busy.setValue(min(done, total))

    def _restored(self, result: tuple[CreatedVault, RestoreSummary]) -> None:
        created, summary = result
        self.restored_note.setText(
            "\n".join(["Your backup was restored into this new journal.", *summary.lines()])
        )
        self.restored_note.show()
        self._created_vault(created)

    def _finished(self, succeeded: bool) -> None:
        if not succeeded:
            self._set_busy(False)

    def _creation_failed(self, error: TendError) -> None:
        self.error.show_message(error.message)

    def _created_vault(self, created: CreatedVault) -> None:
        self._created = created
        self.passphrase.clear()
        self.confirm.clear()
        self.recovery_key.setText(created.recovery_key)
        self._pages.setCurrentIndex(1)
        self.copy_button.setFocus()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Grow taller when wrapped text needs it (the recovery page, a long saved path):
        a window does not follow its text's height for its width by itself, and would
        squeeze the key's frame onto the buttons."""
        current, outer = self._pages.currentWidget(), self.layout()
        page = current.layout() if current is not None else None
        if page is None or outer is None:
            return
        page.activate()
        margins = outer.contentsMargins()
        needed = page.totalHeightForWidth(self._pages.width()) + margins.top() + margins.bottom()
        self.setMinimumHeight(needed)
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- page 2: the recovery key ---------------------------------------------------------

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        self.restored_note = paragraph("")
        self.restored_note.setAccessibleName("What was restored")
        self.restored_note.hide()
        layout.addWidget(self.restored_note)
        layout.addWidget(heading("Your recovery key"))
        layout.addWidget(
            paragraph(
                "If you ever forget your passphrase, this key is the only way back into your "
                "journal. It is shown only this once. Write it down, or save it somewhere "
                "safe and separate from this computer."
            )
        )
        self.recovery_key = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(mono.pointSize() + 4)
        mono.setWeight(QFont.Weight.DemiBold)
        self.recovery_key.setFont(mono)
        self.recovery_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_key.setAccessibleName("Recovery key")
        self.recovery_key.setMinimumHeight(56)
        self.recovery_key.setStyleSheet("padding: 12px; border: 1px dashed palette(mid);")
        layout.addWidget(self.recovery_key)
        row = QHBoxLayout()
        self.copy_button = QPushButton("&Copy")
        self.copy_button.setAccessibleName("Copy the recovery key")
        self.copy_button.clicked.connect(self._copy)
        self.save_button = QPushButton("&Save to a file…")
        self.save_button.setAccessibleName("Save the recovery key to a file")
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.saved_note = muted("")
        layout.addWidget(self.saved_note)
        self.kept = QCheckBox("I've kept my recovery key somewhere safe")
        self.kept.setAccessibleName("I've kept my recovery key somewhere safe")
        layout.addWidget(self.kept)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton("&Open my journal")
        self.open_button.setAccessibleName("Open my journal")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._finish)
        self.kept.toggled.connect(self.open_button.setEnabled)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        return page

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key.text())
        self.saved_note.setText("Copied. Paste it somewhere safe, then clear your clipboard.")

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save recovery key", "tend-recovery-key.txt", "Text files (*.txt)"
        )
        if not path:
            return
        text = (
            "Tend recovery key\n\n"
            f"{self.recovery_key.text()}\n\n"
            "Keep this somewhere safe and separate from your computer. With it, anyone can\n"
            "open your journal, so treat it like a house key.\n"
        )
        try:
            write_atomic(Path(path), text.encode("utf-8"))
        except TendError as error:
            self.saved_note.setText(error.message)
            return
        self.saved_note.setText(
            f"Saved to {path}. Move it somewhere safe, away from this computer."
        )
        self._grow_to_fit()

    def _finish(self) -> None:
        if self._created is None:
            return
        created, self._created = self._created, None
        self.recovery_key.clear()
        self.finished.emit(created.vault)
