"""A calm, non-modal card that shows one prompt and what the person can do about it.

A crisis card shows the region's first crisis line itself (number, Copy button, hours),
so help is one glance away even if the support window was closed. It has no Settings
button: the watcher's settings are in Settings. The card is one vertical column
(``self.column``); more can be inserted under the title with ``insert_section``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.support.resources import Region
from app.core.watcher.model import CRISIS, ShownPrompt
from app.core.watcher.wording import Wording, default_wording
from app.ui.design import Space, Type, make_card, set_type
from app.ui.watcher.crisis_line import CrisisLineBox
from app.ui.watcher.escalated_offer import PHQ9, TAKE, EscalatedOffer, escalated_option
from app.ui.watcher.safety_plan_summary import SafetyPlanSummary

SNOOZE_DAYS = 3
QUESTIONNAIRE_NAMES = {"phq9": "PHQ-9", "who5": "WHO-5"}


class PromptCard(QFrame):
    """Summary, the crisis line (crisis only), then the actions: support options, why,
    snooze, "I have support", and settings (support notes only)."""

    support_requested = Signal(str)  # prompt id
    why_requested = Signal(str)
    snooze_requested = Signal(str)
    has_support_requested = Signal(str)
    dismissed = Signal(str)
    settings_requested = Signal()
    questionnaire_requested = Signal(str)  # "phq9" or "who5"
    results_requested = Signal(str)  # "phq9": the person's results over time
    link_requested = Signal(str)  # tel: or sms: from the crisis line

    def __init__(
        self,
        shown: ShownPrompt,
        suggestion: str | None = None,
        parent: QWidget | None = None,
        region: Region | None = None,
        *,
        wording: Wording | None = None,
        phq9_taken: bool = False,
    ) -> None:
        super().__init__(parent)
        self.shown = shown
        wording = wording or default_wording()
        self.setObjectName("promptCard")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        is_crisis = shown.prompt.kind == CRISIS
        self.setAccessibleName("Crisis support from Tend" if is_crisis else "A note from Tend")

        # An escalated note says more: its title, its words and its first option change.
        option = escalated_option(shown.prompt, phq9_taken)
        self.escalated_offer = None if option is None else EscalatedOffer(option, wording, self)
        title = "You don't have to face this alone" if is_crisis else "Something Tend noticed"
        if shown.prompt.escalated:
            title = wording.escalated_title
        self.title = QLabel(title)
        set_type(self.title, Type.LABEL)
        self.summary = QLabel(shown.prompt.summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName("What Tend noticed")

        self._make_buttons(is_crisis)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button)
        # Two short rows rather than one long one, so the card fits a narrow window.
        actions = QVBoxLayout()
        rows: tuple[tuple[QPushButton, ...], ...] = (
            (self.support_button, self.why_button),
            (self.snooze_button, self.has_support_button, self.settings_button),
        )
        if self.escalated_offer is not None:
            first = self.escalated_offer.button
            self.support_button.setDefault(False)
            rows = ((first, self.support_button, self.why_button), rows[1])
        self.first_option = rows[0][0]  # what the note leads with
        if is_crisis:  # three buttons only: one row
            rows = ((self.support_button, self.why_button, self.has_support_button),)
        for row_buttons in rows:
            row = QHBoxLayout()
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
            actions.addLayout(row)

        layout = QVBoxLayout(self)
        make_card(self, layout)  # the one card style, drawn from the theme's tokens
        layout.setSpacing(Space.S)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        self.column = layout
        # The person's own safety plan comes first, above the crisis line.
        self.safety_plan = SafetyPlanSummary()  # hidden until the controller gives it a plan
        layout.addWidget(self.safety_plan)
        self.crisis_line: CrisisLineBox | None = None
        if is_crisis and region is not None:
            self.crisis_line = CrisisLineBox(region)
            self.crisis_line.link_requested.connect(self.link_requested)
            layout.addWidget(self.crisis_line)
        self.suggestion_button: QPushButton | None = None
        if self.escalated_offer is not None:
            layout.addWidget(self.escalated_offer.note)
            self._connect_offer(self.escalated_offer)
        elif not shown.prompt.escalated:
            self.suggestion_button = self._add_suggestion(layout, suggestion)
        layout.addLayout(actions)

    def insert_section(self, widget: QWidget) -> None:
        """A section right under the title, above the summary and the lines."""
        self.column.insertWidget(1, widget)

    def show_region(self, region: Region) -> None:
        """The region changed (or became known): show its crisis line."""
        if self.crisis_line is not None:
            self.crisis_line.show_region(region)

    def _make_buttons(self, is_crisis: bool) -> None:
        prompt_id = self.shown.id
        self.support_button = self._button("See support options", "See support options")
        self.support_button.setDefault(True)
        self.why_button = self._button("Why am I seeing this?", "Why am I seeing this?")
        self.snooze_button = self._button(f"Snooze {SNOOZE_DAYS} days", "Snooze for a few days")
        self.has_support_button = self._button("I have support", "I have support")
        self.settings_button = self._button("Settings", "Watcher settings")
        self.close_button = self._button("Not now", "Close this note for now")
        self.support_button.clicked.connect(lambda: self.support_requested.emit(prompt_id))
        self.why_button.clicked.connect(lambda: self.why_requested.emit(prompt_id))
        self.snooze_button.clicked.connect(lambda: self.snooze_requested.emit(prompt_id))
        self.has_support_button.clicked.connect(lambda: self.has_support_requested.emit(prompt_id))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self.close_button.clicked.connect(lambda: self.dismissed.emit(prompt_id))
        # A crisis card is not snoozed (it is shown once a day at most anyway), and has no
        # Settings button: turning help off is not a choice to put next to help.
        self.snooze_button.setVisible(not is_crisis)
        self.settings_button.setVisible(not is_crisis)

    def _connect_offer(self, offer: EscalatedOffer) -> None:
        if offer.option == TAKE:
            offer.button.clicked.connect(lambda: self.questionnaire_requested.emit(PHQ9))
        else:
            offer.button.clicked.connect(lambda: self.results_requested.emit(PHQ9))

    def _add_suggestion(self, layout: QVBoxLayout, suggestion: str | None) -> QPushButton | None:
        """The questionnaire the watcher suggests, if any, with a button to take it."""
        kind = self.shown.prompt.suggested_questionnaire
        if not suggestion or kind not in QUESTIONNAIRE_NAMES:
            return None
        note = QLabel(suggestion)
        note.setWordWrap(True)
        layout.addWidget(note)
        name = QUESTIONNAIRE_NAMES[kind]
        button = self._button(f"Take the {name}", f"Take the {name}")
        button.clicked.connect(lambda: self.questionnaire_requested.emit(kind))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return button

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button
