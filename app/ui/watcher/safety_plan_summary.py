"""A compact, read-only view of the person's safety plan, for the moments it is needed.

Shown first on a crisis card and in the crisis dialog, above the crisis lines, and on the
Support page. It shows only the steps that have words, in the plan's own order, and hides
itself when the plan is empty. A long plan scrolls inside a capped height, so the lines
below always stay in sight.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.core.safety_plan import SafetyPlan, plan_wording
from app.ui.watcher.safety_plan_html import steps_html, steps_text

MAX_TEXT_HEIGHT = 200  # px: about nine lines, then it scrolls


class SafetyPlanSummary(QFrame):
    def __init__(self, plan: SafetyPlan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wording = plan_wording()
        self.plan: SafetyPlan | None = None
        self.setObjectName("safetyPlanSummary")
        self.setStyleSheet(
            "QFrame#safetyPlanSummary { border: 1px solid palette(mid); border-radius: 8px;"
            " background: palette(base); }"
        )
        self.setAccessibleName(self._wording.summary_title)
        self.title = QLabel(self._wording.summary_title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self._wording.summary_title)
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.show_plan(plan)

    def show_plan(self, plan: SafetyPlan | None) -> None:
        """Show the plan's written steps; an empty plan (or None) hides the summary."""
        self.plan = plan
        written = plan is not None and not plan.is_empty
        if plan is not None and written:
            self.text.setHtml(steps_html(plan, self._wording))
            self.text.setAccessibleDescription(steps_text(plan, self._wording))
        else:
            self.text.clear()
            self.text.setAccessibleDescription("")
        self.setVisible(written)
        self._fit_height()

    def clear(self) -> None:
        """Forget the plan's words (the journal is locking)."""
        self.show_plan(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # Measured as if the scroll bar were there: a width that changed with it could
        # make the text wrap once more and hide the last line.
        frame = 2 * self.text.frameWidth()
        bar = self.text.verticalScrollBar().sizeHint().width()
        document = self.text.document()
        document.setTextWidth(max(100, self.text.width() - frame - bar))
        needed = int(document.size().height()) + frame + 4
        self.text.setFixedHeight(min(MAX_TEXT_HEIGHT, max(needed, 24)))
