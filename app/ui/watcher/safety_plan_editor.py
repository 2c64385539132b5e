"""The safety plan editor: the seven steps, each a labelled box in the person's own words.

It saves itself as the journal editor does: shortly after typing pauses, at the latest a
few seconds after the first unsaved keystroke, at once with Ctrl+S, and before it closes
or the journal locks. A failed save keeps every word on screen, says so, and keeps the
window open. Printing and "Save as PDF" print what was just saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TendError
from app.core.safety_plan import STEP_KEYS, SafetyPlan, SafetyPlanService, plan_wording
from app.ui.dates import display_date_time
from app.ui.journal.entry_editor import AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_PAUSE_MS
from app.ui.watcher import safety_plan_print
from app.ui.widgets import muted, paragraph

log = logging.getLogger(__name__)

FIELD_HEIGHT = 76  # px: about three lines; the box scrolls for more


def last_changed(plan: SafetyPlan) -> str:
    if plan.updated_at is None:
        return "Not written yet"
    return f"Last changed {display_date_time(plan.updated_at)}"


class SafetyPlanEditor(QDialog):
    saved = Signal(object)  # SafetyPlan, once it is in the vault
    pdf_written = Signal(object)  # Path

    def __init__(
        self, plans: SafetyPlanService, plan: SafetyPlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plans: SafetyPlanService | None = plans
        self._plan = plan
        self._dirty = False
        self._loading = False
        wording = plan_wording()
        self.setWindowTitle(wording.title)
        self.setAccessibleName(wording.title)

        steps = QWidget()
        column = QVBoxLayout(steps)
        column.setContentsMargins(4, 0, 12, 0)
        column.setSpacing(4)
        column.addWidget(paragraph(wording.intro))
        self.fields: dict[str, QPlainTextEdit] = {}
        for number, step in enumerate(wording.steps, start=1):
            field = QPlainTextEdit()
            field.setAccessibleName(step.title)
            field.setAccessibleDescription(step.hint)
            field.setTabChangesFocus(True)  # Tab moves on to the next step
            field.setFixedHeight(FIELD_HEIGHT)
            field.textChanged.connect(self._changed)
            title = QLabel(f"&{number}. {step.title}")
            title.setBuddy(field)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setContentsMargins(0, 10, 0, 0)
            column.addWidget(title)
            column.addWidget(muted(step.hint))
            column.addWidget(field)
            self.fields[step.key] = field
        column.addSpacing(8)
        column.addWidget(muted(wording.credit))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName("The steps of my safety plan")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(steps)

        self.status = QLabel()
        self.status.setAccessibleName("Save status")
        self.print_button = self._button("&Print…", "Print my safety plan", self.print_plan)
        self.pdf_button = self._button(
            "Save as P&DF…", "Save my safety plan as a PDF", self.save_pdf
        )
        self.save_button = self._button("&Save", "Save my safety plan now", self.save_now)
        self.save_button.setToolTip("Save now (Ctrl+S). Tend also saves as you write.")
        self.close_button = self._button("Close", "Close my safety plan", self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.print_button, self.pdf_button, self.save_button, self.close_button):
            bar.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

        # Writing order: the seven steps, then the buttons.
        order: list[QWidget] = [self.fields[key] for key in STEP_KEYS]
        order += [self.print_button, self.pdf_button, self.save_button, self.close_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_now)

        self._pause_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_PAUSE_MS)
        self._pause_timer.timeout.connect(self.flush)
        self._max_wait_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_WAIT_MS)
        self._max_wait_timer.timeout.connect(self.flush)
        self.show_plan(plan)
        self.resize(660, 720)

    # -- what is shown ----------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def plan(self) -> SafetyPlan:
        """The plan as last loaded or saved."""
        return self._plan

    def plan_on_screen(self) -> SafetyPlan:
        texts = {key: field.toPlainText() for key, field in self.fields.items()}
        return self._plan.with_steps(**texts)

    def show_plan(self, plan: SafetyPlan) -> None:
        self._loading = True
        for key, field in self.fields.items():
            field.setPlainText(plan.step(key))
        self._loading = False
        self._plan = plan
        self._dirty = False
        self.status.setText(last_changed(plan))
        self.fields[STEP_KEYS[0]].setFocus()

    def clear(self) -> None:
        """Forget every word and the undo history (the journal is locking)."""
        self._pause_timer.stop()
        self._max_wait_timer.stop()
        self._loading = True
        for field in self.fields.values():
            field.clear()
            field.document().clearUndoRedoStacks()
        self._loading = False
        self._dirty = False
        self._plans = None
        self._plan = SafetyPlan()
        self.status.clear()
        self.setEnabled(False)

    # -- saving -----------------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._max_wait_timer.start()
            self.status.setText("Editing…")
        self._dirty = True
        self._pause_timer.start()

    def flush(self) -> bool:
        """Save now if anything changed. True when every word on screen is saved."""
        self._pause_timer.stop()
        self._max_wait_timer.stop()
        if not self._dirty or self._plans is None:
            return True
        try:
            saved = self._plans.save(self.plan_on_screen())
        except TendError as error:
            log.info("Saving the safety plan failed: %s", type(error).__name__)
            self.status.setText("Not saved yet — " + error.message)
            return False
        self._plan = saved
        self._dirty = False
        self.status.setText("Saved")
        self.saved.emit(saved)
        return True

    def save_now(self) -> None:
        if self.flush() and self._plans is not None:
            self.status.setText("Saved")

    def print_plan(self) -> None:
        if self.flush():
            safety_plan_print.print_plan(self._plan, self)

    def save_pdf(self) -> None:
        if not self.flush():
            return
        path = safety_plan_print.choose_pdf_path(self)
        if path is None:
            return
        try:
            safety_plan_print.write_pdf(self._plan, path)
        except OSError as error:
            self.status.setText(f"The PDF couldn't be written there ({error.strerror}).")
            return
        self.status.setText(f"Saved as {path.name}")
        self.pdf_written.emit(path)

    # -- closing ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush():
            event.ignore()  # the words stay on screen with the reason they weren't saved
            return
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape closes too, but never before what was written is saved."""
        if self.flush():
            super().reject()

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button
