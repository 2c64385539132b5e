"""The watcher's settings and the person's trusted contacts, for the watcher's controller.

    flow = WatcherSettingsFlow(watcher, contacts, owner=controller, ...)
    flow.open_dialog(focus_contacts=True)   # a view on its own: the panel in a dialog
    tab = flow.tab()                        # the Settings window's "Looking out" tab

The controller owns the flow and lends it its runner and its list of open dialogs. Saved
settings and contacts go out through the outlets, so open views follow them. Nothing here
shows or answers a prompt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.core.contacts import ContactsService, TrustedContact
from app.core.support.resources import SupportResources
from app.core.watcher.model import WatcherSettings
from app.core.watcher_service import WatcherService
from app.ui.watcher.settings_panel import WatcherSettingsPanel

Run = Callable[[Callable[[], Any], Callable[[Any], None]], None]
Loaded = tuple[WatcherSettings, list[TrustedContact], date]


@dataclass(frozen=True)
class SettingsOutlets:
    """Where saved changes go: each is called once the change is in the vault."""

    settings_saved: Callable[[WatcherSettings], None]
    contacts_changed: Callable[[list[TrustedContact]], None]
    link: Callable[[str], None]  # a contact's number or email, for the desktop to open


class WatcherSettingsFlow(QObject):
    """Builds the settings panel (as a dialog or a tab) and saves what it changes."""

    def __init__(
        self,
        watcher: WatcherService,
        contacts: ContactsService,
        *,
        owner: QObject,
        dialog_parent: QWidget | None,
        resources: SupportResources,
        default_region: str | None,
        run: Run,
        show: Callable[[QDialog], None],
        outlets: SettingsOutlets,
    ) -> None:
        # A child of the controller: the panels' connections end when it does.
        super().__init__(owner)
        self._watcher = watcher
        self._contacts = contacts
        self._parent = dialog_parent
        self._resources = resources
        self._default_region = default_region
        self._run = run
        self._show = show
        self._outlets = outlets
        self.panel: WatcherSettingsPanel | None = None  # the latest panel made

    def open_dialog(self, *, focus_contacts: bool) -> None:
        self._run(self._load, lambda found: self._dialog(*found, focus_contacts=focus_contacts))

    def tab(self, focus_contacts: bool = False) -> QWidget:
        """The settings as a tab for the Settings window (filled once loaded);
        ``focus_contacts`` puts the cursor in "Name", ready to add someone."""
        tab = QWidget()
        tab.setAccessibleName("Looking out settings")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)

        def loaded(found: Loaded) -> None:
            if shiboken6.isValid(tab):
                panel = self._make_panel(*found)
                layout.addWidget(panel)
                if focus_contacts:
                    panel.name.setFocus()

        self._run(self._load, loaded)
        return tab

    def _load(self) -> Loaded:
        return self._watcher.settings(), self._contacts.list(), self._watcher.today()

    def _dialog(
        self,
        settings: WatcherSettings,
        contacts: Sequence[TrustedContact],
        today: date,
        *,
        focus_contacts: bool = False,
    ) -> None:
        panel = self._make_panel(settings, contacts, today)
        dialog = QDialog(self._parent)
        dialog.setWindowTitle("Looking out settings")
        dialog.setAccessibleName("Looking out settings")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        layout.addWidget(buttons)
        self._show(dialog)
        if focus_contacts:
            panel.name.setFocus()

    def _make_panel(
        self, settings: WatcherSettings, contacts: Sequence[TrustedContact], today: date
    ) -> WatcherSettingsPanel:
        if settings.region is None and self._default_region:
            settings = replace(settings, region=self._default_region)
        panel = WatcherSettingsPanel(settings, contacts, self._resources, today)
        panel.settings_changed.connect(
            lambda new: self._run(
                lambda: self._watcher.save_settings(new), self._outlets.settings_saved
            )
        )
        panel.add_contact_requested.connect(
            lambda name, reach, note: self._change_contacts(
                panel, lambda: self._contacts.add(name, reach, note)
            )
        )
        panel.update_contact_requested.connect(
            lambda contact_id, name, reach, note: self._change_contacts(
                panel, lambda: self._contacts.update(contact_id, name, reach, note)
            )
        )
        panel.remove_contact_requested.connect(
            lambda contact_id: self._change_contacts(
                panel, lambda: self._contacts.remove(contact_id)
            )
        )
        panel.link_requested.connect(self._outlets.link)
        self.panel = panel
        return panel

    def _change_contacts(self, panel: WatcherSettingsPanel, change: Callable[[], object]) -> None:
        def work() -> list[TrustedContact]:
            change()
            return self._contacts.list()

        def saved(contacts: list[TrustedContact]) -> None:
            if shiboken6.isValid(panel):
                panel.set_contacts(contacts)
            self._outlets.contacts_changed(contacts)

        self._run(work, saved)
