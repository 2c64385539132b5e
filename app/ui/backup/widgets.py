"""Small pieces the backup dialogs share: a path field with a Browse button, a progress row
that can cancel, and a message line that speaks gently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.core.errors import TendError


class PathField(QWidget):
    """A line edit for a path, and a Browse… button that asks ``choose`` for one."""

    changed = Signal()

    def __init__(
        self,
        accessible_name: str,
        choose: Callable[[QWidget, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.textChanged.connect(self.changed)
        self.browse = QPushButton("Browse…", self)
        self.browse.setAccessibleName(f"Browse for {accessible_name.lower()}")
        self.browse.clicked.connect(lambda: self._browse(choose))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.setFocusProxy(self.edit)

    def _browse(self, choose: Callable[[QWidget, str], str]) -> None:
        chosen = choose(self, self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class ProgressRow(QWidget):
    """A progress bar with a Cancel button, hidden while nothing runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName("Progress")
        self.bar.setTextVisible(True)
        self.cancel = QPushButton("Cancel", self)
        self.cancel.setAccessibleName("Cancel the work in progress")
        self.cancel.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self.setVisible(False)

    def start(self, cancellable: bool = True) -> None:
        self.bar.setRange(0, 0)
        self.cancel.setVisible(cancellable)
        self.cancel.setEnabled(True)
        self.setVisible(True)

    def update(self, done: int, total: int) -> None:  # type: ignore[override]
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def finish(self) -> None:
        self.setVisible(False)


class MessageLine(QLabel):
    """One line of feedback; errors use the palette's link colour, never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("Status")
        self.setVisible(False)

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def problem(self, error: TendError) -> None:
        """Show an expected problem (bugs go to the crash dialog, not here)."""
        self.say(error.message)

    def stopped(self) -> None:
        self.say("Stopped. Nothing was changed.")
