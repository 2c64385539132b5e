"""The list of every prompt shown, newest first; Enter or a double-click explains one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.watcher.model import CHECKING_IN, CRISIS, ShownPrompt
from app.ui.dates import display_date

KIND_LABELS = {CRISIS: "Crisis resources", "support": "Support", CHECKING_IN: "Checking in"}
RESPONSE_LABELS = {
    None: "",
    "snoozed": "Snoozed",
    "dismissed": "Closed",
    "has_support": "I have support",
    "opened_support": "Looked at support options",
}
COLUMNS = ("Day", "Kind", "What Tend said", "Your response")
AnyIndex = QModelIndex | QPersistentModelIndex


class PromptHistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompts: list[ShownPrompt] = []

    def set_prompts(self, prompts: Sequence[ShownPrompt]) -> None:
        self.beginResetModel()
        self._prompts = list(prompts)
        self.endResetModel()

    def prompt_at(self, row: int) -> ShownPrompt:
        return self._prompts[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._prompts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._prompts):
            return None
        shown = self._prompts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                display_date(shown.prompt.day, weekday=False, year=True, short=True),
                KIND_LABELS.get(shown.prompt.kind, shown.prompt.kind),
                shown.prompt.summary,
                RESPONSE_LABELS.get(shown.response, shown.response or ""),
            )
            return values[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None


class PromptHistoryView(QWidget):
    why_requested = Signal(str)  # prompt id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PromptHistoryModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in the table; Tab moves on
        self.table.setModel(self.model)
        self.table.setAccessibleName("Prompts Tend has shown")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(
            lambda index: self.why_requested.emit(self.model.prompt_at(index.row()).id)
        )
        self.empty = QLabel("Tend hasn't shown any notes yet.")
        self.empty.setWordWrap(True)
        self.label = QLabel("&Notes Tend has shown (press Enter on one to see why):")
        self.label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the page or dialog around it sets the margins
        layout.addWidget(self.label)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_prompts(self, prompts: Sequence[ShownPrompt]) -> None:
        self.model.set_prompts(prompts)
        self.empty.setVisible(not prompts)
        # An empty table (and its heading) under "no notes yet" would look broken.
        self.table.setVisible(bool(prompts))
        self.label.setVisible(bool(prompts))
        self.table.resizeRowsToContents()
