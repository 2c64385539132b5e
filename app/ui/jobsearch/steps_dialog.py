"""The usual steps of a search, each with a tick where the person has already done it.

Progress is shown as what was done ("done"), never as what is left to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.jobsearch.cards import caption_label
from app.ui.jobsearch.wording import say
from app.ui.widgets import muted


@dataclass(frozen=True)
class StepView:
    title: str
    detail: str
    done: bool
    progress: str = ""  # "3 so far", shown beside a done step


class StepsDialog(QDialog):
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
        for number, step in enumerate(steps, start=1):
            row = QWidget(self)
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 4, 0, 4)
            row_layout.setSpacing(2)
            mark = "✓" if step.done else "○"
            done_text = (
                f" · done{', ' + step.progress if step.progress else ''}" if step.done else ""
            )
            title = caption_label(f"{mark}  {number}. {step.title}{done_text}", row)
            row_layout.addWidget(title)
            detail = muted(step.detail)
            row_layout.addWidget(detail)
            state = "done" if step.done else "not yet"
            row.setAccessibleName(f"Step {number}: {step.title}, {state}")
            row.setAccessibleDescription(step.detail)
            layout.addWidget(row)
            self.rows.append(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
