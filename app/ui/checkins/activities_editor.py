"""Settings > Activities: rename, hide, add and reorder the activities a check-in offers.

Every change is saved at once through the task runner; hidden activities stay on the
check-ins that have them, and can be shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.checkins import ActivityService
from app.core.checkins.activity_model import ActivityGroup
from app.ui.notices import NoticeBridge
from app.ui.tasks import TaskRunner
from app.ui.widgets import muted

GROUP, ACTIVITY = "group", "activity"
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 2


class ActivitiesEditor(QWidget):
    def __init__(
        self,
        activities: ActivityService,
        runner: TaskRunner,
        notices: NoticeBridge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._activities = activities
        self._runner = runner
        self._notices = notices
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Activities by group")
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda item, column: self.rename())
        self.add_button = self._button("&Add activity…", "Add an activity to this group", self.add)
        self.group_button = self._button("Add &group…", "Add a group", self.add_group)
        self.rename_button = self._button("&Rename…", "Rename the selection", self.rename)
        self.hide_button = self._button("&Hide", "Hide or show the activity", self.toggle_hidden)
        self.up_button = self._button("Move &up", "Move up", lambda: self.move_selected(-1))
        self.down_button = self._button("Move &down", "Move down", lambda: self.move_selected(1))
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.group_button,
            self.rename_button,
            self.hide_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.tree, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                "Activities you record with a check-in. Hidden ones stay on past check-ins "
                "but aren't offered any more."
            )
        )
        layout.addLayout(row)
        self._update_buttons()
        self.reload()

    def _button(self, text: str, accessible: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(action)
        return button

    # -- loading ----------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        activities = self._activities
        self._runner.run(
            lambda progress: activities.list_grouped(include_hidden=True),
            on_success=lambda groups: self._show(groups, select_id),
        )

    def _show(self, groups: list[ActivityGroup], select_id: str | None) -> None:
        current = select_id or self._selected()[1]
        self.tree.clear()
        muted_colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for group in groups:
            group_item = QTreeWidgetItem([group.name])
            group_item.setData(0, KIND_ROLE, GROUP)
            group_item.setData(0, ID_ROLE, group.id)
            font = group_item.font(0)
            font.setBold(True)
            group_item.setFont(0, font)
            self.tree.addTopLevelItem(group_item)
            for activity in group.activities:
                label = f"{activity.name} (hidden)" if activity.hidden else activity.name
                item = QTreeWidgetItem([label])
                item.setData(0, KIND_ROLE, ACTIVITY)
                item.setData(0, ID_ROLE, activity.id)
                item.setData(0, HIDDEN_ROLE, activity.hidden)
                if activity.hidden:
                    item.setForeground(0, muted_colour)
                group_item.addChild(item)
            group_item.setExpanded(True)
        if current:
            self._select(current)
        self._update_buttons()

    def _items(self) -> list[QTreeWidgetItem]:
        """Every group and activity item, groups before their activities."""
        found: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            found.append(group)
            found.extend(
                child for i in range(group.childCount()) if (child := group.child(i)) is not None
            )
        return found

    def _select(self, item_id: str) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == item_id:
                self.tree.setCurrentItem(item)
                return

    def _selected(self) -> tuple[str | None, str | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def _selected_group_id(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == ACTIVITY:
            parent = item.parent()
            return None if parent is None else str(parent.data(0, ID_ROLE))
        return str(item.data(0, ID_ROLE))

    def _update_buttons(self) -> None:
        kind, _ = self._selected()
        item = self.tree.currentItem()
        self.add_button.setEnabled(kind is not None)
        self.rename_button.setEnabled(kind is not None)
        self.hide_button.setEnabled(kind == ACTIVITY)
        self.up_button.setEnabled(kind is not None)
        self.down_button.setEnabled(kind is not None)
        hidden = bool(item.data(0, HIDDEN_ROLE)) if item is not None else False
        self.hide_button.setText("&Show" if hidden else "&Hide")

    # -- changes ----------------------------------------------------------------------

    def _change(self, work: Callable[[], Any], select: Callable[[Any], str | None]) -> None:
        self._runner.run(
            lambda progress: work(), on_success=lambda result: self.reload(select(result))
        )

    def add(self) -> None:
        group_id = self._selected_group_id()
        if group_id is None:
            return
        name, ok = QInputDialog.getText(self, "Add an activity", "Name:")
        if ok and name.strip():
            activities = self._activities
            self._change(lambda: activities.add(name.strip(), group_id), lambda made: made.id)

    def add_group(self) -> None:
        name, ok = QInputDialog.getText(self, "Add a group", "Group name:")
        if ok and name.strip():
            activities = self._activities
            self._change(lambda: activities.add_group(name.strip()), lambda made: made.id)

    def rename(self) -> None:
        kind, item_id = self._selected()
        item = self.tree.currentItem()
        if kind is None or item_id is None or item is None:
            return
        current = item.text(0).removesuffix(" (hidden)")
        name, ok = QInputDialog.getText(self, "Rename", "New name:", text=current)
        if not ok or not name.strip() or name.strip() == current:
            return
        activities = self._activities
        if kind == GROUP:
            self._change(lambda: activities.rename_group(item_id, name.strip()), lambda _r: item_id)
        else:
            self._change(lambda: activities.rename(item_id, name.strip()), lambda _r: item_id)

    def toggle_hidden(self) -> None:
        kind, item_id = self._selected()
        item = self.tree.currentItem()
        if kind != ACTIVITY or item_id is None or item is None:
            return
        hidden = not bool(item.data(0, HIDDEN_ROLE))
        activities = self._activities
        self._change(lambda: activities.set_hidden(item_id, hidden), lambda _r: item_id)

    def move_selected(self, step: int) -> None:
        kind, item_id = self._selected()
        item = self.tree.currentItem()
        if kind is None or item_id is None or item is None:
            return
        activities = self._activities
        if kind == GROUP:
            ids = [
                str(group.data(0, ID_ROLE))
                for group in self._items()
                if group.data(0, KIND_ROLE) == GROUP
            ]
            reordered = _moved(ids, item_id, step)
            self._change(lambda: activities.reorder_groups(reordered), lambda _r: item_id)
        else:
            parent = item.parent()
            if parent is None:
                return
            group_id = str(parent.data(0, ID_ROLE))
            ids = [
                str(child.data(0, ID_ROLE))
                for i in range(parent.childCount())
                if (child := parent.child(i)) is not None
            ]
            reordered = _moved(ids, item_id, step)
            self._change(lambda: activities.reorder(group_id, reordered), lambda _r: item_id)


def _moved(ids: list[str], item_id: str, step: int) -> list[str]:
    index = ids.index(item_id)
    target = max(0, min(len(ids) - 1, index + step))
    ids.insert(target, ids.pop(index))
    return ids
