"""Calm cards for Home: one follow-up offer, and the week's summary of effort.

A card never counts what was not done; it says what is possible, or what was done.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.design import make_card
from app.ui.jobsearch.wording import say


def card_frame(frame: QFrame) -> None:
    """The design language's one card style, like every other card on Home."""
    make_card(frame)


def caption_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    font.setBold(True)
    label.setFont(font)
    return label


class OfferCard(QFrame):
    """A follow-up offered once: "Draft it here" or "Not now". Never a task."""

    draft_requested = Signal(object)  # the offer
    dismissed = Signal(object)  # the offer
    close_requested = Signal(object)  # the offer (close the opening as "no reply")

    def __init__(
        self,
        offer: object,
        title: str,
        text: str,
        can_close: bool = False,
        parent: QWidget | None = None,
        *,
        can_draft: bool = True,
    ) -> None:
        super().__init__(parent)
        self.offer = offer
        card_frame(self)
        self.setAccessibleName(f"Idea: {title}")
        self.setAccessibleDescription(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.caption = caption_label(title, self)
        layout.addWidget(self.caption)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.draft = QPushButton(say("offers", "draft"), self)
        self.draft.setAccessibleName(f"{say('offers', 'draft')}: {title}")
        self.draft.clicked.connect(lambda: self.draft_requested.emit(self.offer))
        self.dismiss = QPushButton(say("offers", "dismiss"), self)
        self.dismiss.setAccessibleName(f"{say('offers', 'dismiss')}: {title}")
        self.dismiss.clicked.connect(lambda: self.dismissed.emit(self.offer))
        buttons.addWidget(self.draft)
        self.draft.setVisible(can_draft)
        self.close_opening: QPushButton | None = None
        if can_close:
            self.close_opening = QPushButton(say("offers", "close"), self)
            self.close_opening.setAccessibleName(f"{say('offers', 'close')}: {title}")
            self.close_opening.clicked.connect(lambda: self.close_requested.emit(self.offer))
            buttons.addWidget(self.close_opening)
        buttons.addWidget(self.dismiss)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class WeeklySummaryCard(QFrame):
    """What was done this week, as plain lines ("2 applications sent")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card_frame(self)
        self.setAccessibleName(say("weekly", "heading"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(caption_label(say("weekly", "heading"), self))
        self.lines = QLabel(self)
        self.lines.setWordWrap(True)
        self.lines.setAccessibleName("This week's effort")
        layout.addWidget(self.lines)
        self.reach_out_caption = caption_label(say("weekly", "reach_out"), self)
        layout.addSpacing(4)
        layout.addWidget(self.reach_out_caption)
        self.reach_out = QLabel(self)
        self.reach_out.setWordWrap(True)
        self.reach_out.setAccessibleName(say("weekly", "reach_out"))
        layout.addWidget(self.reach_out)
        self.set_lines([])

    def set_lines(self, lines: list[str], reach_out: str = "") -> None:
        """What was done, and (when the person keeps a people list) someone to reach out to."""
        self.reach_out.setText(reach_out)
        self.reach_out_caption.setVisible(bool(reach_out))
        self.reach_out.setVisible(bool(reach_out))
        if not lines:
            text = say("weekly", "empty")
            self.lines.setText(text)
        else:
            text = "\n".join(f"• {line}" for line in lines)
            self.lines.setText(text)
        self.lines.setAccessibleDescription(text)
