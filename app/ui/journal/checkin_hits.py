"""Check-ins found by a search, shown under the search box beside the entries it finds.

Entries come back in the list as always; check-ins whose feeling words or note match are
a row of day buttons here ("Tue 1 Dec"), each opening that day on Insights, where the
check-in can be read and edited. Hidden when no check-in matches.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.checkins import CheckIn, CheckInService
from app.core.errors import TendError
from app.ui.checkins.flow_layout import FlowLayout
from app.ui.dates import display_date, display_time
from app.ui.tasks import TaskRunner
from app.ui.widgets import empty_layout, muted


def describe_hit(checkin: CheckIn) -> str:
    """'Tuesday 1 December 2026, 09:30: feeling tired, low. “Slow start”'"""
    when = f"{display_date(checkin.at.date(), year=True)}, {display_time(checkin.at)}"
    parts = []
    if checkin.feelings:
        parts.append("feeling " + ", ".join(checkin.feelings))
    if checkin.note:
        parts.append(f"“{checkin.note}”")
    return f"{when}: " + ". ".join(parts) if parts else when


class CheckInHits(QWidget):
    day_requested = Signal(object)  # date

    def __init__(
        self, checkins: CheckInService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._checkins = checkins
        self._runner = runner
        self._serial = 0
        self.hits: list[CheckIn] = []
        self.buttons: list[QPushButton] = []
        self.setAccessibleName("Check-ins found")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 6)
        column.setSpacing(4)
        self.caption: QLabel = muted()
        column.addWidget(self.caption)
        self._row = QWidget(self)
        self._flow = FlowLayout(self._row, spacing=4)
        column.addWidget(self._row)
        self.hide()

    def search(self, text: str) -> None:
        self._serial += 1
        serial, checkins = self._serial, self._checkins
        if not text.strip():
            self.show_hits([])
            return

        def found(hits: list[CheckIn]) -> None:
            if serial == self._serial:  # only the newest search is shown
                self.show_hits(hits)

        def refused(error: TendError) -> None:
            if serial == self._serial:
                self.show_hits([])

        self._runner.run(
            lambda progress: checkins.search(text), on_success=found, on_expected=refused
        )

    def show_hits(self, hits: list[CheckIn]) -> None:
        self.hits = hits
        empty_layout(self._flow)
        self.buttons = []
        count = "1 check-in matches" if len(hits) == 1 else f"{len(hits)} check-ins match"
        self.caption.setText(f"{count}, newest first:")
        for checkin in hits:
            button = QPushButton(
                display_date(checkin.at.date(), weekday=False, short=True), self._row
            )
            button.setAutoDefault(False)
            words = describe_hit(checkin)
            button.setToolTip(words)
            button.setAccessibleName(f"Check-in on {words}. Opens the day on Insights.")
            button.clicked.connect(lambda _=False, day=checkin.day: self._open(day))
            self._flow.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(hits))

    # -- as a private view: nothing to save, and nothing left behind on lock --------------

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self._serial += 1  # a search still running finds nowhere to show its answer
        self.show_hits([])

    def _open(self, day: date) -> None:
        self.day_requested.emit(day)
