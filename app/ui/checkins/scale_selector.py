"""One 1-5 scale as a single keyboard stop: digits set it, Tab moves on, 0 or Delete skips."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from app.core.checkins import ScaleInfo
from app.core.checkins.model import SCALE_MAX, SCALE_MIN

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(SCALE_MIN, SCALE_MAX + 1)}
_CLEAR_KEYS = {Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}

# The chosen number must stand out in light and dark themes alike; the focus ring shows
# which scale the digits go to.
SELECTOR_STYLE = """
QToolButton {
    border: 1px solid palette(mid);
    border-radius: 4px;
    background: palette(button);
    color: palette(button-text);
}
QToolButton:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
    font-weight: bold;
}
ScaleSelector:focus {
    border: 2px solid palette(highlight);
    border-radius: 6px;
}
"""


class ScaleSelector(QWidget):
    """Five buttons that the mouse can click and one focus stop for the keyboard."""

    value_changed = Signal(object)  # int | None
    # A digit was typed: the dialog moves on to the next field.
    committed = Signal()

    def __init__(self, info: ScaleInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(info.label)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SELECTOR_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        low = QLabel(f"1 {info.low}")
        low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        low.setMinimumWidth(low.fontMetrics().horizontalAdvance("1 can't focus") + 4)
        layout.addWidget(low)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[int, QToolButton] = {}
        for number in range(SCALE_MIN, SCALE_MAX + 1):
            button = QToolButton(self)
            button.setText(str(number))
            button.setCheckable(True)
            # The buttons are for the mouse; the keyboard uses the whole selector.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{info.label} {number}")
            button.setMinimumSize(34, 30)
            self._group.addButton(button, number)
            self._buttons[number] = button
            layout.addWidget(button)
        self._group.idClicked.connect(self._clicked)
        high = QLabel(f"5 {info.high}")
        layout.addWidget(high)
        layout.addStretch(1)
        self._describe()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not SCALE_MIN <= value <= SCALE_MAX:
            raise ValueError(value)
        if value == self._value:
            return
        self._value = value
        for number, button in self._buttons.items():
            button.setChecked(number == value)
        self._describe()
        self.value_changed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_value(_DIGITS[key])
            self.committed.emit()
        elif key in _CLEAR_KEYS:
            self.set_value(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(min(SCALE_MAX, (self._value or SCALE_MIN - 1) + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down) and self._value is not None:
            self.set_value(max(SCALE_MIN, self._value - 1))
        else:
            super().keyPressEvent(event)

    def _clicked(self, number: int) -> None:
        # Clicking the chosen number again skips the scale.
        self.set_value(None if self._value == number else number)

    def _describe(self) -> None:
        state = "skipped" if self._value is None else f"{self._value}"
        self.setAccessibleDescription(
            f"{self.info.question} 1 is {self.info.low}, 5 is {self.info.high}. Now: {state}. "
            "Type 1 to 5, or 0 to skip."
        )
        self.setToolTip(self.accessibleDescription())
