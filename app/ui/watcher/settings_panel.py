"""The watcher's settings and the person's trusted contacts, in one panel.

It edits plain values and emits what the person asked for; the controller (or the app's
preferences window) saves through the watcher and contacts services.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts.model import TrustedContact
from app.core.support.resources import SupportResources
from app.core.watcher.model import CRISIS, SUPPORT, WatcherSettings
from app.ui.dates import display_date
from app.ui.watcher.contact_links import links_in, reach_html
from app.ui.watcher.link_sentence import LinkSentence
from app.ui.watcher.region_picker import RegionPicker


class WatcherSettingsPanel(QWidget):
    settings_changed = Signal(object)  # WatcherSettings, to save
    add_contact_requested = Signal(str, str, str)  # name, how to reach them, note
    remove_contact_requested = Signal(str)  # contact id
    update_contact_requested = Signal(str, str, str, str)  # contact id, name, reach, note
    link_requested = Signal(str)  # tel: or mailto:, for the app to hand to the desktop

    def __init__(
        self,
        settings: WatcherSettings,
        contacts: Sequence[TrustedContact],
        resources: SupportResources,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._today = today
        self.enabled = self._check("Let Tend &look out for me", settings.enabled)
        self.support = self._check(
            "&Suggest talking to someone when low energy or interest lasts",
            _is_on(settings, SUPPORT, today),
        )
        self.crisis = self._check(
            "Show &crisis resources when my words call for them", _is_on(settings, CRISIS, today)
        )
        self.suggest = self._check(
            "Suggest a short self-&check questionnaire", settings.suggest_questionnaires
        )
        # A confirmed choice with Undo, never a combo box the wheel could turn.
        self.region = RegionPicker(resources, settings.region)
        self.region.setAccessibleName("Your region for support options")
        self.region.changed.connect(self._changed)
        self.status = QLabel(resting_status(settings, today))
        self.status.setWordWrap(True)

        watcher_box = QGroupBox("The watcher")
        form = QFormLayout(watcher_box)
        for box in (self.enabled, self.support, self.crisis, self.suggest):
            form.addRow(box)
        region_label = QLabel("Region:")
        region_label.setBuddy(self.region.change_button)
        form.addRow(region_label, self.region)
        form.addRow(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(watcher_box)
        layout.addWidget(self._contacts_box())
        self.set_contacts(contacts)

    def set_contacts(self, contacts: Sequence[TrustedContact]) -> None:
        self._contacts = {contact.id: contact for contact in contacts}
        self.contact_list.blockSignals(True)
        self.contact_list.clear()
        self.contact_list.blockSignals(False)
        self._edit(None)
        for contact in contacts:
            text = " · ".join(part for part in (contact.name, contact.reach, contact.note) if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.contact_list.addItem(item)
        self.remove_button.setEnabled(bool(contacts))

    @property
    def editing(self) -> TrustedContact | None:
        """The person whose details the fields hold (None: the fields add someone new)."""
        return self._contacts.get(self._editing_id or "")

    def current_settings(self) -> WatcherSettings:
        """The settings as the panel shows them now."""
        kinds_off = dict(self._settings.kinds_off)
        snoozed = dict(self._settings.snoozed_until)
        for kind, box in ((SUPPORT, self.support), (CRISIS, self.crisis)):
            if box.isChecked():
                kinds_off.pop(kind, None)
                snoozed.pop(kind, None)
            elif _is_on(self._settings, kind, self._today):
                kinds_off[kind] = None
        return replace(
            self._settings,
            enabled=self.enabled.isChecked(),
            kinds_off=kinds_off,
            snoozed_until=snoozed,
            suggest_questionnaires=self.suggest.isChecked(),
            region=self.region.code(),
        )

    def _contacts_box(self) -> QGroupBox:
        box = QGroupBox("People I trust")
        self.contact_list = QListWidget()
        self.contact_list.setAccessibleName("People I trust")
        self.name = QLineEdit()
        self.name.setAccessibleName("Name")
        self.reach = QLineEdit()
        self.reach.setAccessibleName("How to reach them")
        self.reach.setPlaceholderText("a phone number, an email, or where to find them")
        self.note = QLineEdit()
        self.note.setAccessibleName("Note")
        self.add_button = QPushButton("&Add")
        self.add_button.setAccessibleName("Add this person")
        self.add_button.setEnabled(False)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setAccessibleName("Remove the selected person")
        self.new_button = QPushButton("Add someone &else")
        self.new_button.setAccessibleName("Add someone else instead")
        self.new_button.clicked.connect(self._add_someone_else)
        # The chosen person's number or email as links (a phone or mail app opens them).
        self.reach_links = LinkSentence(selectable=True)
        self.reach_links.setTextFormat(Qt.TextFormat.RichText)
        self.reach_links.setOpenExternalLinks(False)
        self.reach_links.set_has_links(True)  # shown only when the reach holds a link
        self.reach_links.setWordWrap(True)
        self.reach_links.linkActivated.connect(
            lambda url: self.link_requested.emit(QUrl(url).toString())
        )
        self.contact_list.currentItemChanged.connect(
            lambda item, _previous: self._edit(
                str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
            )
        )
        self._contacts = {}
        self._editing_id: str | None = None
        self.name.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.name.returnPressed.connect(self._add)
        form = QFormLayout()
        for text, field in (("&Name:", self.name), ("&How to reach them:", self.reach)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        note_label = QLabel("N&ote:")
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.contact_list)
        layout.addWidget(self.reach_links)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    def _check(self, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", ""))
        box.setChecked(checked)
        box.toggled.connect(self._changed)
        return box

    def _changed(self) -> None:
        self._settings = self.current_settings()
        self.status.setText(resting_status(self._settings, self._today))
        self.settings_changed.emit(self._settings)

    def _edit(self, contact_id: str | None) -> None:
        """Choosing a person in the list puts their details in the fields, to change them."""
        contact = self._contacts.get(contact_id or "")
        self._editing_id = contact.id if contact is not None else None
        for field, value in (
            (self.name, contact.name if contact else ""),
            (self.reach, contact.reach if contact else ""),
            (self.note, contact.note if contact else ""),
        ):
            field.setText(value)
        self.add_button.setText("&Save changes" if contact else "&Add")
        self.add_button.setAccessibleName(
            f"Save the changes to {contact.name}" if contact else "Add this person"
        )
        self.new_button.setVisible(contact is not None)
        self.reach_links.setText(reach_html(contact.reach) if contact and contact.reach else "")
        self.reach_links.setVisible(bool(contact and links_in(contact.reach)))
        self.reach_links.setAccessibleName(
            f"Reach {contact.name}: {contact.reach}" if contact and contact.reach else ""
        )

    def _add_someone_else(self) -> None:
        self.contact_list.setCurrentRow(-1)
        self._edit(None)
        self.name.setFocus()

    def _add(self) -> None:
        if not self.name.text().strip():
            return
        fields = (self.name.text(), self.reach.text(), self.note.text())
        if self._editing_id is not None:
            self.update_contact_requested.emit(self._editing_id, *fields)
        else:
            self.add_contact_requested.emit(*fields)
        self.contact_list.setCurrentRow(-1)
        self._edit(None)  # the fields are for someone new again
        self.name.setFocus()

    def _remove(self) -> None:
        item = self.contact_list.currentItem()
        if item is not None:
            self.remove_contact_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))


def _is_on(settings: WatcherSettings, kind: str, today: date) -> bool:
    """Not turned off for good (a rest until a date shows as on, with its date below)."""
    return not (kind in settings.kinds_off and settings.kinds_off[kind] is None)


def resting_status(settings: WatcherSettings, today: date) -> str:
    notes = []
    for kind, name in ((SUPPORT, "Support notes"), (CRISIS, "Crisis resources")):
        rest = settings.kinds_off.get(kind)
        snooze = settings.snoozed_until.get(kind)
        until = max((d for d in (rest, snooze) if d is not None and d > today), default=None)
        if until is not None:
            notes.append(f"{name} are resting until {display_date(until, short=True)}.")
    return " ".join(notes)
