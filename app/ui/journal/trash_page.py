"""The trash: entries wait here for 30 days, and can be restored or deleted for good.

Every read and change goes through the task runner, so the window never waits for the
database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.journal import Entry, EntryFilter, Journal
from app.core.journal.service import TRASH_KEEP_DAYS
from app.ui.journal.empty_state import EmptyState
from app.ui.journal.entry_delegate import ITEM_WIDTH, EntryDelegate
from app.ui.journal.entry_list_model import EntryListModel
from app.ui.notices import NoticeBridge
from app.ui.tasks import TaskRunner
from app.ui.widgets import muted

TRASH_EMPTY = (
    "The trash is empty: nothing is waiting to be erased. An entry you move here "
    "(Ctrl+Delete) can be brought back with Restore."
)


class TrashPage(QWidget):
    restored = Signal(str)

    def __init__(
        self, journal: Journal, notices: NoticeBridge, runner: TaskRunner, clock: Clock
    ) -> None:
        super().__init__()
        self._journal = journal
        self._notices = notices
        self._runner = runner
        self.model = EntryListModel(journal, runner, self)
        self._preview_serial = 0  # only the newest selection's entry is shown
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(clock, self.list))
        scroll_bar = self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.list.setMinimumWidth(ITEM_WIDTH + scroll_bar + 2 * self.list.frameWidth())
        self.list.setAccessibleName("Entries in the trash")
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Entry in the trash")
        self.restore_button = QPushButton("&Restore")
        self.restore_button.setAccessibleName("Restore the selected entry")
        self.delete_button = QPushButton("&Delete for good…")
        self.delete_button.setAccessibleName("Delete the selected entry for good")
        self.empty_button = QPushButton("&Empty trash…")
        self.empty_button.setAccessibleName("Empty the trash")
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        splitter = QSplitter()
        self.empty = EmptyState(self.list, self.model, lambda: TRASH_EMPTY)
        splitter.addWidget(self.empty)
        splitter.addWidget(self.preview)
        splitter.setSizes([340, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(
            muted(
                f"Deleted entries stay here for {TRASH_KEEP_DAYS} days, then are erased for "
                "good. Entries in the trash don't appear in search."
            )
        )
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.list.selectionModel().currentChanged.connect(self._show)
        self.restore_button.clicked.connect(self._restore)
        self.delete_button.clicked.connect(self._delete)
        self.empty_button.clicked.connect(self._empty)
        self._update_buttons()

    def load(self) -> None:
        self.model.show_list(EntryFilter(in_trash=True), then=self._update_buttons)
        self.preview.clear()
        self._update_buttons()

    def _selected_id(self) -> str | None:
        return self.model.entry_id(self.list.currentIndex().row())

    def _update_buttons(self) -> None:
        has_selection = self._selected_id() is not None
        self.restore_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def _show(self, current: QModelIndex, previous: QModelIndex) -> None:
        entry_id = self._selected_id()
        self._update_buttons()
        self._preview_serial += 1
        if entry_id is None:
            self.preview.clear()
            return
        serial, journal = self._preview_serial, self._journal

        def arrived(entry: Entry) -> None:
            if serial == self._preview_serial:
                self.preview.setMarkdown(f"# {entry.display_title}\n\n{entry.body}")

        self._runner.run(lambda progress: journal.get(entry_id), on_success=arrived)

    def _restore(self) -> None:
        entry_id = self._selected_id()
        if entry_id is None:
            return
        journal = self._journal
        self.restore_button.setEnabled(False)
        self._runner.run(
            lambda progress: journal.restore_from_trash(entry_id),
            on_success=lambda _none: self._restored(entry_id),
            on_done=lambda _succeeded: self._update_buttons(),
        )

    def _restored(self, entry_id: str) -> None:
        self.model.remove(entry_id)
        self.preview.clear()
        self._update_buttons()
        self.restored.emit(entry_id)
        self._notices.info("The entry is back in your journal.")

    def _delete(self) -> None:
        entry_id = self._selected_id()
        if entry_id is None or not self._confirm(
            "Delete this entry for good?", "It will be erased and can't be brought back."
        ):
            return
        journal = self._journal
        self._erase(lambda progress: journal.delete_forever([entry_id]))

    def _empty(self) -> None:
        count = self.model.rowCount()
        if not self._confirm(
            "Empty the trash?",
            f"{count} entr{'y' if count == 1 else 'ies'} will be erased and can't be brought back.",
        ):
            return
        journal = self._journal
        self._erase(lambda progress: journal.empty_trash())

    def _erase(self, work: Callable[[Callable[[int, int], None]], object]) -> None:
        """Erasing rebuilds the search index, which takes a moment in a large journal."""
        for button in (self.restore_button, self.delete_button, self.empty_button):
            button.setEnabled(False)
        self._notices.info("Erasing…")
        self._runner.run(work, on_success=lambda _count: self._erased())

    def _erased(self) -> None:
        self._notices.info("Erased for good.")
        self.load()

    def _confirm(self, question: str, detail: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "Tend", question, parent=self)
        box.setInformativeText(detail)
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def clear(self) -> None:
        self.preview.clear()
        self.model.clear()
