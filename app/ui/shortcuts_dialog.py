"""Help > Keyboard shortcuts: every action with a shortcut, listed from the actions themselves,
then the keys that work inside dialogs (from resources/dialog_keys.json)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.resources import load_json

MIN_WIDTH = 420


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
        columns = table.columnWidth(0) + table.columnWidth(1)
        # The keys keep their width; the actions take the rest of the view and wrap where
        # a small screen or large text leaves too little room, so no row runs past the edge.
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        # Wide enough for every row on one line, within the screen.
        margins = layout.contentsMargins()
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * table.frameWidth() + margins.left() + margins.right()
        wanted = max(MIN_WIDTH, columns + scroll_bar + frame)
        self.resize(min(wanted, self.screen().availableGeometry().width()), MIN_WIDTH)
