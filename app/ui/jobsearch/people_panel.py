"""People in my search: a short list (name, how we met, last talked, openings).

No reminders, sequences or tags: a place to remember who is out there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.dates import short_date
from app.ui.jobsearch.views import OpeningView, PersonDraft, PersonView
from app.ui.jobsearch.wording import say
from app.ui.widgets import ErrorLabel, muted

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_FIELD = 200


def describe(person: PersonView) -> str:
    parts = [person.name]
    if person.how_met:
        parts.append(person.how_met)
    if person.last_talked is not None:
        parts.append(f"last talked {short_date(person.last_talked)}")
    return " · ".join(parts)


class PeoplePanel(QWidget):
    save_requested = Signal(object, object)  # person id or None (new), PersonDraft
    delete_requested = Signal(str)  # person id

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._people: dict[str, PersonView] = {}
        self._editing: str | None = None
        self.setAccessibleName("People in my search")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.list = QListWidget(self)
        self.list.setAccessibleName("People")
        self.list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        self.empty = muted(say("people", "empty"))
        layout.addWidget(self.empty)

        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName("Name")
        self.name.setMaxLength(MAX_FIELD)
        self.how_met = QLineEdit(self)
        self.how_met.setAccessibleName("How we met")
        self.how_met.setPlaceholderText("A former colleague, a meetup, a friend's friend")
        self.how_met.setMaxLength(MAX_FIELD)
        last_row = QHBoxLayout()
        self.has_talked = QCheckBox("We have talked", self)
        self.has_talked.setAccessibleName("We have talked")
        self.last_talked = QDateEdit(self)
        self.last_talked.setCalendarPopup(True)
        self.last_talked.setDisplayFormat("d MMM yyyy")
        self.last_talked.setAccessibleName("Last talked")
        self.has_talked.toggled.connect(self.last_talked.setEnabled)
        last_row.addWidget(self.has_talked)
        last_row.addWidget(self.last_talked, 1)
        self.openings = QListWidget(self)
        self.openings.setAccessibleName("Openings this person is linked to")
        self.openings.setMaximumHeight(90)
        # The style's own tick boxes all but vanish on the dark theme: a bordered box,
        # filled with the accent when ticked, reads on both.
        self.openings.setStyleSheet(
            "QListWidget::indicator { width: 13px; height: 13px; border: 1px solid palette(mid);"
            " border-radius: 3px; background: palette(base); }"
            "QListWidget::indicator:checked { background: palette(highlight);"
            " border-color: palette(highlight); }"
        )
        form.addRow("&Name", self.name)
        form.addRow("&How we met", self.how_met)
        form.addRow("Last talked", last_row)
        form.addRow("Openings", self.openings)
        layout.addLayout(form)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.new_button = QPushButton("New &person", self)
        self.new_button.setAccessibleName("Add a person")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton("Sa&ve person", self)
        self.save_button.setAccessibleName("Save this person")
        self.save_button.clicked.connect(self._save)
        self.delete_button = QPushButton("&Remove…", self)
        self.delete_button.setAccessibleName("Remove this person")
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.start_new()

    # -- what is shown ------------------------------------------------------------------

    def set_today(self, today: date) -> None:
        self._today = today

    def set_data(
        self,
        people: Sequence[PersonView],
        openings: Sequence[OpeningView],
        keep: str | None = None,
    ) -> None:
        keep = keep or self._editing
        self._people = {person.id: person for person in people}
        self.openings.clear()
        for opening in openings:
            item = QListWidgetItem(opening.label)
            item.setData(ID_ROLE, opening.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.openings.addItem(item)
        self.list.blockSignals(True)
        self.list.clear()
        for person in people:
            item = QListWidgetItem(describe(person))
            item.setData(ID_ROLE, person.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not people)
        if keep is not None and keep in self._people:
            self.select(keep)
        else:
            self.start_new()

    def select(self, person_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == person_id:
                self.list.setCurrentRow(row)
                return

    def start_new(self) -> None:
        self._editing = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._fill(PersonView("", "", "", None))
        self.delete_button.setEnabled(False)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        person = self._people[current.data(ID_ROLE)]
        self._editing = person.id
        self._fill(person)
        self.delete_button.setEnabled(True)

    def _fill(self, person: PersonView) -> None:
        self.error.show_message("")
        self.name.setText(person.name)
        self.how_met.setText(person.how_met)
        talked = person.last_talked or self._today
        self.last_talked.setDate(QDate(talked.year, talked.month, talked.day))
        self.has_talked.setChecked(person.last_talked is not None)
        self.last_talked.setEnabled(person.last_talked is not None)
        for row in range(self.openings.count()):
            item = self.openings.item(row)
            linked = item.data(ID_ROLE) in person.opening_ids
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)

    def unsaved(self) -> tuple[str | None, PersonDraft] | None:
        """(person id or None, the fields) when they hold a change that could be saved."""
        draft = self.draft()
        if not draft.name:
            return None
        if self._editing is None:
            return None, draft
        person = self._people.get(self._editing)
        if person is None:
            return None
        saved = (person.name, person.how_met, person.last_talked, set(person.opening_ids))
        same = saved == (draft.name, draft.how_met, draft.last_talked, set(draft.opening_ids))
        return None if same else (person.id, draft)

    def clear(self) -> None:
        """Forget every name shown (the journal is locking)."""
        self.set_data([], [])

    # -- what the person asks for ------------------------------------------------------

    def draft(self) -> PersonDraft:
        picked = self.last_talked.date()
        rows = [self.openings.item(row) for row in range(self.openings.count())]
        listed = {item.data(ID_ROLE) for item in rows}
        person = self._people.get(self._editing or "")
        # Links to openings not listed here (folded away) stay as they are.
        kept = [i for i in person.opening_ids if i not in listed] if person else []
        linked = tuple(
            [item.data(ID_ROLE) for item in rows if item.checkState() == Qt.CheckState.Checked]
            + kept
        )
        return PersonDraft(
            name=self.name.text().strip(),
            how_met=self.how_met.text().strip(),
            last_talked=(
                date(picked.year(), picked.month(), picked.day())
                if self.has_talked.isChecked()
                else None
            ),
            opening_ids=linked,
        )

    def _save(self) -> None:
        draft = self.draft()
        if not draft.name:
            self.error.show_message("Add a name (a first name is enough).")
            self.name.setFocus()
            return
        self.save_requested.emit(self._editing, draft)

    def _delete(self) -> None:
        if self._editing is not None:
            self.delete_requested.emit(self._editing)
