"""The list of openings: open ones first, closed ones after; those closed long ago are
folded away behind "Show closed"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.jobsearch.views import OpeningView
from app.ui.jobsearch.wording import say
from app.ui.widgets import muted

ID_ROLE = Qt.ItemDataRole.UserRole


def ordered(openings: Sequence[OpeningView], show_folded: bool) -> list[OpeningView]:
    """Open first, then closed; the folded ones only when asked. Order within stays."""
    shown = [o for o in openings if show_folded or not o.folded]
    return [o for o in shown if not o.is_closed] + [o for o in shown if o.is_closed]


class ElidingDelegate(QStyledItemDelegate):
    """Items no wider than the list, so a long name ends in "…" inside the view.

    Qt's list lays an item out at the width its text asks for and lets it run past the
    edge; held to the viewport's width, the style elides the text instead. The full text
    is the item's tooltip and its accessible text.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        room = self._view.viewport().width() - 2 * self._view.spacing()
        return QSize(min(hint.width(), max(room, 1)), hint.height())


class OpeningsList(QWidget):
    chosen = Signal(object)  # opening id, or None when nothing is chosen
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._openings: list[OpeningView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.add_button = QPushButton("&Add opening", self)
        self.add_button.setAccessibleName("Add an opening")
        self.add_button.clicked.connect(self.add_requested)
        self.show_closed = QCheckBox(say("openings", "show_closed"), self)
        self.show_closed.setAccessibleName("Show closed openings")
        self.show_closed.setToolTip("Openings closed more than 60 days ago")
        self.show_closed.toggled.connect(lambda _on: self._fill(self.current_id()))
        top.addWidget(self.add_button)
        top.addStretch(1)
        top.addWidget(self.show_closed)
        layout.addLayout(top)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Openings")
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        # Long names end in "…" (the full text is the item's tooltip), never a sideways scroll.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(ElidingDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # measured again when it narrows
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        self.empty = muted(say("openings", "empty_list"))
        layout.addWidget(self.empty)

    def set_openings(self, openings: Sequence[OpeningView], keep: str | None = None) -> None:
        self._openings = list(openings)
        self._fill(keep if keep is not None else self.current_id())

    @property
    def openings(self) -> list[OpeningView]:
        return list(self._openings)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def select(self, opening_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == opening_id:
                self.list.setCurrentRow(row)
                return

    def shown_ids(self) -> list[str]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def _fill(self, keep: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for opening in ordered(self._openings, self.show_closed.isChecked()):
            item = QListWidgetItem(f"{opening.label}\n{opening.stage_label}")
            item.setData(ID_ROLE, opening.id)
            item.setToolTip(f"{opening.label}: {opening.stage_label}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{opening.label}: {opening.stage_label}"
            )
            if opening.is_closed:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        self.list.blockSignals(False)
        folded = sum(1 for o in self._openings if o.folded)
        self.show_closed.setVisible(folded > 0 or self.show_closed.isChecked())
        self.empty.setVisible(not self._openings)
        if keep is not None and keep in self.shown_ids():
            self.select(keep)
        else:
            self.list.setCurrentRow(-1)
            self.chosen.emit(None)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.chosen.emit(None if current is None else current.data(ID_ROLE))
