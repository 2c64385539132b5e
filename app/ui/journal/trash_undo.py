"""Undo for "Move to trash": the banner's Undo button and Ctrl+Z, both for the last entry.

The offer lasts ``UNDO_SECONDS`` or until the next change to the journal (a saved edit,
another entry moved to the trash), whichever comes first: long enough to notice a slip,
short enough that Ctrl+Z never brings back something from long ago. Ctrl+Z goes to the
editor first while it has typing of its own to undo; only then does it restore the entry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.ui.banner import Banner

UNDO_SECONDS = 30
MOVED = "Moved to the trash."


class TrashUndo(QObject):
    """Holds the last entry moved to the trash while it can still be brought back."""

    def __init__(self, window: QWidget, banner: Banner, restore: Callable[[str], None]) -> None:
        super().__init__(window)
        self._banner = banner
        self._restore = restore
        self.entry_id: str | None = None
        self.action = QAction("&Undo move to trash", window)
        self.action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip("Bring back the entry just moved to the trash")
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        window.addAction(self.action)
        self._expiry = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._expiry.timeout.connect(self.forget)

    def offer(self, entry_id: str) -> None:
        self.entry_id = entry_id
        self.action.setEnabled(True)
        self._banner.show_notice(
            MOVED, action_text="Undo", action=self.undo, timeout_ms=UNDO_SECONDS * 1000
        )
        self._expiry.start()

    def undo(self) -> None:
        entry_id = self.entry_id
        self.forget()
        if entry_id is not None:
            self._restore(entry_id)

    def forget(self, *_args: object) -> None:
        """The offer is over (time, a newer change, or it was used)."""
        self.entry_id = None
        self.action.setEnabled(False)
        self._expiry.stop()
        if self._banner.isVisible() and self._banner.text.text() == MOVED:
            self._banner.hide()

    def let_undo_through(self, text_widget: QWidget) -> None:
        """Ctrl+Z in this text field restores the entry once the field has nothing left
        of its own to undo (a text field otherwise keeps the key for itself)."""
        text_widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Returning True leaves the override unaccepted, so the window's shortcut runs.
        return (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and self.entry_id is not None
            and not _has_own_undo(watched)
        )


def _has_own_undo(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.document().isUndoAvailable()
    return False
