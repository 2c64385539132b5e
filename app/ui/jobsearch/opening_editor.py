"""One opening: what it is, how it came, its stage with dates, a note, and its entries.

The editor emits what the person asked for; the feature does it through the core and
shows the result again with ``show_opening``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.dates import short_date
from app.ui.jobsearch.cards import caption_label
from app.ui.jobsearch.views import Choice, OpeningDraft, OpeningView
from app.ui.jobsearch.wording import say
from app.ui.widgets import ErrorLabel, muted

MAX_FIELD = 200
STAGE_COMBO_MAX = 260  # wide enough for "Offer in writing", without filling a wide window
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class OpeningEditor(QWidget):
    save_requested = Signal(object, object)  # opening id or None (new), OpeningDraft
    stage_requested = Signal(str, str, object)  # opening id, stage key, date
    open_entry_requested = Signal(str)  # entry id
    link_current_requested = Signal(str)  # opening id
    delete_requested = Signal(str)  # opening id

    def __init__(
        self,
        vias: Sequence[Choice],
        stages: Sequence[Choice],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opening: OpeningView | None = None
        self._today = today
        self.setAccessibleName("Opening")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 4, 0)  # clear of the splitter's handle
        layout.setSpacing(8)
        self.placeholder = muted(say("openings", "empty_editor"))
        layout.addWidget(self.placeholder)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.role = self._line("Role", "The role, as the posting or person put it")
        self.organisation = self._line("Organisation", "Who it is with")
        self.via = QComboBox(self.body)
        self.via.setAccessibleName("How it came")
        for choice in vias:
            self.via.addItem(choice.label, choice.key)
        self.note = QPlainTextEdit(self.body)
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("Anything worth keeping: who you spoke to, what stood out")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        form.addRow("&Role", self.role)
        form.addRow("&Organisation", self.organisation)
        form.addRow("How it &came", self.via)
        form.addRow("&Note", self.note)
        body.addLayout(form)
        save_row = QHBoxLayout()
        self.error = ErrorLabel(self.body)
        self.save_button = QPushButton("&Save", self.body)
        self.save_button.setAccessibleName("Save this opening")
        self.save_button.clicked.connect(self._save)
        save_row.addWidget(self.error, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        body.addLayout(save_row)

        self.stage_box = QWidget(self.body)
        stage_layout = QVBoxLayout(self.stage_box)
        stage_layout.setContentsMargins(0, 6, 0, 0)
        stage_layout.setSpacing(6)
        stage_layout.addWidget(caption_label("Stage", self.stage_box))
        self.current_stage = QLabel(self.stage_box)
        self.current_stage.setAccessibleName("Current stage")
        self.current_stage.setWordWrap(True)
        stage_layout.addWidget(self.current_stage)
        move_row = QHBoxLayout()
        self.stage = QComboBox(self.stage_box)
        self.stage.setAccessibleName("New stage")
        for choice in stages:
            self.stage.addItem(choice.label, choice.key)
        self.stage_date = QDateEdit(self.stage_box)
        self.stage_date.setCalendarPopup(True)
        self.stage_date.setDisplayFormat("d MMM yyyy")
        self.stage_date.setAccessibleName("Date of the new stage")
        self.move_button = QPushButton("&Move to this stage", self.stage_box)
        self.move_button.setAccessibleName("Move the opening to this stage")
        self.move_button.clicked.connect(self._move)
        # Two rows, so the editor still fits beside the list in a small window.
        self.stage.setMaximumWidth(STAGE_COMBO_MAX)
        move_row.addWidget(self.stage, 1)
        move_row.addWidget(self.stage_date)
        move_row.addStretch(0)
        stage_layout.addLayout(move_row)
        stage_layout.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.history = muted()
        self.history.setAccessibleName("Stage history")
        stage_layout.addWidget(self.history)

        stage_layout.addWidget(caption_label("Journal entries", self.stage_box))
        self.entries = QListWidget(self.stage_box)
        self.entries.setAccessibleName("Linked journal entries")
        self.entries.setMaximumHeight(120)
        self.entries.itemActivated.connect(
            lambda item: self.open_entry_requested.emit(item.data(ENTRY_ROLE))
        )
        stage_layout.addWidget(self.entries)
        self.no_entries = muted(say("openings", "no_entries"))
        stage_layout.addWidget(self.no_entries)
        actions = QHBoxLayout()
        self.link_button = QPushButton("&Link the open journal entry", self.stage_box)
        self.link_button.setAccessibleName("Link the journal entry that is open to this opening")
        self.link_button.clicked.connect(self._link)
        self.delete_button = QPushButton("&Delete opening…", self.stage_box)
        self.delete_button.setAccessibleName("Delete this opening")
        self.delete_button.clicked.connect(self._delete)
        actions.addWidget(self.link_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        stage_layout.addLayout(actions)
        body.addWidget(self.stage_box)
        body.addStretch(1)
        layout.addWidget(self.body, 1)
        self.show_nothing()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self.body)
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        field.setMaxLength(MAX_FIELD)
        field.returnPressed.connect(self._save)
        return field

    # -- what is shown ------------------------------------------------------------------

    @property
    def opening(self) -> OpeningView | None:
        return self._opening

    def set_today(self, today: date) -> None:
        self._today = today

    def show_nothing(self) -> None:
        self._opening = None
        self.body.hide()
        self.placeholder.show()

    def start_new(self) -> None:
        """Empty fields for a new opening; the stage part appears once it is saved."""
        self._opening = None
        self._fill_fields("", "", self.via.itemData(0), "")
        self.stage_box.hide()
        self.save_button.setText("&Add")
        self.placeholder.hide()
        self.body.show()
        self.role.setFocus()

    def show_opening(self, opening: OpeningView) -> None:
        self._opening = opening
        self._fill_fields(opening.role, opening.organisation, opening.via, opening.note)
        self.current_stage.setText(opening.stage_label)
        index = self.stage.findData(opening.stage)
        self.stage.setCurrentIndex(max(index, 0))
        self.stage_date.setDate(QDate(self._today.year, self._today.month, self._today.day))
        marks = [f"{mark.stage_label}: {short_date(mark.on)}" for mark in opening.history]
        self.history.setText(" · ".join(marks))
        self.history.setVisible(bool(marks))
        self.entries.clear()
        for entry in opening.entries:
            title = entry.title or "Untitled entry"
            item = QListWidgetItem(f"{title}  ({short_date(entry.written_on)})")
            item.setData(ENTRY_ROLE, entry.entry_id)
            self.entries.addItem(item)
        self.entries.setVisible(bool(opening.entries))
        self.no_entries.setVisible(not opening.entries)
        self.save_button.setText("&Save")
        self.stage_box.show()
        self.placeholder.hide()
        self.body.show()

    def _fill_fields(self, role: str, organisation: str, via: str, note: str) -> None:
        self.error.show_message("")
        # Only a field whose text differs is set: after a save the fields already hold what
        # was saved, and setting them again would throw the cursor to the start of the note.
        for field, text in ((self.role, role), (self.organisation, organisation)):
            if field.text() != text:
                field.setText(text)
        self.via.setCurrentIndex(max(self.via.findData(via), 0))
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)

    def unsaved(self) -> tuple[str | None, OpeningDraft] | None:
        """(opening id or None, what the fields hold) when they differ from what is saved
        and could be saved; None otherwise."""
        if self.body.isHidden():
            return None
        draft = self.draft()
        if not (draft.role or draft.organisation):
            return None
        shown = self._opening
        if shown is None:
            return None, draft
        saved = OpeningDraft(shown.role, shown.organisation, shown.via, shown.note)
        return None if draft == saved else (shown.id, draft)

    def clear(self) -> None:
        """Forget every word shown (the journal is locking)."""
        self._fill_fields("", "", self.via.itemData(0), "")
        self.note.document().clearUndoRedoStacks()
        self.entries.clear()
        self.history.clear()
        self.current_stage.clear()
        self.show_nothing()

    def show_problem(self, message: str) -> None:
        self.error.show_message(message)

    # -- what the person asks for ------------------------------------------------------

    def draft(self) -> OpeningDraft:
        return OpeningDraft(
            role=self.role.text().strip(),
            organisation=self.organisation.text().strip(),
            via=self.via.currentData(),
            note=self.note.toPlainText(),
        )

    def _save(self) -> None:
        draft = self.draft()
        if not (draft.role or draft.organisation):
            self.error.show_message(
                "Give the opening a role or an organisation, so you can find it."
            )
            self.role.setFocus()
            return
        self.error.show_message("")
        self.save_requested.emit(None if self._opening is None else self._opening.id, draft)

    def _move(self) -> None:
        if self._opening is not None:
            picked = self.stage_date.date()
            on = date(picked.year(), picked.month(), picked.day())
            self.stage_requested.emit(self._opening.id, self.stage.currentData(), on)

    def _link(self) -> None:
        if self._opening is not None:
            self.link_current_requested.emit(self._opening.id)

    def _delete(self) -> None:
        if self._opening is not None:
            self.delete_requested.emit(self._opening.id)
