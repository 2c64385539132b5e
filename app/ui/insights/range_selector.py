"""2 weeks / 3 months / 1 year / All: one row of toggle buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from app.core.insights import TrendRange

# The chosen range must stand out in light and dark themes alike.
TOGGLE_STYLE = """
QPushButton {
    border: 1px solid palette(mid);
    border-radius: 4px;
    padding: 4px 12px;
    background: palette(button);
    color: palette(button-text);
}
QPushButton:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
QPushButton:focus {
    border: 2px solid palette(highlight);
}
"""

RANGE_LABELS = {
    TrendRange.TWO_WEEKS: "2 weeks",
    TrendRange.THREE_MONTHS: "3 months",
    TrendRange.YEAR: "1 year",
    TrendRange.EVERYTHING: "All",
}


class RangeSelector(QWidget):
    range_changed = Signal(object)  # TrendRange

    def __init__(
        self, initial: TrendRange = TrendRange.THREE_MONTHS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Time range")
        self.setStyleSheet(TOGGLE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[TrendRange, QPushButton] = {}
        for trend_range, label in RANGE_LABELS.items():
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(f"Show {label.lower()}")
            button.setChecked(trend_range is initial)
            button.clicked.connect(lambda _=False, r=trend_range: self._chosen(r))
            self._group.addButton(button)
            self._buttons[trend_range] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._current = initial

    def current(self) -> TrendRange:
        return self._current

    def button(self, trend_range: TrendRange) -> QPushButton:
        return self._buttons[trend_range]

    def _chosen(self, trend_range: TrendRange) -> None:
        if trend_range is not self._current:
            self._current = trend_range
            self.range_changed.emit(trend_range)
