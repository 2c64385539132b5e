"""'Why am I seeing this?': the counts and every piece of evidence behind a prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.watcher.model import (
    CHECKIN,
    CHECKING_IN,
    CRISIS,
    ENTRY,
    ESCALATION_REASONS,
    OPENING,
    QUESTIONNAIRE,
    SAFETY_PLAN,
    SEARCH_PERSON,
    SHORT_SLEEP,
    TRUSTED_CONTACT,
    WATCHER,
    Evidence,
    Prompt,
    ShownPrompt,
)
from app.core.watcher.wording import Wording
from app.ui.dates import display_date

SUPPORT_RULE = (
    "Tend looks at the last {window} days. A sign counts as lasting when it shows on more "
    "than half of the days with evidence about it (a check-in rating, or words about it "
    "either way), on at least 5 days spread over at least 10 days. It's not a diagnosis: "
    "it's what you noted, counted."
)
CRISIS_RULE = (
    "These words, written that day, are why Tend showed crisis resources straight away. "
    "If Tend misread them, you can close the note; nothing else happens."
)


class WhyDialog(QDialog):
    """Explains one prompt. Double-clicking writing evidence asks to open that entry."""

    open_entry_requested = Signal(str)

    def __init__(self, shown: ShownPrompt, wording: Wording, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        prompt = shown.prompt
        self.setWindowTitle("Why am I seeing this?")
        self.setAccessibleName("Why am I seeing this?")
        self.rule = QLabel(_rule(prompt, wording))
        self.rule.setWordWrap(True)
        self.reasons = QLabel(_escalation_text(prompt, wording))
        self.reasons.setWordWrap(True)
        self.reasons.setVisible(prompt.escalated)
        self.reasons.setAccessibleName("Why this note says more")
        self.counts = QLabel(
            "\n".join(
                f"{wording.signal_titles[count.signal]}: {count.days_present} of the last "
                f"{prompt.window_days} days (out of {count.days_with_data} with evidence "
                "about it)"
                for count in prompt.counts
            )
        )
        self.counts.setWordWrap(True)
        self.counts.setVisible(bool(prompt.counts))
        self.counts.setAccessibleName("How often each sign showed")

        self.evidence = QTreeWidget()
        self.evidence.setAccessibleName("Evidence, day by day")
        self.evidence.setRootIsDecorated(False)
        self.evidence.setHeaderLabels(["Day", "Sign", "From", "What"])
        self.evidence.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Day by day, so a night's sleep or a self-check sits beside that day's ratings.
        for item in sorted(prompt.evidence, key=lambda evidence: evidence.day):
            self.evidence.addTopLevelItem(_row(item, wording))
        for column in range(3):
            self.evidence.resizeColumnToContents(column)
        self.evidence.itemActivated.connect(self._activated)
        evidence_label = QLabel("&Evidence (double-click writing to open it):")
        evidence_label.setBuddy(self.evidence)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")

        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.reasons)
        layout.addWidget(self.counts)
        layout.addWidget(evidence_label)
        layout.addWidget(self.evidence, 1)
        layout.addWidget(buttons)
        self.resize(680, 540)

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        evidence: Evidence = item.data(0, Qt.ItemDataRole.UserRole)
        if evidence.source == ENTRY and evidence.source_ids:
            self.open_entry_requested.emit(evidence.source_ids[0])


def _rule(prompt: Prompt, wording: Wording) -> str:
    if prompt.kind == CRISIS:
        return CRISIS_RULE
    if prompt.kind == CHECKING_IN:
        return wording.why_checking_in
    return SUPPORT_RULE.format(window=prompt.window_days)


def _escalation_text(prompt: Prompt, wording: Wording) -> str:
    """Which reasons to say more held, each in a sentence, under a heading."""
    reasons = [
        (item.signal, item.day, item.score)
        for item in prompt.evidence
        if item.signal in ESCALATION_REASONS
    ]
    if not reasons:
        return ""
    lines = wording.escalation_lines(reasons)
    return "\n".join([wording.why_escalated["heading"], *(f"\u2022 {line}" for line in lines)])


# Other text read for crisis words as it is saved (app/core/watcher/saved_text.py).
SAVED_TEXT_NAMES = {
    OPENING: "Opening",
    SEARCH_PERSON: "Person in your search",
    TRUSTED_CONTACT: "Trusted contact",
    SAFETY_PLAN: "Safety plan",
}


def source_name(evidence: Evidence) -> str:
    """Where a piece of evidence came from, in a word: check-in, note, entry, questionnaire."""
    if evidence.source in SAVED_TEXT_NAMES:
        return SAVED_TEXT_NAMES[evidence.source]
    if evidence.source == ENTRY:
        return "Entry"
    if evidence.source == QUESTIONNAIRE:
        return "Questionnaire"
    if evidence.source == WATCHER:
        return "Tend"
    # A check-in's words are its note; its ratings and sleep are the check-in itself.
    return "Note" if evidence.source == CHECKIN and evidence.phrase is not None else "Check-in"


def what_it_said(evidence: Evidence) -> str:
    many = len(evidence.source_ids) > 1
    if evidence.phrase is not None:
        return f"\u201c{evidence.phrase}\u201d"
    if evidence.signal == SHORT_SLEEP and evidence.hours is not None:
        return f"{'on average ' if many else ''}{evidence.hours:g} hours of sleep"
    if evidence.score is not None:
        return f"PHQ-9 total {evidence.score} out of 27"
    if evidence.value is not None:
        return f"{'average ' if many else ''}{evidence.value:g} out of 5"
    return ""


def _row(evidence: Evidence, wording: Wording) -> QTreeWidgetItem:
    item = QTreeWidgetItem(
        [
            display_date(evidence.day, short=True),
            wording.signal_titles.get(evidence.signal, evidence.signal),
            source_name(evidence),
            what_it_said(evidence),
        ]
    )
    item.setData(0, Qt.ItemDataRole.UserRole, evidence)
    return item
