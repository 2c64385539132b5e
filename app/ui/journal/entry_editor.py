"""The entry editor: title, tags and a Markdown body that saves itself while you type.

Autosave runs shortly after typing pauses, and at the latest a few seconds after the first
unsaved keystroke. ``flush()`` saves at once; the window calls it before lock, quit, a
crash dialog, and switching entries, so nothing typed is lost. A failed save (a full disk)
keeps the text in the editor, says so, and tries again on the next change.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TendError
from app.core.journal import Entry, Journal
from app.core.limits import MAX_TITLE_LENGTH
from app.ui.dates import display_date_time
from app.ui.design import MEASURE_CHARS, ReadableMeasure, Type, set_type
from app.ui.journal.markdown_highlighter import MarkdownHighlighter
from app.ui.journal.paste_as_quote import PasteAsQuote
from app.ui.keyboard import let_ctrl_tab_leave

log = logging.getLogger(__name__)

AUTOSAVE_PAUSE_MS = 600
AUTOSAVE_MAX_WAIT_MS = 3000


def parse_tags(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class OfflineTextBrowser(QTextBrowser):
    """Renders Markdown without ever loading images or links from anywhere."""

    def loadResource(self, kind: int, name: object) -> object:
        return None


class EntryEditor(QWidget):
    saved = Signal(object)  # Entry
    day_requested = Signal(object)  # date: show that day's check-ins
    save_failed = Signal(object)  # TendError
    status_changed = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = journal
        self._entry_id: str | None = None
        self._dirty = False
        self._loading = False
        self._starting_point = ("", "")  # a new entry's text before anything was written

        self.title = QLineEdit()
        self.title.setPlaceholderText("Title")
        self.title.setMaxLength(MAX_TITLE_LENGTH)  # what a backup can hold, too
        self.title.setAccessibleName("Entry title")
        set_type(self.title, Type.TITLE)
        self.title.setFrame(False)

        self.tags = QLineEdit()
        self.tags.setPlaceholderText("Tags, separated by commas")
        self.tags.setAccessibleName("Entry tags")
        self.tags.setFrame(False)
        self._tag_completer = QCompleter([], self)
        self._tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(self._tag_completer)

        self.body = QPlainTextEdit()
        self.body.setPlaceholderText("Write whatever is on your mind. Markdown works here.")
        self.body.setAccessibleName("Entry text")
        self.body.setTabChangesFocus(False)
        let_ctrl_tab_leave(self.body)  # Tab indents; Ctrl+Tab moves on
        set_type(self.body, Type.READING)
        self._highlighter = self._make_highlighter()

        # Pasted words as a quote, so the watcher does not read them as the writer's own.
        self.paste_as_quote = PasteAsQuote(self.body)

        self.preview = OfflineTextBrowser()
        self.preview.setAccessibleName("Entry preview")
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.body)
        self._stack.addWidget(self.preview)

        self.preview_button = QToolButton()
        self.preview_button.setText("Preview")
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName("Show formatted preview")
        self.preview_button.setToolTip("Show the entry formatted (Ctrl+Shift+P)")
        self.preview_button.toggled.connect(self._toggle_preview)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.preview_button.toggle)

        self.day_button = QToolButton()
        self.day_button.setText("That day")
        self.day_button.setAccessibleName("Show this day's check-ins")
        self.day_button.setToolTip("Check-ins and entries from the day this was written")
        self.day_button.clicked.connect(self._show_day)
        self.day_button.setEnabled(False)
        self._day: object = None

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.day_button)
        header.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.tags)
        layout.addWidget(self._stack, 1)
        # On a wide window the text stops at a comfortable line length, centred.
        frame = 2 * (self.body.frameWidth() + round(self.body.document().documentMargin()))
        scroll_bar = self.body.verticalScrollBar().sizeHint().width()
        self.measure = ReadableMeasure(self, MEASURE_CHARS, self.body, frame + scroll_bar)

        # Writing order first (title, tags, text), then the buttons; Enter moves on too.
        QWidget.setTabOrder(self.title, self.tags)
        QWidget.setTabOrder(self.tags, self.body)
        QWidget.setTabOrder(self.body, self.day_button)
        QWidget.setTabOrder(self.day_button, self.preview_button)
        self.title.returnPressed.connect(self.tags.setFocus)
        self.tags.returnPressed.connect(self.body.setFocus)

        self._pause_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_PAUSE_MS)
        self._pause_timer.timeout.connect(self.flush)
        self._max_wait_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_WAIT_MS)
        self._max_wait_timer.timeout.connect(self.flush)
        for signal in (self.title.textChanged, self.tags.textChanged, self.body.textChanged):
            signal.connect(self._changed)
        self.setEnabled(False)

    # -- what is being edited ---------------------------------------------------------

    @property
    def entry_id(self) -> str | None:
        return self._entry_id

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def set_known_tags(self, names: list[str]) -> None:
        self._tag_completer.model().setStringList(names)  # type: ignore[attr-defined]

    def load(self, entry: Entry) -> None:
        """Show an existing entry (the caller flushes the previous one first)."""
        self._set_content(entry.id, entry.title, ", ".join(entry.tags), entry.body)
        self._day = entry.created_at.date()
        self.day_button.setEnabled(True)
        self.status_changed.emit(f"Last changed {display_date_time(entry.updated_at)}")

    def start_new(self, title: str = "", body: str = "") -> None:
        """A new entry, blank or with a starting text (a prompt quoted in the body). It comes
        into being only when something is written beyond that start, so an untouched one
        is never kept."""
        self._set_content(None, title, "", body)
        self._starting_point = (title.strip(), body.strip())
        self._day = None
        self.day_button.setEnabled(False)
        if title or body:
            self.body.setFocus()
            self.body.moveCursor(QTextCursor.MoveOperation.End)
        else:
            self.title.setFocus()
        self.status_changed.emit("New entry")

    def _set_content(self, entry_id: str | None, title: str, tags: str, body: str) -> None:
        self._loading = True
        self._entry_id = entry_id
        self._starting_point = ("", "")
        self.title.setText(title)
        self.tags.setText(tags)
        self.body.setPlainText(body)
        self.title.setCursorPosition(0)
        self.preview_button.setChecked(False)
        self._loading = False
        self._dirty = False
        self._pause_timer.stop()
        self._max_wait_timer.stop()
        self.setEnabled(True)

    def clear(self) -> None:
        """Forget the text and the undo history (the vault is locking)."""
        self._pause_timer.stop()
        self._max_wait_timer.stop()
        self._loading = True
        self.title.clear()
        self.tags.clear()
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.preview.clear()
        self._loading = False
        self._entry_id = None
        self._dirty = False
        self._journal = None
        self.setEnabled(False)

    # -- saving -----------------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        if not self._dirty:
            self._max_wait_timer.start()
            self.status_changed.emit("Editing…")
        self._dirty = True
        self._pause_timer.start()

    def flush(self) -> bool:
        """Save now if anything changed. True when everything typed is saved."""
        self._pause_timer.stop()
        self._max_wait_timer.stop()
        if not self._dirty or self._journal is None:
            return True
        title, body = self.title.text(), self.body.toPlainText()
        tags = parse_tags(self.tags.text())
        try:
            if self._entry_id is None:
                if not tags and (title.strip(), body.strip()) == self._starting_point:
                    self._dirty = False  # nothing written yet: no entry to keep
                    return True
                entry = self._journal.create(title, body, tags)
                self._entry_id = entry.id
                self._day = entry.created_at.date()
                self.day_button.setEnabled(True)
            else:
                entry = self._journal.update(self._entry_id, title=title, body=body, tags=tags)
        except TendError as error:
            log.info("Saving an entry failed: %s", type(error).__name__)
            self.status_changed.emit("Not saved yet — " + error.message)
            self.save_failed.emit(error)
            return False
        self._dirty = False
        self.status_changed.emit("Saved")
        self.saved.emit(entry)
        return True

    def _make_highlighter(self) -> MarkdownHighlighter:
        palette = self.palette()
        return MarkdownHighlighter(
            self.body.document(),
            palette.color(QPalette.ColorRole.PlaceholderText),
            palette.color(QPalette.ColorRole.Link),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_highlighter"):
            # The theme changed while running: highlight in the new theme's colours.
            self._highlighter.setDocument(None)
            self._highlighter = self._make_highlighter()
        super().changeEvent(event)

    def _show_day(self) -> None:
        if self._day is not None:
            self.day_requested.emit(self._day)

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.preview.setMarkdown(self.body.toPlainText())
            self._stack.setCurrentWidget(self.preview)
        else:
            self._stack.setCurrentWidget(self.body)
            self.body.setFocus()
