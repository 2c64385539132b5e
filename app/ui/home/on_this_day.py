"""On this day: what was written and checked in on this date in earlier years.

The card stays hidden when there is nothing, so Home never shows an empty frame. Each
year gets a line saying how long ago it was, its check-ins in a few words, and its
entries, each a button away; "See that day" opens the day on Insights.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.insights import DayDetail, Insights
from app.core.insights.views_wording import checkins_line, words, years_ago
from app.ui.dates import display_date
from app.ui.design import make_card
from app.ui.tasks import TaskRunner
from app.ui.widgets import empty_layout, muted

MAX_ENTRIES_PER_YEAR = 3  # a busy day long ago should not push Home's own cards away
PREVIEW_CHARS = 90


def _preview(text: str) -> str:
    """The start of an entry, cut at a word, never mid-word."""
    if len(text) <= PREVIEW_CHARS:
        return text
    cut = text[:PREVIEW_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


class OnThisDayCard(QFrame):
    open_entry_requested = Signal(str)  # entry id
    day_requested = Signal(object)  # date

    def __init__(
        self, insights: Insights, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._insights = insights
        self._runner = runner
        self._today: date | None = None
        self.memories: list[DayDetail] = []
        self.buttons: list[QPushButton] = []
        self.setAccessibleName(words("on_this_day", "title"))
        layout = QVBoxLayout(self)
        make_card(self, layout)
        self.caption = QLabel(words("on_this_day", "title"), self)
        small = self.caption.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        small.setBold(True)
        self.caption.setFont(small)
        layout.addWidget(self.caption)
        self._body = QWidget(self)
        self._grid = QGridLayout(self._body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        layout.addWidget(self._body)
        self.hide()

    def load(self, today: date) -> None:
        """Look for earlier years' days in the background; show the card only if some."""
        self._today = today
        insights = self._insights
        self._runner.run(
            lambda progress: (today, insights.on_this_day(today)),
            on_success=lambda found: self.show_memories(*found),
        )

    def show_memories(self, today: date, memories: list[DayDetail]) -> None:
        if self._today is not None and today != self._today:
            return  # the day changed while this was loading
        self.memories = memories
        self._clear()
        row = 0
        for detail in memories:
            row = self._year(detail, today, row)
        self.setVisible(bool(memories))

    # -- as a private view: nothing to save, and nothing left behind on lock --------------

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.memories = []
        self._clear()
        self.hide()

    def _year(self, detail: DayDetail, today: date, row: int) -> int:
        heading = QLabel(years_ago(detail.day, today), self._body)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        heading.setWordWrap(True)
        self._grid.addWidget(heading, row, 0)
        see = self._button(
            "See that day",
            f"See {display_date(detail.day, year=True)} on Insights",
            lambda _=False, day=detail.day: self.day_requested.emit(day),
        )
        self._grid.addWidget(see, row, 1)
        row += 1
        if line := checkins_line(detail):
            self._grid.addWidget(muted(line), row, 0, 1, 2)
            row += 1
        for entry in detail.entries[:MAX_ENTRIES_PER_YEAR]:
            text = entry.display_title
            if entry.preview and entry.preview != text:
                text += f" — {_preview(entry.preview)}"
            label = QLabel(text, self._body)
            label.setWordWrap(True)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(
                self._button(
                    "Open",
                    f"Open the entry “{entry.display_title}”",
                    lambda _=False, i=entry.id: self.open_entry_requested.emit(i),
                ),
                row,
                1,
            )
            row += 1
        if len(detail.entries) > MAX_ENTRIES_PER_YEAR:
            more = len(detail.entries) - MAX_ENTRIES_PER_YEAR
            self._grid.addWidget(
                muted(f"and {more} more {'entry' if more == 1 else 'entries'} that day"), row, 0
            )
            row += 1
        return row

    def _button(self, text: str, name: str, slot: Callable[..., None]) -> QPushButton:
        button = QPushButton(text, self._body)
        button.setAutoDefault(False)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        self.buttons.append(button)
        return button

    def _clear(self) -> None:
        empty_layout(self._grid)
        self.buttons = []
