"""The first option on an escalated support card: the PHQ-9, to bring to a doctor or a
counsellor, or the person's PHQ-9 results over time when they took one recently."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.core.watcher.model import RECENT_PHQ9_SCORE, Prompt
from app.core.watcher.wording import Wording

PHQ9 = "phq9"
TAKE = "take"
RESULTS = "results"


def escalated_option(prompt: Prompt, phq9_taken: bool = False) -> str | None:
    """What an escalated note leads with: TAKE when it offers the PHQ-9 (none in the last
    two weeks), else RESULTS when one was ever taken (a recent one, or with suggestions
    turned off), else None: support options come first."""
    if not prompt.escalated:
        return None
    if prompt.suggested_questionnaire == PHQ9:
        return TAKE
    if phq9_taken or any(item.signal == RECENT_PHQ9_SCORE for item in prompt.evidence):
        return RESULTS
    return None


class EscalatedOffer:
    """A short note and the button that leads the card's options."""

    def __init__(self, option: str, wording: Wording, parent: QWidget) -> None:
        self.option = option
        take = option == TAKE
        self.note = QLabel(wording.offer_phq9 if take else wording.offer_results, parent)
        self.note.setWordWrap(True)
        text = "Take the PHQ-9" if take else "See my PHQ-9 results"
        self.button = QPushButton(text, parent)
        self.button.setAccessibleName(
            "Take the PHQ-9 self-check" if take else "See my PHQ-9 results over time"
        )
        self.button.setAutoDefault(False)
        self.button.setDefault(True)
