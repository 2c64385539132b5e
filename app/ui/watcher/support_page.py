"""The Support page: help and self-checks the person can reach on their own, any time.

Top to bottom: ways to reach out (with the region's crisis line in plain sight), the
person's own safety plan, the PHQ-9 and WHO-5 with past results drawn over time, the
notes Tend has shared, and the watcher's settings. Every action goes through the
WatcherController, so a self-check taken here behaves exactly like one taken from a card
(PHQ-9 item 9 shows crisis lines at once), and the page refreshes when a result is saved
or a note is shown or answered.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.questionnaires import PHQ9, WHO5, QuestionnaireService
from app.core.safety_plan import SafetyPlan, plan_wording
from app.core.watcher.model import WatcherSettings
from app.core.watcher_service import WatcherService
from app.ui.design import PAGE_MEASURE_CHARS, ReadableMeasure, Space, Type
from app.ui.tasks import TaskRunner
from app.ui.watcher.controller import WatcherController
from app.ui.watcher.crisis_line import CrisisLineBox
from app.ui.watcher.history_view import PromptHistoryView
from app.ui.watcher.results_chart import ResultCharts
from app.ui.watcher.results_list import ResultsList
from app.ui.watcher.safety_plan_keeper import SafetyPlanKeeper
from app.ui.watcher.safety_plan_summary import SafetyPlanSummary
from app.ui.watcher.settings_panel import resting_status
from app.ui.watcher.support_snapshot import SupportSnapshot, load_support_snapshot
from app.ui.widgets import heading, muted, paragraph

REACH_OUT = (
    "You don't have to wait for Tend to notice anything. Talking to someone can help on "
    "hard days and ordinary ones, and reaching out is a strong thing to do."
)
SELF_CHECKS = (
    "Two short questionnaires can help put the last two weeks into words, for you or for "
    "someone you talk to. Your answers stay in your journal."
)
SCREENING_NOTE = (
    "Both are screening aids, not a diagnosis. Only a doctor or another qualified "
    "professional can say what your answers mean for you."
)
NO_RESULTS = (
    "You haven't taken a self-check yet. Whenever you'd like to, your results will show "
    "here over time, just for you."
)
NOTES = (
    "When Tend noticed something lasting in your check-ins or writing, it left a note. "
    "They are all here, with what you chose to do."
)


def button(text: str, accessible: str, description: str = "") -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(accessible)
    if description:
        made.setToolTip(description)
        made.setAccessibleDescription(description)
    return made


def watcher_status(settings: WatcherSettings, today: date) -> str:
    """One calm line about whether Tend is looking out, and what is resting."""
    if not settings.enabled:
        return "Looking out is turned off. Tend won't leave notes until you turn it back on."
    resting = resting_status(settings, today)
    return f"Tend is looking out for you. {resting}".strip()


class SupportPage(QWidget):
    link_requested = Signal(str)  # tel:, sms: or https: from the crisis line
    refreshed = Signal()

    def __init__(
        self,
        controller: WatcherController,
        questionnaires: QuestionnaireService,
        watcher: WatcherService,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._questionnaires = questionnaires
        self._watcher = watcher
        self._runner = runner
        self._loading = False
        self._again = False
        self.snapshot: SupportSnapshot | None = None
        self.setAccessibleName("Support")

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(Space.XL, Space.L + 4, Space.XL, Space.L + 4)
        column.setSpacing(Space.M - 2)
        self.measure = ReadableMeasure(content, PAGE_MEASURE_CHARS)
        self._reach_out(column)
        column.addWidget(_rule())
        if controller.safety_plans is not None:
            self._safety_plan(column, controller.safety_plans)
            column.addWidget(_rule())
        self._self_checks(column)
        column.addWidget(_rule())
        self._notes(column)
        column.addWidget(_rule())
        self._settings(column)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setAccessibleName("Support")  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll_area = scroll
        self.setFocusProxy(self.support_button)

        self.link_requested.connect(controller.link_requested)
        controller.history_changed.connect(self.refresh)
        controller.questionnaire_saved.connect(self.refresh)
        controller.settings_changed.connect(self._settings_saved)

    def show_results(self) -> None:
        """Scroll to the self-check results (after a questionnaire's "over time")."""
        self.scroll_area.ensureWidgetVisible(self.results_label, 0, 0)
        self.results.setFocus()

    # -- sections ---------------------------------------------------------------------

    def _reach_out(self, column: QVBoxLayout) -> None:
        column.addWidget(heading("Reach out", Type.SECTION))
        column.addWidget(paragraph(REACH_OUT))
        self.crisis_line = CrisisLineBox(self._controller.region(None))
        self.crisis_line.link_requested.connect(self.link_requested)
        column.addWidget(self.crisis_line)
        self.support_button = button(
            "&See support options",
            "See support options",
            "Crisis lines, counselling, support groups, job clubs and the people you trust",
        )
        self.support_button.clicked.connect(self._controller.open_support_options)
        self.contacts_button = button(
            "Trusted &contacts…",
            "Trusted contacts",
            "Add the people you'd like Tend to list beside the support options",
        )
        self.contacts_button.clicked.connect(self._controller.open_contacts)
        column.addLayout(_row(self.support_button, self.contacts_button))
        # The page's keyboard starts at "See support options" (its focus proxy): Tab goes
        # from there to the crisis line's link and numbers above, then on.
        self.crisis_line.place_in_tab_order(self.support_button, self.contacts_button)

    def _safety_plan(self, column: QVBoxLayout, plans: SafetyPlanKeeper) -> None:
        wording = plan_wording()
        column.addWidget(heading(wording.title, Type.SECTION))
        column.addWidget(paragraph(wording.intro))
        self.plan_empty = muted(wording.empty)
        column.addWidget(self.plan_empty)
        self.plan_summary = SafetyPlanSummary()
        self.plan_summary.title.hide()  # the section's heading already says it
        column.addWidget(self.plan_summary)
        self.plan_button = button(
            "Open my safety pl&an…",
            "Open my safety plan",
            "Write, change, print or save your safety plan as a PDF",
        )
        self.plan_button.clicked.connect(plans.open_editor)
        column.addLayout(_row(self.plan_button))
        plans.attach(self.plan_summary)
        plans.changed.connect(self._plan_changed)
        self._plan_changed(plans.plan)

    def _plan_changed(self, plan: SafetyPlan | None) -> None:
        self.plan_empty.setVisible(plan is not None and plan.is_empty)
        written = plan is not None and not plan.is_empty
        self.plan_button.setText("Open my safety pl&an…" if written else "Write my safety pl&an…")

    def _self_checks(self, column: QVBoxLayout) -> None:
        column.addWidget(heading("Self-checks", Type.SECTION))
        column.addWidget(paragraph(SELF_CHECKS))
        self.phq9_button = button(
            "Take the &PHQ-9…", "Take the PHQ-9", "Nine questions about the last two weeks"
        )
        self.phq9_button.clicked.connect(lambda: self._controller.questionnaire_flow.take(PHQ9))
        self.who5_button = button(
            "Take the WHO-&5…", "Take the WHO-5", "Five statements about your wellbeing"
        )
        self.who5_button.clicked.connect(lambda: self._controller.questionnaire_flow.take(WHO5))
        column.addLayout(_row(self.phq9_button, self.who5_button))
        self.screening_note = muted(SCREENING_NOTE)
        column.addWidget(self.screening_note)
        self.empty = paragraph(NO_RESULTS)
        column.addWidget(self.empty)
        self.charts = ResultCharts()
        column.addWidget(self.charts)
        self.results_label = QLabel("&Latest results:")
        self.results = ResultsList()
        self.results_label.setBuddy(self.results)
        column.addWidget(self.results_label)
        column.addWidget(self.results)
        self._show_results_visible(False)

    def _notes(self, column: QVBoxLayout) -> None:
        column.addWidget(heading("Notes Tend has shared", Type.SECTION))
        column.addWidget(paragraph(NOTES))
        self.history = PromptHistoryView()
        self.history.table.setMinimumHeight(150)
        self.history.why_requested.connect(self._controller.explain)
        self.history.table.selectionModel().selectionChanged.connect(self._selection_changed)
        column.addWidget(self.history)
        self.why_button = button(
            "&Why am I seeing this?",
            "Why am I seeing this?",
            "What Tend noticed for the selected note, day by day",
        )
        self.why_button.setEnabled(False)
        self.why_button.clicked.connect(self._explain_selected)
        column.addLayout(_row(self.why_button))
        self._selection_changed()

    def _settings(self, column: QVBoxLayout) -> None:
        column.addWidget(heading("Looking out", Type.SECTION))
        self.status = paragraph("")
        column.addWidget(self.status)
        self.settings_button = button(
            "Looking &out settings…",
            "Looking out settings",
            "Turn the watcher on or off, choose its notes, your region and self-check ideas",
        )
        self.settings_button.clicked.connect(self._controller.open_settings)
        column.addLayout(_row(self.settings_button))

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload results, notes and settings in the background (one load at a time)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        questionnaires, watcher = self._questionnaires, self._watcher
        self._runner.run(
            lambda progress: load_support_snapshot(questionnaires, watcher),
            on_success=self.show_snapshot,
            on_failure=self._failed,
        )

    def show_snapshot(self, snapshot: SupportSnapshot) -> None:
        self.snapshot = snapshot
        self._loading = False
        results = snapshot.results
        self.charts.set_results(results)
        self.results.set_results(results)
        self._show_results_visible(bool(results))
        self.history.set_prompts(snapshot.history)
        self._selection_changed()
        self._show_settings(snapshot.settings)
        if self._again:
            self._again = False
            self.refresh()
        else:
            self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = self._again = False
        self._runner.report(error)  # the app's one place for errors

    def _settings_saved(self, settings: WatcherSettings) -> None:
        self._show_settings(settings)

    def _show_settings(self, settings: WatcherSettings) -> None:
        self.crisis_line.show_region(self._controller.region(settings.region))
        today = self.snapshot.today if self.snapshot is not None else self._watcher.today()
        self.status.setText(watcher_status(settings, today))

    def _show_results_visible(self, has_results: bool) -> None:
        self.empty.setVisible(not has_results)
        self.charts.setVisible(has_results)
        self.results_label.setVisible(has_results)
        self.results.setVisible(has_results)

    # -- notes ------------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.history.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self) -> None:
        self.why_button.setVisible(self.history.model.rowCount() > 0)
        self.why_button.setEnabled(self._selected_row() is not None)

    def _explain_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._controller.explain_shown(self.history.model.prompt_at(row))


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for made in buttons:
        row.addWidget(made)
    row.addStretch(1)
    return row


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    line.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return line
