"""A day's check-ins and journal entries side by side, each a click away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.checkins import SCALE_INFO, SCALES, CheckIn
from app.core.insights import DayDetail
from app.core.journal import EntrySummary
from app.ui.dates import display_date, display_time
from app.ui.snippet_text import cut_at_word
from app.ui.widgets import empty_layout

DAY_PANEL_PREVIEW_CHARS = 120  # two short lines beside the entry's title


def checkin_summary(checkin: CheckIn) -> str:
    parts = [
        f"{SCALE_INFO[scale].label} {value}"
        for scale in SCALES
        if (value := checkin.value(scale)) is not None
    ]
    if checkin.sleep_hours is not None:
        parts.append(f"Sleep {checkin.sleep_hours:g} h")
    return " · ".join(parts) or "No ratings"


class DayPanel(QWidget):
    edit_checkin_requested = Signal(str)  # check-in id
    open_entry_requested = Signal(str)  # entry id
    checkin_for_day_requested = Signal(object)  # date: backfill a check-in for this day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: DayDetail | None = None  # no day until the view sets one
        self.setAccessibleName("The chosen day")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.title = QLabel("Choose a day in the calendar to see it here.")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.add_button = QPushButton("Check in for this day", self)
        self.add_button.setAutoDefault(False)
        self.add_button.hide()
        self.add_button.clicked.connect(
            lambda: self.checkin_for_day_requested.emit(self._detail.day) if self._detail else None
        )
        header.addWidget(self.title, 1)
        header.addWidget(self.add_button)
        layout.addLayout(header)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        layout.addWidget(self._grid_host)
        self.buttons: list[QPushButton] = []

    def focus_first(self) -> None:
        """Keyboard focus on the day's first link (or its "Check in for this day")."""
        (self.buttons[0] if self.buttons else self.add_button).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def set_detail(self, detail: DayDetail) -> None:
        self._detail = detail
        self._clear()
        day = detail.day
        self.title.setText(display_date(day, year=True))
        self.add_button.show()
        self.add_button.setAccessibleName(f"Check in for {display_date(day)}")
        row = 0
        row = self._section("Check-ins", row)
        if not detail.checkins:
            row = self._line("No check-ins this day.", row)
        for checkin in detail.checkins:
            text = checkin_summary(checkin)
            if checkin.activities:
                text += "\n" + ", ".join(checkin.activities)
            if checkin.feelings:
                text += "\nFeeling " + ", ".join(checkin.feelings)
            if checkin.note:
                text += f"\n“{checkin.note}”"
            row = self._item(
                display_time(checkin.at),
                text,
                "Edit",
                f"Edit the check-in at {display_time(checkin.at)}",
                lambda _=False, i=checkin.id: self.edit_checkin_requested.emit(i),
                row=row,
            )
        row = self._section("Journal entries", row)
        if not detail.entries:
            row = self._line("No entries this day.", row)
        for entry in detail.entries:
            row = self._entry(entry, row)

    def _entry(self, entry: EntrySummary, row: int) -> int:
        text = entry.display_title
        if entry.preview and entry.preview != text:
            text += f"\n{cut_at_word(entry.preview, DAY_PANEL_PREVIEW_CHARS)}"
        return self._item(
            display_time(entry.created_at),
            text,
            "Open",
            f"Open the entry “{entry.display_title}”",
            lambda _=False, i=entry.id: self.open_entry_requested.emit(i),
            row=row,
        )

    def _section(self, title: str, row: int) -> int:
        label = QLabel(title, self._grid_host)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._grid.addWidget(label, row, 0, 1, 3)
        return row + 1

    def _line(self, text: str, row: int) -> int:
        self._grid.addWidget(QLabel(text, self._grid_host), row, 1, 1, 2)
        return row + 1

    def _item(
        self, time: str, text: str, action: str, name: str, slot: Callable[..., None], *, row: int
    ) -> int:
        self._grid.addWidget(QLabel(time, self._grid_host), row, 0)
        body = QLabel(text, self._grid_host)
        body.setWordWrap(True)
        self._grid.addWidget(body, row, 1)
        button = QPushButton(action, self._grid_host)
        button.setAutoDefault(False)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        self._grid.addWidget(button, row, 2)
        self.buttons.append(button)
        return row + 1

    def _clear(self) -> None:
        empty_layout(self._grid)
        self.buttons = []
