"""A question's answers in as many columns as the width allows.

Side by side, a question's four (or three of six) answers read at a glance; with large
text on a small screen they would run past the edge and need a sideways scroll. Each
time the questions' view changes width, every question takes the most columns that fit,
down to one answer a line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QScrollArea

WIDE_OPTIONS = 4  # up to this many answers fit on one row
ROW_OF_MANY = 3  # longer lists of answers go three to a row


def widest_columns(options: int) -> int:
    return options if options <= WIDE_OPTIONS else ROW_OF_MANY


def column_choices(options: int) -> list[int]:
    """Column counts to try, widest first: those that fill every row alike (four answers
    go two and two, not three and one), with the widest always tried."""
    widest = widest_columns(options)
    return [c for c in range(widest, 0, -1) if c == widest or options % c == 0]


class AnswerGrid:
    """One question: its text on top, its answers below in ``columns`` columns."""

    def __init__(
        self, grid: QGridLayout, label: QLabel, buttons: Sequence[QAbstractButton]
    ) -> None:
        self.grid, self.label, self.buttons = grid, label, list(buttons)
        self.columns = 0
        self.place(widest_columns(len(self.buttons)))

    def width_for(self, columns: int) -> int:
        """The width the answers take in ``columns`` columns (margins included)."""
        widths = [0] * columns
        for index, button in enumerate(self.buttons):
            column = index % columns
            widths[column] = max(widths[column], button.sizeHint().width())
        margins = self.grid.contentsMargins()
        spacing = max(self.grid.horizontalSpacing(), 0)
        return sum(widths) + spacing * (columns - 1) + margins.left() + margins.right()

    def fit(self, width: int) -> None:
        """The most columns (of ``column_choices``) whose answers fit in ``width``."""
        choices = column_choices(len(self.buttons))
        fitting = [c for c in choices if self.width_for(c) <= width]
        self.place(fitting[0] if fitting else 1)

    def place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for widget in (self.label, *self.buttons):
            self.grid.removeWidget(widget)
        self.grid.addWidget(self.label, 0, 0, 1, columns)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, 1 + index // columns, index % columns)


class AnswerRowsFitter(QObject):
    """Refits every question's answers when the questions' view changes width."""

    def __init__(self, area: QScrollArea, grids: Sequence[AnswerGrid]) -> None:
        super().__init__(area)
        self._area, self._grids = area, list(grids)
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        content = self._area.widget()
        room = self._area.viewport().width()
        inner_layout = None if content is None else content.layout()
        if inner_layout is not None:
            margins = inner_layout.contentsMargins()
            room -= margins.left() + margins.right()
        for grid in self._grids:
            grid.fit(room)
