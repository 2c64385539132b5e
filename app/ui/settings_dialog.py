"""Settings that apply at once. Features add their own tabs with ``add_tab``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.config import Change
from app.core.errors import TendError
from app.core.workspace import Workspace
from app.platform import remembered_key
from app.ui.app_context import AppContext
from app.ui.plural_spin import plural_suffix
from app.ui.widgets import muted

THEME_CHOICES = (("Follow the system", "system"), ("Light", "light"), ("Dark", "dark"))


class SettingsDialog(QDialog):
    theme_changed = Signal(str)
    idle_minutes_changed = Signal(int)
    change_passphrase_requested = Signal()
    new_recovery_key_requested = Signal()
    check_requested = Signal()

    def __init__(
        self, context: AppContext, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._workspace = workspace
        self.setWindowTitle("Settings")
        self.setMinimumWidth(520)
        self.tabs = QTabWidget()
        # Every tab's name in full (the dialog widens for them), never behind scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.add_tab(self._general_tab(), "General")
        self.add_tab(self._privacy_tab(), "Privacy && security")
        self.tabs.currentChanged.connect(self._fit_tab)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """A tab that scrolls when a small screen or large text leaves too little room."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(title.replace("&&", "&"))
        scroll.setWidget(widget)
        self.tabs.addTab(scroll, title)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_tab(self.tabs.currentIndex())

    def _fit_tab(self, index: int) -> None:
        """Grow (never shrink) to show the tab's content whole, within the screen; asked
        again on each switch, as some tabs fill in once their settings are read."""
        page = self.tabs.widget(index)
        content = page.widget() if isinstance(page, QScrollArea) else None
        if content is None or not isinstance(page, QScrollArea) or not self.isVisible():
            return
        extra_w = self.width() - page.viewport().width()
        extra_h = self.height() - page.viewport().height()
        # Every tab's name: Qt doesn't count the full tab bar in the dialog's minimum.
        names = self.tabs.tabBar().sizeHint().width() + self.width() - self.tabs.width() + 8
        self.setMinimumWidth(min(names, self.screen().availableGeometry().width()))
        width = max(self.width(), names, content.sizeHint().width() + extra_w)
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width - extra_w)
        else:
            needed = content.sizeHint().height()
        height = max(self.height(), needed + extra_h)
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width()), min(height, screen.height()))

    def _general_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.theme = QComboBox()
        self.theme.setAccessibleName("Appearance")
        for label, value in THEME_CHOICES:
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(self.theme.findData(self._context.config.theme), 0))
        self.theme.currentIndexChanged.connect(self._theme_changed)
        form.addRow("&Appearance", self.theme)
        return tab

    def _privacy_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        lock_box = QGroupBox("Locking")
        lock_form = QFormLayout(lock_box)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        plural_suffix(self.idle_minutes, "minute", "minutes")
        self.idle_minutes.setAccessibleName("Lock after this many idle minutes")
        self.idle_minutes.setValue(self._context.config.idle_lock_minutes)
        self.idle_minutes.valueChanged.connect(self._idle_changed)
        lock_form.addRow("Lock when idle for", self.idle_minutes)
        self.remember = QCheckBox("Remember the key on this device")
        self.remember.setAccessibleName("Remember the key on this device")
        self.remember.setChecked(remembered_key.is_remembered(self._context.paths))
        self.remember.setEnabled(False)
        self.remember.toggled.connect(self._remember_toggled)
        lock_form.addRow(self.remember)
        self.remember_note = muted("Checking for a protected keyring…")
        lock_form.addRow(self.remember_note)
        layout.addWidget(lock_box)

        keys_box = QGroupBox("Passphrase and recovery key")
        keys_layout = QVBoxLayout(keys_box)
        for text, signal in (
            ("Change &passphrase…", self.change_passphrase_requested),
            ("Make a new &recovery key…", self.new_recovery_key_requested),
            ("&Check the journal's integrity…", self.check_requested),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(signal)
            keys_layout.addWidget(button)
        layout.addWidget(keys_box)
        layout.addStretch(1)
        store = self._context.keystore
        self._context.runner.run(
            lambda progress: store.describe(),
            on_success=self._keyring_known,
            on_failure=lambda error: self._keyring_known(None),
        )
        return tab

    def _keyring_known(self, description: object) -> None:
        if description:
            self.remember.setEnabled(True)
            self.remember_note.setText(
                f"The key is kept in {description}, which your login protects. Anyone using "
                "your unlocked account could open Tend."
            )
        else:
            self.remember.setEnabled(False)
            self.remember_note.setText(
                "This computer has no protected keyring, so Tend will always ask for the "
                "passphrase."
            )

    def _theme_changed(self) -> None:
        chosen = str(self.theme.currentData())
        self._save(lambda cfg: setattr(cfg, "theme", chosen))
        self.theme_changed.emit(chosen)

    def _idle_changed(self, minutes: int) -> None:
        self._save(lambda cfg: setattr(cfg, "idle_lock_minutes", minutes))
        self.idle_minutes_changed.emit(minutes)

    def _remember_toggled(self, on: bool) -> None:
        paths, store, vault = self._context.paths, self._context.keystore, self._workspace.vault
        self.remember.setEnabled(False)

        def work(progress: object) -> None:
            if on:
                remembered_key.remember(paths, vault, store)
            else:
                remembered_key.forget(paths, store)

        def finished(succeeded: bool) -> None:
            if not succeeded:  # show the setting as it still is
                self.remember.blockSignals(True)
                self.remember.setChecked(not on)
                self.remember.blockSignals(False)
            self.remember.setEnabled(True)

        self._context.runner.run(
            work,
            on_success=lambda _result: self._context.notices.info(
                "This device will remember the key." if on else "This device forgot the key."
            ),
            on_done=finished,
        )

    def _save(self, change: Change) -> None:
        try:
            self._context.update_config(change)
        except TendError as error:
            self._context.notices.problem(error)
