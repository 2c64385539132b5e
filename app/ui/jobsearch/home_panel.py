"""The job search on Home: follow-up offers, the week's effort, "I heard back: it's a no",
the steps of a search, and the switch for a day off from all of it.

The panel only shows what it is given and says what the person asked for; the feature
(``feature.py``) reads and writes through the core.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.jobsearch.cards import OfferCard, WeeklySummaryCard
from app.ui.jobsearch.views import OfferView
from app.ui.jobsearch.wording import say
from app.ui.widgets import muted


class JobSearchHome(QWidget):
    heard_no_requested = Signal()
    steps_requested = Signal()
    day_off_toggled = Signal(bool)
    draft_requested = Signal(object)  # an offer
    offer_dismissed = Signal(object)  # an offer
    close_requested = Signal(object)  # an offer that can close its opening

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Job search")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        row = QHBoxLayout()
        self.heard_no = QPushButton(say("heard_no", "button"), self)
        self.heard_no.setAccessibleName(say("heard_no", "button"))
        self.heard_no.clicked.connect(self.heard_no_requested)
        self.steps = QPushButton(say("steps", "button"), self)
        self.steps.setAccessibleName(say("steps", "button"))
        self.steps.clicked.connect(self.steps_requested)
        self.day_off = QCheckBox(say("day_off", "switch"), self)
        self.day_off.setAccessibleName(say("day_off", "switch"))
        self.day_off.setToolTip(say("day_off", "tip"))
        self.day_off.toggled.connect(self._day_off_changed)
        row.addWidget(self.heard_no)
        row.addWidget(self.steps)
        row.addStretch(1)
        row.addWidget(self.day_off)
        layout.addLayout(row)

        self.resting = muted(say("day_off", "resting"))
        self.resting.hide()
        layout.addWidget(self.resting)
        self.offers = QVBoxLayout()
        self.offers.setSpacing(10)
        layout.addLayout(self.offers)
        self.summary = WeeklySummaryCard(self)
        layout.addWidget(self.summary)
        self.offer_cards: list[OfferCard] = []
        self.cleared = False

    # -- what is shown ------------------------------------------------------------------

    def set_offers(self, offers: Sequence[OfferView]) -> None:
        """The offers still standing; replaces the shown ones."""
        for card in self.offer_cards:
            self.offers.removeWidget(card)
            card.deleteLater()
        self.offer_cards = []
        for offer in offers:
            card = OfferCard(
                offer, offer.title, offer.text, offer.can_close, self, can_draft=offer.can_draft
            )
            card.draft_requested.connect(self.draft_requested)
            card.dismissed.connect(self._dismiss)
            card.close_requested.connect(self._close)
            card.setVisible(not self.day_off.isChecked())
            self.offers.addWidget(card)
            self.offer_cards.append(card)

    def set_summary(self, lines: list[str], reach_out: str = "") -> None:
        self.summary.set_lines(lines, reach_out)

    def clear(self) -> None:
        """Forget the roles and names on the cards (the journal is locking)."""
        self.cleared = True
        self.set_offers([])
        self.set_summary([])

    def set_day_off(self, day_off: bool) -> None:
        """Show the stored switch without reporting it back as a change."""
        self.day_off.blockSignals(True)
        self.day_off.setChecked(day_off)
        self.day_off.blockSignals(False)
        self._apply_day_off(day_off)

    def remove_offer(self, offer: object) -> None:
        for card in list(self.offer_cards):
            if card.offer is offer:
                self.offer_cards.remove(card)
                self.offers.removeWidget(card)
                card.hide()  # until deleteLater runs it would still be drawn
                card.deleteLater()

    def _dismiss(self, offer: object) -> None:
        self.remove_offer(offer)
        self.offer_dismissed.emit(offer)

    def _close(self, offer: object) -> None:
        self.remove_offer(offer)
        self.close_requested.emit(offer)

    def _day_off_changed(self, day_off: bool) -> None:
        self._apply_day_off(day_off)
        self.day_off_toggled.emit(day_off)

    def _apply_day_off(self, day_off: bool) -> None:
        for widget in (self.heard_no, self.steps, self.summary, *self.offer_cards):
            widget.setVisible(not day_off)
        self.resting.setVisible(day_off)
