"""First run: choose a passphrase, then keep the recovery key (shown once)."""

from __future__ import annotations

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

from app.core import passphrase_strength
from app.core.atomic_file import write_atomic
from app.core.errors import TendError, UsageError
from app.core.vault import CreatedVault, Vault, check_new_passphrase
from app.ui.app_context import AppContext
from app.ui.widgets import ErrorLabel, heading, muted, paragraph, password_field


class FirstRunWindow(QWidget):
    """Emits ``finished(vault)`` once the vault exists and the recovery key was kept."""

    finished = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._created: CreatedVault | None = None
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
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(8)
        self.strength_bar.setAccessibleName("Passphrase strength")
        self.strength_hint = muted(passphrase_strength.estimate("").hint)
        layout.addWidget(self.strength_bar)
        layout.addWidget(self.strength_hint)
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
        buttons.addStretch(1)
        self.create_button = QPushButton("&Create my journal")
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName("Create my journal")
        self.create_button.clicked.connect(self._create)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.passphrase.textChanged.connect(self._update_strength)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self._create)
        return page

    def _update_strength(self, text: str) -> None:
        strength = passphrase_strength.estimate(text)
        self.strength_bar.setValue(strength.score)
        self.strength_hint.setText(f"{strength.label}. {strength.hint}" if text else strength.hint)
        self.strength_bar.setAccessibleDescription(strength.label)

    def _create(self) -> None:
        passphrase, confirm = self.passphrase.text(), self.confirm.text()
        try:
            check_new_passphrase(passphrase)
            if passphrase != confirm:
                raise UsageError("The two passphrases are different. Please type them again.")
        except TendError as error:
            self.error.show_message(error.message)
            return
        self.error.show_message("")
        self._set_busy(True)
        files, params = self._context.paths.vault, self._context.kdf_params
        self._context.runner.run(
            lambda progress: Vault.create(files, passphrase, params),
            on_success=self._created_vault,
            on_failure=self._creation_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.create_button, self.passphrase, self.confirm):
            widget.setEnabled(not busy)

    def _creation_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, TendError):
            self.error.show_message(error.message)
            return
        raise error

    def _created_vault(self, created: CreatedVault) -> None:
        self._created = created
        self.passphrase.clear()
        self.confirm.clear()
        self.recovery_key.setText(created.recovery_key)
        self._pages.setCurrentIndex(1)
        self.copy_button.setFocus()

    # -- page 2: the recovery key ---------------------------------------------------------

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
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
        from pathlib import Path

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

    def _finish(self) -> None:
        if self._created is None:
            return
        created, self._created = self._created, None
        self.recovery_key.clear()
        self.finished.emit(created.vault)
