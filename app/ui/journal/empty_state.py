"""A list, or, when it holds nothing, a kind word about why and what would fill it.

Shown only once the list has finished reading (never as a flash while it loads), and not
for a search (the search box says "No entries match" itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.ui.journal.entry_list_model import EntryListModel


class EmptyState(QStackedWidget):
    def __init__(
        self,
        view: QListView,
        model: EntryListModel,
        describe: Callable[[], str],
        action: QPushButton | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._view, self._model, self._describe = view, model, describe
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.note.setAccessibleName("Empty list")
        self.action = action
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(16, 24, 16, 16)
        column.addWidget(self.note)
        if action is not None:
            column.addWidget(action, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.addWidget(view)
        self.addWidget(panel)
        self.panel = panel
        # Coalesced and after the event: a reset happens just before the read starts.
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.update_state)
        for signal in (model.loaded, model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._pending.start)

    @property
    def showing_empty(self) -> bool:
        return self.currentWidget() is self.panel

    def update_state(self) -> None:
        model = self._model
        empty = model.rowCount() == 0 and not model.is_loading and not model.is_search
        if empty:
            self.note.setText(self._describe())
            self.note.setAccessibleDescription(self.note.text())
        had_focus = self._view.hasFocus()
        self.setCurrentWidget(self.panel if empty else self._view)
        if had_focus and empty and self.action is not None:
            self.action.setFocus()
