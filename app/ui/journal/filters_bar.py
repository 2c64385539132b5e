"""Search field, tag filter and date range above the entry list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.core.clock import Clock
from app.core.journal import EntryFilter, TagCount
from app.ui.widgets import ErrorLabel, muted

SEARCH_PAUSE_MS = 250
RANGES = (
    ("Any time", None),
    ("Last 7 days", 7),
    ("Last 30 days", 30),
    ("Last 12 months", 365),
    ("Custom range…", -1),
)


class FiltersBar(QWidget):
    filter_changed = Signal(object)  # EntryFilter
    search_changed = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock  # "Last 7 days" ends on the injected clock's today
        today = clock().date()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search your journal (Ctrl+F)")
        self.search.setAccessibleName("Search entries")
        self.search.setClearButtonEnabled(True)
        self.search_error = ErrorLabel()
        self.search_note = muted()
        self.search_note.setAccessibleName("About these results")
        self.search_note.hide()
        self.tag = QComboBox()
        self.tag.setAccessibleName("Filter by tag")
        self.tag.addItem("All tags", None)
        self.range = QComboBox()
        self.range.setAccessibleName("Filter by date")
        for label, days in RANGES:
            self.range.addItem(label, days)
        self.start = QDateEdit()
        self.start.setAccessibleName("From date")
        self.end = QDateEdit()
        self.end.setAccessibleName("To date")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setDate(QDate(today.year, today.month, today.day))
            edit.hide()
            edit.dateChanged.connect(self._emit_filter)

        # One above the other: side by side, a long tag name was cut off at larger text.
        row = QVBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.tag)
        row.addWidget(self.range)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.search_error)
        layout.addWidget(self.search_note)
        layout.addLayout(row)
        layout.addLayout(dates)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.tag.currentIndexChanged.connect(self._emit_filter)
        self.range.currentIndexChanged.connect(self._range_changed)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.search_changed.emit(self.search.text())

    def set_tags(self, tags: list[TagCount]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("All tags", None)
        for tag in tags:
            self.tag.addItem(f"#{tag.name} ({tag.entries})", tag.name)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)

    def _range_changed(self) -> None:
        custom = self.range.currentData() == -1
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self._emit_filter()

    def current_filter(self) -> EntryFilter:
        days = self.range.currentData()
        start = end = None
        if days == -1:
            start = _as_date(self.start.date())
            end = _as_date(self.end.date())
        elif days:
            start = self._clock().date() - timedelta(days=days - 1)
        return EntryFilter(tag=self.tag.currentData(), start=start, end=end)

    def narrowing(self) -> str:
        """The filter in words ("tagged #job, in the last 7 days"), empty when it shows all."""
        parts = []
        if self.tag.currentData():
            parts.append(f"tagged #{self.tag.currentData()}")
        if self.range.currentData() == -1:
            parts.append(f"from {self.start.text()} to {self.end.text()}")
        elif self.range.currentData():
            parts.append(f"from the {self.range.currentText().lower()}")
        return ", ".join(parts)

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current_filter())


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
