"""A lazily loaded list of entries: newest first, a page at a time, so 100,000 open as fast as 100.

It shows either the filtered list (keyset pages from the journal) or search results (ranked,
with snippets). Rows hold EntrySummary / SearchHit values, never ORM rows.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.journal import EntryFilter, EntrySummary, Journal, ListCursor, SearchHit
from app.core.journal.model import HIGHLIGHT_END, HIGHLIGHT_START

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
    def __init__(self, journal: Journal | None, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._rows: list[EntrySummary | SearchHit] = []
        self._cursor: ListCursor | None = None
        self._filter = EntryFilter()
        self._query = ""
        self._exhausted = True

    # -- what to show -----------------------------------------------------------------

    def show_list(self, entry_filter: EntryFilter) -> None:
        self.beginResetModel()
        self._filter, self._query = entry_filter, ""
        self._rows, self._cursor, self._exhausted = [], None, False
        self._load_page()
        self.endResetModel()

    def show_search(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._query = "search"
        self._rows, self._cursor, self._exhausted = list(hits), None, True
        self.endResetModel()

    @property
    def is_search(self) -> bool:
        return bool(self._query)

    @property
    def current_filter(self) -> EntryFilter:
        return self._filter

    def clear(self) -> None:
        """Forget every row (the vault is locking)."""
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted = [], None, True
        self._journal = None
        self.endResetModel()

    # -- lazy loading -----------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        start = len(self._rows)
        page, cursor = self._fetch()
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._cursor = cursor
        self._exhausted = cursor is None

    def _load_page(self) -> None:
        page, cursor = self._fetch()
        self._rows.extend(page)
        self._cursor = cursor
        self._exhausted = cursor is None

    def _fetch(self) -> tuple[list[EntrySummary], ListCursor | None]:
        if self._journal is None:
            return [], None
        return self._journal.list_page(self._filter, after=self._cursor, limit=PAGE_SIZE)

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
            return f"{item.display_title}, {item.created_at.strftime('%A %d %B %Y')}"
        if role == Role.ID:
            return item.id
        if role == Role.PREVIEW:
            return item.preview if isinstance(item, EntrySummary) else _plain(item.snippet)
        if role == Role.SNIPPET_HTML:
            return _snippet_html(item.snippet) if isinstance(item, SearchHit) else None
        if role == Role.WHEN:
            return item.created_at
        if role == Role.TAGS:
            return item.tags
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.created_at.strftime("%A %d %B %Y, %H:%M")
        return None


def _plain(snippet: str) -> str:
    return " ".join(snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").split())


def _snippet_html(snippet: str) -> str:
    """Escape the text, then turn the match markers into bold."""
    import html

    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")
