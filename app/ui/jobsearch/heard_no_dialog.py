""" "I heard back: it's a no", in one step that starts with naming the feeling.

The first page asks what the person feels (words to pick, or their own) and, if they
like, which opening it was. The second page acknowledges it and offers a check-in or a
place to write. The dialog writes nothing itself: it reports what was chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.checkins.flow_layout import FlowLayout
from app.ui.jobsearch.wording import feelings, say

MAX_OWN_WORDS = 200


class NextStep(Enum):
    CHECK_IN = "check_in"
    WRITE = "write"
    NOTHING = "nothing"


@dataclass(frozen=True)
class HeardNo:
    """What the person said: their feelings, the opening (if named), and what comes next."""

    feelings: tuple[str, ...]
    opening_id: str | None
    next_step: NextStep

    def feelings_sentence(self) -> str:
        if not self.feelings:
            return ""
        offered = set(feelings())
        # The offered words are written mid-sentence; the person's own stay as typed.
        named = [word.lower() if word in offered else word for word in self.feelings]
        joined = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        return say("heard_no", "entry_feelings", feelings=joined)


class HeardNoDialog(QDialog):
    finished_with = Signal(object)  # HeardNo

    def __init__(self, openings: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``openings``: (id, "Role, Organisation") for the open ones, newest first."""
        super().__init__(parent)
        self.setWindowTitle(say("heard_no", "title"))
        self.setAccessibleName(say("heard_no", "title"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._naming_page(openings))
        self.pages.addWidget(self._offer_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(520, self.sizeHint().height())

    # -- page 1: naming the feeling -----------------------------------------------------

    def _naming_page(self, openings: Sequence[tuple[str, str]]) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.question = QLabel(say("heard_no", "feeling_question"), page)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        chips = QWidget(page)
        flow = FlowLayout(chips)
        self.feeling_buttons: list[QPushButton] = []
        for word in feelings():
            button = QPushButton(word, chips)
            button.setCheckable(True)
            button.setAccessibleName(f"I feel {word.lower()}")
            flow.addWidget(button)
            self.feeling_buttons.append(button)
        layout.addWidget(chips)
        self.own_words = QLineEdit(page)
        self.own_words.setPlaceholderText(say("heard_no", "own_words"))
        self.own_words.setAccessibleName(say("heard_no", "own_words"))
        self.own_words.setMaxLength(MAX_OWN_WORDS)
        layout.addWidget(self.own_words)
        which = QLabel(say("heard_no", "which_opening"), page)
        layout.addWidget(which)
        self.opening = QComboBox(page)
        self.opening.setAccessibleName("Which opening")
        self.opening.addItem(say("heard_no", "no_opening"), None)
        for opening_id, label in openings:
            self.opening.addItem(label, opening_id)
        which.setBuddy(self.opening)
        layout.addWidget(self.opening)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton("Cancel", page)
        cancel.clicked.connect(self.reject)
        self.next_button = QPushButton("&Next", page)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.show_offer)
        row.addWidget(cancel)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        return page

    def chosen_feelings(self) -> tuple[str, ...]:
        words = [button.text() for button in self.feeling_buttons if button.isChecked()]
        own = self.own_words.text().strip()
        if own:
            words.append(own)
        return tuple(words)

    def show_offer(self) -> None:
        self.pages.setCurrentIndex(1)
        self.checkin_button.setFocus()

    # -- page 2: acknowledging, and offering the check-in -------------------------------

    def _offer_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.acknowledgement = QLabel(say("heard_no", "after_naming"), page)
        self.acknowledgement.setWordWrap(True)
        layout.addWidget(self.acknowledgement)
        offer = QLabel(say("heard_no", "offer_checkin"), page)
        offer.setWordWrap(True)
        layout.addWidget(offer)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.checkin_button = QPushButton(say("heard_no", "checkin_button"), page)
        self.checkin_button.setDefault(True)
        self.checkin_button.clicked.connect(lambda: self._finish(NextStep.CHECK_IN))
        self.write_button = QPushButton(say("heard_no", "write_button"), page)
        self.write_button.clicked.connect(lambda: self._finish(NextStep.WRITE))
        self.close_button = QPushButton(say("heard_no", "close_button"), page)
        self.close_button.clicked.connect(lambda: self._finish(NextStep.NOTHING))
        row.addWidget(self.checkin_button)
        row.addWidget(self.write_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return page

    def _finish(self, step: NextStep) -> None:
        self.finished_with.emit(HeardNo(self.chosen_feelings(), self.opening.currentData(), step))
        self.accept()
