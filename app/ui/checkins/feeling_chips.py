"""Optional feeling words as toggle chips, one wrapped row per scale's feel.

Reachable by keyboard: Tab (or Alt+G in the check-in window) enters the chips, arrow keys
move between them, Space toggles.
Up to MAX_FEELINGS can be chosen; the rest wait, disabled, until one is let go.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from app.core.checkins.feelings import MAX_FEELINGS, FeelingGroup, feeling_groups
from app.ui.checkins.activity_chips import CHIP_STYLE
from app.ui.checkins.flow_layout import FlowLayout

_FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class FeelingChips(QWidget):
    changed = Signal()
    chip_focused = Signal(object)  # QPushButton: so a scroll area can bring it into view

    def __init__(self, keep: Iterable[str] = (), parent: QWidget | None = None) -> None:
        """``keep``: words to offer even if the list no longer has them (an edited
        check-in's, restored from a backup made by another Tend)."""
        super().__init__(parent)
        self.setStyleSheet(CHIP_STYLE)
        self.setAccessibleName("Feeling words")
        self._chips: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        groups = list(feeling_groups())
        known = {word for group in groups for word in group.words}
        extra = tuple(word for word in dict.fromkeys(keep) if word not in known)
        if extra:
            groups.append(FeelingGroup("other", "Other", extra))
        for row, group in enumerate(groups):
            title = QLabel(group.label, self)
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            holder = QWidget(self)
            flow = FlowLayout(holder)
            for word in group.words:
                chip = QPushButton(word, holder)
                chip.setProperty("chip", True)
                chip.setCheckable(True)
                chip.setAutoDefault(False)
                chip.setAccessibleName(f"{word} ({group.label.lower()})")
                chip.toggled.connect(self._toggled)
                chip.installEventFilter(self)
                flow.addWidget(chip)
                self._chips[word] = chip
            grid.addWidget(holder, row, 1)

    def chips(self) -> list[QPushButton]:
        return list(self._chips.values())

    def chip(self, word: str) -> QPushButton:
        return self._chips[word]

    def selected(self) -> tuple[str, ...]:
        return tuple(word for word, chip in self._chips.items() if chip.isChecked())

    def set_selected(self, words: Iterable[str]) -> None:
        wanted = set(words)
        for word, chip in self._chips.items():
            chip.setChecked(word in wanted)

    def _toggled(self, _checked: bool) -> None:
        full = len(self.selected()) >= MAX_FEELINGS
        for chip in self._chips.values():
            chip.setEnabled(chip.isChecked() or not full)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys move between the chips, wrapping at the ends (a button alone would
        pass them on as Tab and Shift+Tab, out of the list)."""
        if event.type() == QEvent.Type.FocusIn and watched in self._chips.values():
            self.chip_focused.emit(watched)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = Qt.Key(event.key())
        chips = [chip for chip in self._chips.values() if chip.isEnabled()]
        if watched not in chips or key not in (*_FORWARD, *_BACK):
            return super().eventFilter(watched, event)
        step = 1 if key in _FORWARD else -1
        position = chips.index(watched)
        chips[(position + step) % len(chips)].setFocus(Qt.FocusReason.TabFocusReason)
        return True
