"""Home: a greeting, today's check-in at a glance, the prompt of the day, and room for cards
(such as the watcher's) that features add at the top."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.checkins import SCALES, CheckIn
from app.core.checkins.scales import SCALE_INFO
from app.core.clock import Clock
from app.core.jobsearch.stage_prompts import StagePrompts
from app.core.plural import times
from app.core.prompts import Moment, PromptLibrary, moment_of_day
from app.core.workspace import Workspace
from app.ui.dates import display_date, display_time
from app.ui.design import PAGE_MEASURE_CHARS, ReadableMeasure, Space, make_card
from app.ui.home.on_this_day import OnThisDayCard
from app.ui.home.prompt_card import PromptCard
from app.ui.tasks import TaskRunner
from app.ui.widgets import heading, muted


def greeting(moment: datetime) -> str:
    hour = moment.hour
    if 5 <= hour < 12:
        return "Good morning"
    if 12 <= hour < 18:
        return "Good afternoon"
    return "Good evening"


def today_summary(checkins: list[CheckIn]) -> str:
    """'You checked in at 20:15: mood 3, energy 2…' in plain words."""
    if not checkins:
        return "You haven't checked in today. It takes a few seconds."
    latest = checkins[-1]
    parts = [
        f"{SCALE_INFO[scale].label.lower()} {value}"
        for scale in SCALES
        if (value := latest.value(scale)) is not None
    ]
    detail = f": {', '.join(parts)}" if parts else ""
    last = display_time(latest.at)
    return f"You checked in {times(len(checkins))} today, last at {last}{detail}."


class HomePage(QWidget):
    check_in_requested = Signal()
    prompt_chosen = Signal(object)  # Prompt

    def __init__(
        self, workspace: Workspace, runner: TaskRunner, library: PromptLibrary, clock: Clock
    ) -> None:
        super().__init__()
        self._workspace = workspace
        self._runner = runner
        self._clock = clock  # "today" is the injected clock's, asked afresh on each refresh
        self._library = library
        now = clock()
        self._today = now.date()
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(Space.XL, Space.L + 4, Space.XL, Space.L + 4)
        self.measure = ReadableMeasure(content, PAGE_MEASURE_CHARS)
        self.column.setSpacing(14)
        self.title = heading(f"{greeting(now)}.")
        self.column.addWidget(self.title)
        self.date_label = muted(display_date(now.date()))
        self.column.addWidget(self.date_label)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(10)
        self.column.addLayout(self.cards)

        checkin_box = QFrame()
        checkin_box.setAccessibleName("Today's check-in")
        box_layout = QHBoxLayout(checkin_box)
        make_card(checkin_box, box_layout)
        self.checkin_summary = QLabel(today_summary([]))
        self.checkin_summary.setWordWrap(True)
        self.checkin_summary.setAccessibleName("Today's check-ins")
        self.checkin_button = QPushButton("&Check in")
        self.checkin_button.setAccessibleName("Check in now")
        self.checkin_button.setToolTip("Mood, energy, interest and focus (Ctrl+K)")
        self.checkin_button.clicked.connect(self.check_in_requested)
        box_layout.addWidget(self.checkin_summary, 1)
        box_layout.addWidget(self.checkin_button)
        self.column.addWidget(checkin_box)

        self.prompt_card = PromptCard(library, self._today)
        self.prompt_card.prompt_chosen.connect(self.prompt_chosen)
        self.column.addWidget(self.prompt_card)
        self.on_this_day = OnThisDayCard(workspace.insights, runner)
        self.column.addWidget(self.on_this_day)
        self.column.addStretch(1)

        scroll = QScrollArea()
        scroll.setAccessibleName("Home")  # it takes focus, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def add_card(self, card: QWidget) -> None:
        """Cards (such as a gentle note from the watcher) go above everything else."""
        self.cards.insertWidget(0, card)

    def refresh(self, today: date | None = None) -> None:
        """Reload today's check-ins and the prompt that fits the moment, off the UI thread."""
        now = self._clock()
        self._today = today if today is not None else now.date()
        self.title.setText(f"{greeting(now)}.")
        self.title.setAccessibleName(self.title.text())
        self.date_label.setText(display_date(self._today))
        day, checkins, activities = (
            self._today,
            self._workspace.checkins,
            self._workspace.activities,
        )

        jobs, library = self._workspace.jobs, self._library

        def work(progress: object) -> tuple[list[CheckIn], Moment, StagePrompts | None]:
            moment = moment_of_day(checkins, activities, day)
            if not moment.after_rejection and jobs.heard_no_on(day):  # a no, not checked in
                moment = Moment(after_rejection=True)
            # The day of a no keeps its own prompts; otherwise a recent stage change leads.
            stage = (
                None if moment.after_rejection else jobs.prompts_for_recent_changes(library, day)
            )
            return checkins.for_day(day), moment, stage

        self._runner.run(work, on_success=self._show)
        self.on_this_day.load(day)

    def _show(self, result: tuple[list[CheckIn], Moment, StagePrompts | None]) -> None:
        todays, moment, stage = result
        self.checkin_summary.setText(today_summary(todays))
        self.checkin_button.setText("&Check in again" if todays else "&Check in")
        self.prompt_card.set_day(self._today, moment, stage)
