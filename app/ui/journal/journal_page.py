"""The journal page: filters and search, the lazily loaded entry list, and the editor.

Every read and every change other than the editor's autosave goes through the task runner,
so the window never waits for the database. Autosave stays synchronous on purpose (see
docs/architecture.md): it is what makes "saved before lock, quit or a crash" certain.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.errors import SearchQueryError, TendError
from app.core.journal import Entry, EntryFilter, Journal, SearchHit, TagCount
from app.core.journal.search import RANK_WINDOW
from app.ui.journal.empty_state import EmptyState
from app.ui.journal.entry_delegate import EntryDelegate
from app.ui.journal.entry_editor import EntryEditor
from app.ui.journal.entry_list_model import EntryListModel
from app.ui.journal.filters_bar import FiltersBar
from app.ui.notices import NoticeBridge
from app.ui.tasks import TaskRunner


class JournalPage(QWidget):
    moved_to_trash = Signal(str)  # entry id, so the window can offer Undo

    def __init__(
        self, journal: Journal, notices: NoticeBridge, clock: Clock, runner: TaskRunner
    ) -> None:
        super().__init__()
        self._journal = journal
        self._notices = notices
        self._runner = runner
        self.filters = FiltersBar(clock)
        self.model = EntryListModel(journal, runner, self)
        # Only the newest request of each kind is shown (typing a search, clicking along).
        self._search_serial = 0
        self._open_serial = 0
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(clock, self.list))
        self.list.setAccessibleName("Entries")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.editor = EntryEditor(journal)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.filters)
        self.new_button = QPushButton("New entry (Ctrl+N)")
        self.new_button.setAccessibleName("New entry")
        self.new_button.clicked.connect(self._start_writing)
        self.empty = EmptyState(self.list, self.model, self._empty_words, self.new_button)
        left_layout.addWidget(self.empty, 1)
        self._left_layout = left_layout
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        left.setMinimumWidth(220)
        left.setMaximumWidth(420)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.filters.filter_changed.connect(self._filter_changed)
        self.filters.search_changed.connect(self.search)
        self.editor.saved.connect(self._entry_saved)
        self.editor.save_failed.connect(self._notices.problem)

    def add_below_filters(self, widget: QWidget) -> None:
        """Room under the search box for what a feature adds (the check-ins a search finds)."""
        self._left_layout.insertWidget(1, widget)

    def _empty_words(self) -> str:
        if self.model.current_filter != EntryFilter():
            return (
                "No entries with this tag or in these dates. Choose “All tags” "
                "and “Any time” above to see every entry."
            )
        return (
            "Nothing written yet. Whatever is on your mind, big or small, is welcome here: "
            "a line is enough to start."
        )

    def _start_writing(self) -> None:
        self.new_entry()
        self.editor.body.setFocus()

    # -- loading ----------------------------------------------------------------------

    def load(self) -> None:
        """Fill the list and open the newest entry (or a blank one on a new journal)."""
        self.model.show_list(self.filters.current_filter(), then=self._open_newest)
        self._refresh_tags()

    def _open_newest(self) -> None:
        if self.model.rowCount() > 0:
            self.select_row(0)
        elif not self.editor.is_dirty:  # never over what was typed while the list loaded
            self.editor.start_new()

    def _refresh_tags(self) -> None:
        """Counting tags reads every entry's tags, so it runs in the background."""
        journal = self._journal
        self._runner.run(lambda progress: journal.tags(), on_success=self._show_tags)

    def _show_tags(self, tags: list[TagCount]) -> None:
        self.filters.set_tags(tags)
        self.editor.set_known_tags([tag.name for tag in tags])

    def _filter_changed(self, entry_filter: EntryFilter) -> None:
        self.editor.flush()
        if self.filters.search.text().strip():
            self.search(self.filters.search.text())  # searching within the new filter
            return
        self.model.show_list(entry_filter)

    def search(self, text: str) -> None:
        self._search_serial += 1
        serial, journal = self._search_serial, self._journal
        self.filters.search_error.show_message("")
        self.filters.search_note.hide()
        if not text.strip():
            self.model.show_list(self.filters.current_filter())
            return

        within = self.filters.current_filter()  # a search keeps to the tag and dates chosen

        def find(progress: object) -> tuple[list[SearchHit], bool]:
            hits = journal.search(text, within=within)
            return hits, bool(hits) and journal.count_matches(text) > RANK_WINDOW

        def found(result: tuple[list[SearchHit], bool]) -> None:
            if serial == self._search_serial:
                self._show_hits(*result)

        def refused(error: TendError) -> None:
            if serial != self._search_serial:
                return
            if isinstance(error, SearchQueryError):  # the query itself: say so by the box
                self.filters.search_error.show_message(error.message)
            else:
                self._notices.problem(error)

        self._runner.run(find, on_success=found, on_expected=refused)

    def _show_hits(self, hits: list[SearchHit], narrowed: bool) -> None:
        self.model.show_search(hits)
        narrowing = self.filters.narrowing()
        if not hits and narrowing:
            self.filters.search_error.show_message(
                f"No entries {narrowing} match. Try fewer words, or choose All tags and Any time."
            )
        elif not hits:
            self.filters.search_error.show_message("No entries match. Try fewer or shorter words.")
        notes = [f"Searching only entries {narrowing}."] if hits and narrowing else []
        if hits and narrowed:
            notes.append(
                f"Many entries match, so these are the best among the most recent "
                f"{RANK_WINDOW:,}. Add another word to reach older ones."
            )
        if notes:
            self.filters.search_note.setText(" ".join(notes))
            self.filters.search_note.show()

    # -- selection and editing --------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        entry_id = self.model.entry_id(current.row()) if current.isValid() else None
        if entry_id is None or entry_id == self.editor.entry_id:
            return
        self.open_entry(entry_id)

    def open_entry(self, entry_id: str) -> None:
        """Open an entry in the editor once it has been read (the newest request wins)."""
        if not self.editor.flush():
            return  # keep the unsaved text on screen; the failure was reported
        self._open_serial += 1
        serial, journal = self._open_serial, self._journal

        def arrived(entry: Entry) -> None:
            if serial == self._open_serial:
                self._show_entry(entry)

        self._runner.run(lambda progress: journal.get(entry_id), on_success=arrived)

    def _show_entry(self, entry: Entry) -> None:
        if not self.editor.flush():  # typed while the entry was being read
            return
        self.editor.load(entry)
        row = self.model.row_of(entry.id)
        if row is not None and self.list.currentIndex().row() != row:
            self.list.selectionModel().blockSignals(True)
            self.select_row(row)
            self.list.selectionModel().blockSignals(False)

    def new_entry(self, title: str = "", body: str = "") -> None:
        if not self.editor.flush():
            return
        self._open_serial += 1  # an entry still being read no longer replaces this one
        self.list.selectionModel().blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self.list.selectionModel().blockSignals(False)
        self.editor.start_new(title, body)

    def _entry_saved(self, entry: Entry) -> None:
        row = self.model.upsert(entry.summary())
        if row >= 0 and self.list.currentIndex().row() != row:
            self.list.selectionModel().blockSignals(True)
            self.select_row(row)
            self.list.selectionModel().blockSignals(False)
        if set(entry.tags) - {
            self.filters.tag.itemData(i) for i in range(self.filters.tag.count())
        }:
            self._refresh_tags()

    def delete_current(self) -> None:
        """Move the open entry to the trash; ``moved_to_trash`` then offers Undo."""
        entry_id = self.editor.entry_id
        if entry_id is None:
            self.editor.start_new()
            return
        if not self.editor.flush():
            return
        journal = self._journal
        self._runner.run(
            lambda progress: journal.move_to_trash(entry_id),
            on_success=lambda _none: self._trashed(entry_id),
        )

    def _trashed(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        self.model.remove(entry_id)
        self._refresh_tags()
        if self.editor.entry_id == entry_id:
            if self.model.rowCount() > 0:
                self.select_row(min(row or 0, self.model.rowCount() - 1))
            else:
                self.editor.start_new()
        self.moved_to_trash.emit(entry_id)

    def restore(self, entry_id: str) -> None:
        journal = self._journal

        def restored(_none: object) -> None:
            self.model.show_list(self.filters.current_filter())
            self._refresh_tags()
            self.open_entry(entry_id)

        self._runner.run(lambda progress: journal.restore_from_trash(entry_id), on_success=restored)

    # -- lifecycle --------------------------------------------------------------------

    def flush(self) -> bool:
        return self.editor.flush()

    def clear(self) -> None:
        self.editor.clear()
        self.model.clear()
        self.filters.search.clear()
