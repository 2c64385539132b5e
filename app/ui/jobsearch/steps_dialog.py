"""The usual steps of a search, each with a tick where the person has already done it.

Progress is shown as what was done ("done"), never as what is left to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.jobsearch.cards import caption_label
from app.ui.jobsearch.views import StepView
from app.ui.jobsearch.wording import say
from app.ui.widgets import muted

WIDTH = 560  # the steps' few lines read best at about this width


class StepsDialog(QDialog):
    mark_requested = Signal(str, bool)  # step key, done

    def __init__(self, steps: Sequence[StepView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(say("steps", "title"))
        self.setAccessibleName(say("steps", "title"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        intro = QLabel(say("steps", "intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # The steps scroll when a small screen or large text leaves too little room; each
        # wrapped line keeps the height its width needs.
        content = QWidget()
        steps_layout = QVBoxLayout(content)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.setSpacing(8)
        self.rows: list[QWidget] = []
        self.ticks: dict[str, QCheckBox] = {}
        for number, step in enumerate(steps, start=1):
            row = QWidget(content)
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 4, 0, 4)
            row_layout.setSpacing(2)
            mark = "✓" if step.done else "○"
            done_text = " · done" if step.done else ""
            title = caption_label(f"{mark}  {number}. {step.title}{done_text}", row)
            row_layout.addWidget(title)
            if step.can_mark:
                tick = QCheckBox("I have done this", row)
                tick.setChecked(step.done)
                tick.setAccessibleName(f"I have done step {number}: {step.title}")
                tick.toggled.connect(lambda done, key=step.key: self.mark_requested.emit(key, done))
                self.ticks[step.key] = tick
            detail = muted(step.detail)
            row_layout.addWidget(detail)
            if step.key in self.ticks:
                row_layout.addWidget(self.ticks[step.key])
            state = "done" if step.done else "not yet"
            row.setAccessibleName(f"Step {number}: {step.title}, {state}")
            row.setAccessibleDescription(step.detail)
            steps_layout.addWidget(row)
            self.rows.append(row)
        steps_layout.addStretch(1)
        self.steps_area = QScrollArea(self)
        self.steps_area.setAccessibleName(say("steps", "title"))
        self.steps_area.setWidgetResizable(True)
        self.steps_area.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_area.setWidget(content)
        layout.addWidget(self.steps_area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(WIDTH, min(self._height_for(WIDTH), self.screen().availableGeometry().height()))

    def _height_for(self, width: int) -> int:
        """The height that shows every step whole at ``width``, without scrolling."""
        layout = self.layout()
        content = self.steps_area.widget()
        assert layout is not None and content is not None and content.layout() is not None
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        steps_layout = content.layout()
        assert steps_layout is not None  # set when the dialog was built
        steps = steps_layout.totalHeightForWidth(inner)
        others = layout.totalHeightForWidth(width) - self.steps_area.sizeHint().height()
        return others + steps
