"""A lazily loaded list of entries: newest first, a page at a time, so 100,000 open as fast as 100.

It shows either the filtered list (keyset pages from the journal) or search results (ranked,
with snippets). Rows hold EntrySummary / SearchHit values, never ORM rows.

Pages are read on the task runner's thread, never on the UI thread: ``show_list`` empties the
list and asks for the first page, and ``fetchMore`` (called by the view as it scrolls) asks
for the next one. ``loaded`` is emitted as each page arrives. A page that arrives after the
list was shown anew (another filter, a lock) is dropped, and an entry already in the list
(saved meanwhile) is not added twice.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core.journal import EntryFilter, EntrySummary, Journal, ListCursor, SearchHit
from app.ui.dates import display_date, display_date_time
from app.ui.snippet_text import plain_snippet, snippet_html
from app.ui.tasks import TaskRunner

Page = tuple[list[EntrySummary], ListCursor | None]

PAGE_SIZE = 200
SEARCH_LIMIT = 200

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    PREVIEW = Qt.ItemDataRole.UserRole + 3
    WHEN = Qt.ItemDataRole.UserRole + 4
    TAGS = Qt.ItemDataRole.UserRole + 5
    SNIPPET_HTML = Qt.ItemDataRole.UserRole + 6


class EntryListModel(QAbstractListModel):
    loaded = Signal()  # a page arrived

    def __init__(self, journal: Journal | None, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._runner = runner
        self._rows: list[EntrySummary | SearchHit] = []
        self._cursor: ListCursor | None = None
        self._filter = EntryFilter()
        self._query = ""
        self._exhausted = True
        self._fetching = False
        # Bumped whenever the list is shown anew, so a page asked for earlier is dropped.
        self._generation = 0

    # -- what to show -----------------------------------------------------------------

    def show_list(self, entry_filter: EntryFilter, then: Callable[[], None] | None = None) -> None:
        """Show the entries ``entry_filter`` picks; ``then`` runs when the first page is in."""
        self._filter, self._query = entry_filter, ""
        self._reset([], exhausted=False)
        self._fetch_page(then)

    def show_search(self, hits: list[SearchHit]) -> None:
        self._query = "search"
        self._reset(list(hits), exhausted=True)

    def _reset(self, rows: list[EntrySummary | SearchHit], exhausted: bool) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows, self._cursor, self._exhausted, self._fetching = rows, None, exhausted, False
        self.endResetModel()

    @property
    def is_loading(self) -> bool:
        return self._fetching

    @property
    def is_search(self) -> bool:
        return bool(self._query)

    @property
    def current_filter(self) -> EntryFilter:
        return self._filter

    def clear(self) -> None:
        """Forget every row (the vault is locking)."""
        self._journal = None
        self._reset([], exhausted=True)

    # -- lazy loading -----------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid() and not self._exhausted and not self._fetching:
            self._fetch_page(None)

    def _fetch_page(self, then: Callable[[], None] | None) -> None:
        journal = self._journal
        if journal is None:
            return
        entry_filter, cursor, generation = self._filter, self._cursor, self._generation
        self._fetching = True

        def read(progress: object) -> Page:
            return journal.list_page(entry_filter, after=cursor, limit=PAGE_SIZE)

        def arrived(page: Page) -> None:
            if generation != self._generation:
                return  # the list was shown anew meanwhile
            self._add_page(page)
            if then is not None:
                then()
            self.loaded.emit()

        def finished(succeeded: bool) -> None:
            if generation == self._generation:
                self._fetching = False
                if not succeeded:
                    self._exhausted = True  # don't ask again and again; the error is shown

        self._runner.run(read, on_success=arrived, on_done=finished)

    def _add_page(self, page: Page) -> None:
        summaries, cursor = page
        present = {item.id for item in self._rows}
        fresh = [summary for summary in summaries if summary.id not in present]
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._cursor = cursor
        self._exhausted = cursor is None

    # -- edits from the editor, without a reload --------------------------------------

    def upsert(self, summary: EntrySummary) -> int:
        """Put a saved entry's new summary in place (or at the top if it is new)."""
        row = self.row_of(summary.id)
        if row is None:
            if self.is_search:
                return -1
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, summary)
            self.endInsertRows()
            return 0
        self._rows[row] = summary if not self.is_search else self._rows[row]
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return row

    def remove(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def row_of(self, entry_id: str) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == entry_id:
                return row
        return None

    def entry_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Role.TITLE):
            return item.display_title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.display_title}, {display_date(item.created_at.date(), year=True)}"
        if role == Role.ID:
            return item.id
        if role == Role.PREVIEW:
            return item.preview if isinstance(item, EntrySummary) else plain_snippet(item.snippet)
        if role == Role.SNIPPET_HTML:
            return snippet_html(item.snippet) if isinstance(item, SearchHit) else None
        if role == Role.WHEN:
            return item.created_at
        if role == Role.TAGS:
            return item.tags
        if role == Qt.ItemDataRole.ToolTipRole:
            return display_date_time(item.created_at, weekday=True, short=False)
        return None
