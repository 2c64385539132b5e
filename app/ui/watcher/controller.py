"""Wires prompt cards and the watcher's dialogs to the services, through the task runner.

    controller = WatcherController(
        watcher=workspace.watcher, contacts=workspace.contacts,
        questionnaires=workspace.questionnaires, runner=runner,
        place_card=main_window.add_card, dialog_parent=main_window)
    controller.check_now()   # at start-up, and after each saved entry or check-in

Every database call runs on the runner's thread; dialogs are non-modal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.core.contacts import ContactsService, TrustedContact
from app.core.questionnaires import QuestionnaireService, load_questionnaire
from app.core.support.resources import SupportResources, load_support_resources
from app.core.watcher.model import (
    CRISIS,
    DISMISSED,
    OPENED_SUPPORT,
    ShownPrompt,
    WatcherSettings,
)
from app.core.watcher.wording import Wording, default_wording
from app.core.watcher_service import WatcherService
from app.ui.tasks import TaskRunner
from app.ui.watcher.prompt_card import PromptCard
from app.ui.watcher.questionnaire_dialog import QuestionnaireDialog
from app.ui.watcher.settings_panel import WatcherSettingsPanel
from app.ui.watcher.support_dialog import SupportOptionsDialog
from app.ui.watcher.why_dialog import WhyDialog


def region_from_locale(locale: QLocale | None = None) -> str | None:
    """The person's region code from the system locale (GB, US, ...), if it has one."""
    territory = (locale or QLocale.system()).territory()
    if territory == QLocale.Country.AnyTerritory:
        return None
    return QLocale.territoryToCode(territory) or None


class WatcherController(QObject):
    prompt_shown = Signal(object)  # ShownPrompt; the app may also notify when hidden
    open_entry_requested = Signal(str)
    link_requested = Signal(str)  # the app hands it to the desktop (QDesktopServices)

    def __init__(
        self,
        *,
        watcher: WatcherService,
        contacts: ContactsService,
        questionnaires: QuestionnaireService,
        runner: TaskRunner,
        place_card: Callable[[PromptCard], None],
        dialog_parent: QWidget | None = None,
        resources: SupportResources | None = None,
        wording: Wording | None = None,
        default_region: str | None = None,
    ) -> None:
        super().__init__(dialog_parent)
        self._watcher = watcher
        self._contacts = contacts
        self._questionnaires = questionnaires
        self._runner = runner
        self._place_card = place_card
        self._parent = dialog_parent
        self._resources = resources or load_support_resources()
        self._wording = wording or default_wording()
        self._default_region = default_region
        self.cards: dict[str, PromptCard] = {}
        self.dialogs: list[QDialog] = []
        self.settings_panel: WatcherSettingsPanel | None = None

    # -- prompts ------------------------------------------------------------------------

    def check_now(self) -> None:
        """Ask the watcher about today; show whatever it returns."""
        self._run(self._watcher.evaluate, self._show_all)

    def _show_all(self, prompts: Sequence[ShownPrompt]) -> None:
        for shown in prompts:
            self.show_prompt(shown)

    def show_prompt(self, shown: ShownPrompt) -> PromptCard:
        kind = shown.prompt.suggested_questionnaire
        suggestion = self._wording.suggestion(kind) if kind else None
        card = PromptCard(shown, suggestion)
        card.support_requested.connect(self.open_support)
        card.why_requested.connect(self.explain)
        card.snooze_requested.connect(self.snooze)
        card.has_support_requested.connect(self.has_support)
        card.dismissed.connect(self.dismiss)
        card.settings_requested.connect(self.open_settings)
        card.questionnaire_requested.connect(self.take_questionnaire)
        self.cards[shown.id] = card
        self._place_card(card)
        self.prompt_shown.emit(shown)
        if shown.prompt.kind == CRISIS:
            self.open_support(shown.id)  # crisis resources at once, not behind a click
        return card

    def explain(self, prompt_id: str) -> None:
        dialog = WhyDialog(self.cards[prompt_id].shown, self._wording, self._parent)
        dialog.open_entry_requested.connect(self.open_entry_requested.emit)
        self._show(dialog)

    def snooze(self, prompt_id: str) -> None:
        self._run(lambda: self._watcher.snooze(prompt_id), lambda _: self._remove(prompt_id))

    def has_support(self, prompt_id: str) -> None:
        self._run(
            lambda: self._watcher.i_have_support(prompt_id), lambda _: self._remove(prompt_id)
        )

    def dismiss(self, prompt_id: str) -> None:
        self._run(
            lambda: self._watcher.respond(prompt_id, DISMISSED), lambda _: self._remove(prompt_id)
        )

    def _remove(self, prompt_id: str) -> None:
        card = self.cards.pop(prompt_id, None)
        if card is not None:
            card.hide()
            card.deleteLater()

    # -- support options and questionnaires ----------------------------------------------

    def open_support(self, prompt_id: str) -> None:
        crisis = self.cards[prompt_id].shown.prompt.kind == CRISIS

        def load() -> tuple[Any, str | None]:
            self._watcher.respond(prompt_id, OPENED_SUPPORT)
            return self._contacts.list(), self._watcher.settings().region

        self._run(load, lambda found: self._open_support_dialog(*found, crisis=crisis))

    def _open_support_dialog(self, contacts: Any, region: str | None, *, crisis: bool) -> None:
        dialog = SupportOptionsDialog(
            self._resources, region or self._default_region, contacts, crisis, self._parent
        )
        dialog.region_changed.connect(self._save_region)
        dialog.link_requested.connect(self.link_requested.emit)
        dialog.contacts_requested.connect(self.open_settings)
        self._show(dialog)

    def _save_region(self, code: str) -> None:
        self._run(lambda: self._watcher.set_region(code))

    def take_questionnaire(self, kind: str) -> None:
        self._run(
            lambda: self._watcher.settings().region, lambda r: self._open_questionnaire(kind, r)
        )

    def _open_questionnaire(self, kind: str, region: str | None) -> None:
        region_info = self._resources.region(region or self._default_region)
        dialog = QuestionnaireDialog(load_questionnaire(kind), region_info, self._parent)
        dialog.completed.connect(self._keep_result)
        dialog.link_requested.connect(self.link_requested.emit)
        self._show(dialog)

    def _keep_result(self, kind: str, answers: tuple[int, ...], follow_up: int | None) -> None:
        self._run(lambda: self._questionnaires.record(kind, answers, follow_up))

    # -- settings and trusted contacts ----------------------------------------------------

    def open_settings(self) -> None:
        self._run(
            lambda: (self._watcher.settings(), self._contacts.list(), self._watcher.today()),
            lambda found: self._open_settings_dialog(*found),
        )

    def _open_settings_dialog(
        self, settings: WatcherSettings, contacts: Sequence[TrustedContact], today: date
    ) -> None:
        if settings.region is None and self._default_region:
            settings = replace(settings, region=self._default_region)
        panel = WatcherSettingsPanel(settings, contacts, self._resources, today)
        panel.settings_changed.connect(
            lambda new: self._run(lambda: self._watcher.save_settings(new))
        )
        panel.add_contact_requested.connect(
            lambda name, reach, note: self._change_contacts(
                panel, lambda: self._contacts.add(name, reach, note)
            )
        )
        panel.remove_contact_requested.connect(
            lambda contact_id: self._change_contacts(
                panel, lambda: self._contacts.remove(contact_id)
            )
        )
        dialog = QDialog(self._parent)
        dialog.setWindowTitle("Watcher settings")
        dialog.setAccessibleName("Watcher settings")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        layout.addWidget(buttons)
        self.settings_panel = panel
        self._show(dialog)

    def _change_contacts(self, panel: WatcherSettingsPanel, change: Callable[[], object]) -> None:
        def work() -> list[TrustedContact]:
            change()
            return self._contacts.list()

        self._run(work, panel.set_contacts)

    # -- plumbing -----------------------------------------------------------------------

    def _show(self, dialog: QDialog) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.show()

    def _run(self, work: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        self._runner.run(lambda progress: work(), on_success=then)
