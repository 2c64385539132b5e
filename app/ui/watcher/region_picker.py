"""Choosing a region on purpose: a button that opens a short list, never a combo box.

A combo box changes with the wheel or the arrow keys when it merely has the focus, which
once switched someone's crisis lines to another country while they typed. Here the region
only changes when the person picks one in the chooser and confirms it, and every change
can be undone from the line that says what is shown ("Showing lines for Germany. Undo").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.support.resources import SupportResources
from app.ui.widgets import muted

ELSEWHERE = "elsewhere"
FIRST_QUESTION = (
    "Tend shows crisis lines and support services for where you live. The choice below "
    "comes from this computer's settings: please check it, and pick another if it isn't right."
)
FIRST_NOTE = "You can change it any time in Settings. Your answer stays inside your journal."


def known_region(resources: SupportResources, code: str | None) -> str:
    """``code`` if the resources file lists it, else "elsewhere"."""
    return resources.region(code).code


class RegionChooser(QDialog):
    """A short list of the regions in the resources file; Enter or "Use this" confirms."""

    def __init__(
        self,
        resources: SupportResources,
        selected: str | None,
        *,
        title: str = "Choose your region",
        intro: str = "Which support lines should Tend show?",
        confirm: str = "Show these lines",
        note: str = "",
        cancel: str = "Cancel",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Regions")
        self.list.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        for region in resources.regions:
            item = QListWidgetItem(region.name)
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            self.list.addItem(item)
        self.select(known_region(resources, selected))
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.confirm_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        if note:
            layout.addWidget(muted(note))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()
        self.resize(380, 400)

    def select(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                return

    def code(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ELSEWHERE


class RegionPicker(QWidget):
    """ "Showing lines for United Kingdom. [Change…]", and "[Undo]" after a change."""

    changed = Signal(str)  # the new code, after the person confirmed it (or undid a change)

    def __init__(
        self, resources: SupportResources, code: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._resources = resources
        self._code = known_region(resources, code)
        self._previous: str | None = None
        self.chooser: RegionChooser | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.change_button = QPushButton("Change &region…")
        self.change_button.setAutoDefault(False)
        self.change_button.setAccessibleName("Change region")
        self.change_button.clicked.connect(self.open_chooser)
        self.undo_button = QPushButton("&Undo")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.change_button)
        self._show()

    def code(self) -> str:
        return self._code

    def open_chooser(self) -> RegionChooser:
        """The chooser, window-modal over this picker; a confirmed choice applies."""
        chooser = RegionChooser(self._resources, self._code, parent=self.window())
        chooser.accepted.connect(lambda: self.choose(chooser.code()))
        self.chooser = chooser
        chooser.open()
        return chooser

    def choose(self, code: str) -> None:
        """The person confirmed ``code``: show it, offer to undo, and report it."""
        code = known_region(self._resources, code)
        if code == self._code:
            return
        self._previous, self._code = self._code, code
        self._show()
        self.changed.emit(code)

    def undo(self) -> None:
        if self._previous is None:
            return
        self._code, self._previous = self._previous, None
        self._show()
        self.changed.emit(self._code)

    def _show(self) -> None:
        name = self._resources.region(self._code).name
        if self._code == ELSEWHERE:
            words = "Showing lines for anywhere in the world."
        else:
            words = f"Showing lines for {name}."
        self.label.setText(words)
        self.label.setAccessibleName(words)
        self.undo_button.setVisible(self._previous is not None)
        if self._previous is not None:
            before = self._resources.region(self._previous).name
            self.undo_button.setAccessibleName(f"Undo, go back to {before}")
            self.undo_button.setToolTip(f"Go back to {before}")


def first_region_question(
    resources: SupportResources, suggested: str | None, parent: QWidget | None = None
) -> RegionChooser:
    """Asked once, at the first unlock: where the person lives, suggested from the locale."""
    chooser = RegionChooser(
        resources,
        suggested,
        title="Where do you live?",
        intro=FIRST_QUESTION,
        confirm="Yes, use this",
        note=FIRST_NOTE,
        cancel="Not now",
        parent=parent,
    )
    return chooser
