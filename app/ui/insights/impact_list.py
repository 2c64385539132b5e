"""Activity impact in plain sentences, each with the number of days behind it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.insights import ActivityImpact
from app.core.insights.impact import MIN_DAYS_EACH_SIDE
from app.core.insights.wording import PATTERN_NOT_CAUSE, describe

EMPTY_TEXT = (
    f"Once an activity has at least {MIN_DAYS_EACH_SIDE} days with it and "
    f"{MIN_DAYS_EACH_SIDE} days without, you'll see here how those days compared."
)


class ActivityImpactList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Activities and your days")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.note = QLabel(PATTERN_NOT_CAUSE)
        self.note.setWordWrap(True)
        self._layout.addWidget(self.note)
        self._rows: list[QLabel] = []
        self.set_impacts([])

    def set_impacts(self, impacts: Sequence[ActivityImpact]) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()  # until deleteLater runs it would still be drawn in its old place
            row.deleteLater()
        self._rows = []
        texts = [" ".join(describe(impact)) for impact in impacts] or [EMPTY_TEXT]
        for text in texts:
            row = QLabel(text, self)
            row.setWordWrap(True)
            # Selectable by keyboard so a screen reader can reach every sentence.
            row.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            row.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.setAccessibleName(text)
            self._layout.addWidget(row)
            self._rows.append(row)
        self.note.setVisible(bool(impacts))

    def sentences(self) -> list[str]:
        return [row.text() for row in self._rows]
