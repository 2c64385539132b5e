"""Browse the prompt library, filtered by when a prompt fits, and choose one to write about."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.prompts import Moment, Prompt, PromptLibrary, browse

ALL_PROMPTS = "All prompts"
# Room the style takes around an item's text (focus frame, text margins), with some to spare.
_TEXT_INSET = 16
_VERTICAL_PADDING = 10


class WrappingDelegate(QStyledItemDelegate):
    """Item heights that fit the wrapped text at the list's current width.

    QListWidget's own word wrap measures items before the viewport has its final width,
    which cuts long prompts short; measuring against the viewport here keeps them whole.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(100, self._view.viewport().width() - _TEXT_INSET)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(width, bounds.height() + _VERTICAL_PADDING)


class PromptBrowser(QDialog):
    prompt_chosen = Signal(object)  # Prompt

    def __init__(
        self,
        library: PromptLibrary,
        day: date,
        moment: Moment | None = None,
        parent: QWidget | None = None,
        first: Sequence[Prompt] = (),
    ) -> None:
        super().__init__(parent)
        self._library, self._day, self._moment = library, day, moment or Moment()
        self._first = tuple(first)  # a recent stage change's prompts lead the list
        self.setWindowTitle("Prompts")
        self.setAccessibleName("Prompts")
        layout = QVBoxLayout(self)

        filter_row = QHBoxLayout()
        label = QLabel("&Show")
        self.filter = QComboBox(self)
        self.filter.setAccessibleName("Show prompts for")
        self.filter.addItem(ALL_PROMPTS, None)
        for tag, words in library.tags():
            self.filter.addItem(words, tag)
        label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._refill)
        filter_row.addWidget(label)
        filter_row.addWidget(self.filter, 1)
        layout.addLayout(filter_row)

        self.list = QListWidget(self)
        self.list.setAccessibleName("Prompts")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda _item: self._choose())
        layout.addWidget(self.list, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.write = self.buttons.addButton(
            "Write about this", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write.setDefault(True)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refill()
        self.list.setFocus()
        self.resize(560, 520)

    def prompts_shown(self) -> list[Prompt]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def _refill(self) -> None:
        tag = self.filter.currentData()
        self.list.clear()
        for prompt in browse(self._library, self._day, self._moment, tag, self._first):
            item = QListWidgetItem(prompt.text)
            item.setData(Qt.ItemDataRole.UserRole, prompt)
            item.setToolTip(", ".join(self._library.tag_labels[t] for t in prompt.tags))
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.prompt_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
