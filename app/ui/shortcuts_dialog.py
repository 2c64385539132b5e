"""Help > Keyboard shortcuts: every action with a shortcut, listed from the actions themselves,
then the keys that work inside dialogs (from resources/dialog_keys.json)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.resources import load_json


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = sorted(
            {
                (
                    action.text().replace("&", ""),
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
                for action in actions
                if not action.shortcut().isEmpty()
            }
        )
        rows += [(name, keys) for name, keys in load_json("dialog_keys.json")["keys"]]
        table = QTableWidget(len(rows), 2)
        table.setTabKeyNavigation(False)  # arrows move in the table; Tab moves on
        table.setAccessibleName("Keyboard shortcuts")
        table.setHorizontalHeaderLabels(["Action", "Shortcut"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(420, 420)
