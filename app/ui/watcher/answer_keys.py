"""Arrow keys for a questionnaire's answers: Left/Right choose, Up/Down move between questions.

Qt's own radio buttons only move the focus with the arrows (an answer needs Space first)
and stop at the end of a grid row. Here, on any answer button:

- Left / Right choose the previous / next answer of the same question at once, across
  the rows of a wrapped grid (with nothing chosen yet, Right chooses the answer after the
  focused one and Left the focused one: the first answer is one key away either way);
- Home / End choose the first / last answer;
- Up / Down go to the previous / next question (to its chosen answer, else its first),
  changing nothing.

The same keys are listed in the Keyboard shortcuts dialog (resources/dialog_keys.json).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup

MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
QUESTION_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class AnswerKeys(QObject):
    def __init__(
        self,
        groups: Sequence[QButtonGroup],
        shown: Callable[[QAbstractButton], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._groups = list(groups)
        self._shown = shown  # scrolls a focused button into view
        for group in self._groups:
            for button in group.buttons():
                button.installEventFilter(self)

    def first_button(self) -> QAbstractButton:
        return self._groups[0].buttons()[0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Alt+letter and friends keep their meaning
        where = self._find(watched)
        if where is None:
            return False
        group_index, buttons, position = where
        key = Qt.Key(event.key())
        if key in MOVES:
            nothing_chosen = self._groups[group_index].checkedId() < 0
            step = MOVES[key]
            target = position if nothing_chosen and step < 0 else position + step
            self._choose(buttons[max(0, min(len(buttons) - 1, target))])
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._choose(buttons[0 if key == Qt.Key.Key_Home else -1])
            return True
        if key in QUESTION_MOVES:
            self._go_to_question(group_index + QUESTION_MOVES[key])
            return True
        return False

    def _find(self, watched: QObject) -> tuple[int, list[QAbstractButton], int] | None:
        for group_index, group in enumerate(self._groups):
            buttons = group.buttons()
            for position, button in enumerate(buttons):
                if button is watched:
                    return group_index, buttons, position
        return None

    def _choose(self, button: QAbstractButton) -> None:
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        if not button.isChecked():
            button.click()  # as a click does: the dialog hears the answer
        self._shown(button)

    def _go_to_question(self, group_index: int) -> None:
        if not 0 <= group_index < len(self._groups):
            return
        group = self._groups[group_index]
        button = group.checkedButton() or group.buttons()[0]
        button.setFocus(Qt.FocusReason.TabFocusReason)
        self._shown(button)
