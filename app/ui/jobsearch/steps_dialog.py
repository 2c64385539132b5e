"""The usual steps of a search, each with a tick where the person has already done it.

Progress is shown as what was done ("done"), never as what is left to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.jobsearch.cards import caption_label
from app.ui.jobsearch.views import StepView
from app.ui.jobsearch.wording import say
from app.ui.widgets import muted


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
        self.rows: list[QWidget] = []
        self.ticks: dict[str, QCheckBox] = {}
        for number, step in enumerate(steps, start=1):
            row = QWidget(self)
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
            layout.addWidget(row)
            self.rows.append(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
