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

from app.core.watcher.model import CRISIS, ENTRY, Evidence, ShownPrompt
from app.core.watcher.wording import Wording
from app.ui.dates import display_date

SUPPORT_RULE = (
    "Tend looks at the last {window} days. A sign counts as lasting when it shows on more "
    "than half of the days you checked in or wrote, on at least 5 days spread over at least "
    "10 days. It's not a diagnosis: it's what you noted, counted."
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
        is_crisis = prompt.kind == CRISIS
        self.rule = QLabel(
            CRISIS_RULE if is_crisis else SUPPORT_RULE.format(window=prompt.window_days)
        )
        self.rule.setWordWrap(True)
        self.counts = QLabel(
            "\n".join(
                f"{wording.signal_titles[count.signal]}: {count.days_present} of the last "
                f"{prompt.window_days} days (you checked in or wrote on "
                f"{count.days_with_data} of them)"
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
        for item in prompt.evidence:
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
        layout.addWidget(self.counts)
        layout.addWidget(evidence_label)
        layout.addWidget(self.evidence, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        evidence: Evidence = item.data(0, Qt.ItemDataRole.UserRole)
        if evidence.source == ENTRY and evidence.source_ids:
            self.open_entry_requested.emit(evidence.source_ids[0])


def _row(evidence: Evidence, wording: Wording) -> QTreeWidgetItem:
    source = "Entry" if evidence.source == ENTRY else "Check-in"
    if evidence.phrase is not None:
        what = f"“{evidence.phrase}”"
    elif evidence.value is not None:
        many = len(evidence.source_ids) > 1
        what = f"{'average ' if many else ''}{evidence.value:g} out of 5"
    else:
        what = ""
    item = QTreeWidgetItem(
        [
            display_date(evidence.day, short=True),
            wording.signal_titles.get(evidence.signal, evidence.signal),
            source,
            what,
        ]
    )
    item.setData(0, Qt.ItemDataRole.UserRole, evidence)
    return item
