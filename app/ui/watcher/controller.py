"""Wires prompt cards and the watcher's dialogs to the services, through the task runner.

    controller = WatcherController(
        watcher=workspace.watcher, contacts=workspace.contacts,
        questionnaires=workspace.questionnaires, runner=runner,
        place_card=main_window.add_card, dialog_parent=main_window)
    controller.check_now()   # at start-up, and after each saved entry or check-in

Every database call runs on the runner's thread; dialogs are non-modal. Pages that show
the watcher's history or results listen to ``history_changed``, ``questionnaire_saved``
and ``settings_changed``. The support window a crisis prompt opens by itself is shown
quietly (it never takes the keyboard from the entry being typed); F6 goes to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from app.core.contacts import ContactsService
from app.core.questionnaires import QuestionnaireService
from app.core.support.resources import Region, SupportResources, load_support_resources
from app.core.watcher.model import (
    CRISIS,
    DISMISSED,
    HAS_SUPPORT,
    OPENED_SUPPORT,
    SNOOZED,
    Prompt,
    ShownPrompt,
    WatcherSettings,
)
from app.core.watcher.wording import Wording, default_wording
from app.core.watcher_service import QuietLook, WatcherService
from app.ui.tasks import TaskRunner
from app.ui.watcher.answer_note import answer_note
from app.ui.watcher.going_quiet import GoingQuiet
from app.ui.watcher.prompt_card import PromptCard
from app.ui.watcher.questionnaire_flow import QuestionnaireFlow, QuestionnaireOutlets
from app.ui.watcher.region_picker import first_region_question
from app.ui.watcher.safety_plan_keeper import SafetyPlanKeeper
from app.ui.watcher.settings_flow import SettingsOutlets, WatcherSettingsFlow
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
    history_changed = Signal()  # a prompt was shown, or the person answered one
    questionnaire_saved = Signal(object)  # QuestionnaireResult, once it is in the vault
    settings_changed = Signal(object)  # WatcherSettings, once saved
    results_requested = Signal()  # a questionnaire's "see my results over time"
    write_requested = Signal()  # a questionnaire's "write about how it's been"
    answered_note = Signal(str, object)  # a kind word after an answer; Undo callable or None
    contacts_changed = Signal(object)  # list[TrustedContact], once saved: open views follow

    def __init__(
        self,
        *,
        watcher: WatcherService,
        contacts: ContactsService,
        questionnaires: QuestionnaireService,
        runner: TaskRunner,
        place_card: Callable[[QWidget], None],
        dialog_parent: QWidget | None = None,
        resources: SupportResources | None = None,
        wording: Wording | None = None,
        default_region: str | None = None,
        safety_plans: SafetyPlanKeeper | None = None,
        support_order: Callable[[Prompt], Sequence[str]] | None = None,
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
        self._support_order = support_order
        self.safety_plans = safety_plans  # shown first on crisis cards and dialogs
        self.cards: dict[str, PromptCard] = {}
        self._phq9_taken = False  # whether any PHQ-9 result is kept, as of the last look
        self._shown_ids: set[str] = set()  # each prompt gets one card a session
        self.dialogs: list[QDialog] = []
        # The app sets this to open its Settings window on the "Looking out" tab (True: ready
        # to add someone); without it (a view on its own) the panel opens in a dialog.
        self.show_in_settings: Callable[[bool], None] | None = None
        self._region_code: str | None = None  # the saved choice, once loaded
        self.settings_changed.connect(self._settings_saved)
        self.go_to_support_action = self._support_shortcut(dialog_parent)
        # After a low run and a quiet few days: a calm note when the person is back.
        self.quiet = GoingQuiet(watcher, self._run, place_card, self._wording, self)
        self.quiet.open_support = self.open_support_options
        self.quiet.explain = self.explain_shown
        self.quiet.history_changed.connect(self.history_changed)
        # The PHQ-9 and WHO-5 and their results, from a card or the Support page.
        self.questionnaire_flow = QuestionnaireFlow(
            questionnaires,
            owner=self,
            dialog_parent=dialog_parent,
            saved_region=lambda: self._watcher.settings().region,
            region=self.region,
            run=self._run,
            show=self._show,
            outlets=QuestionnaireOutlets(
                saved=self.questionnaire_saved.emit,
                link=self.link_requested.emit,
                over_time=self.results_requested.emit,
                support=self.open_support_options,
                write=self.write_requested.emit,
            ),
        )
        # The watcher's settings and the trusted contacts, as a dialog or a Settings tab.
        self.settings_flow = WatcherSettingsFlow(
            watcher,
            contacts,
            owner=self,
            dialog_parent=dialog_parent,
            resources=self._resources,
            default_region=default_region,
            run=self._run,
            show=self._show,
            outlets=SettingsOutlets(
                settings_saved=self.settings_changed.emit,
                contacts_changed=self.contacts_changed.emit,
                link=self.link_requested.emit,
            ),
        )
        # Queued before any check, so a crisis card already knows the person's region.
        self._run(lambda: self._watcher.settings().region, self._region_known)

    @property
    def resources(self) -> SupportResources:
        return self._resources

    def region(self, chosen: str | None) -> Region:
        """The person's chosen region, else the one from the locale, else "elsewhere"."""
        return self._resources.region(chosen or self._default_region)

    def _region_known(self, code: str | None) -> None:
        self._region_code = code
        for card in self.cards.values():
            card.show_region(self.region(code))

    def _settings_saved(self, settings: WatcherSettings) -> None:
        if settings.region != self._region_code:
            self._region_known(settings.region)

    def _support_shortcut(self, window: QWidget | None) -> QAction | None:
        """F6: to the support window that opened quietly, or open one."""
        if window is None:
            return None
        action = QAction("Go to &support options", window)
        action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.go_to_support)
        window.addAction(action)
        return action

    def go_to_support(self) -> None:
        open_now = [d for d in self.dialogs if isinstance(d, SupportOptionsDialog)]
        open_now = [d for d in open_now if d.isVisible()]
        if open_now:
            open_now[-1].enter()
        else:
            self.open_support_options()

    def ask_region_if_unset(self) -> None:
        """At the first unlock: where does the person live? (Asked until they answer.)"""
        self._run(lambda: self._watcher.settings().region, self._ask_region)

    def _ask_region(self, code: str | None) -> None:
        if code is not None:
            return
        question = first_region_question(self._resources, self._default_region, self._parent)
        question.accepted.connect(lambda: self._save_region(question.code()))
        self._show(question)

    # -- prompts ------------------------------------------------------------------------

    def check_now(self) -> None:
        """Ask the watcher about today; show whatever it returns, and any crisis prompt
        still waiting to be seen (one kept by `tend add` while the window was closed)."""

        def work() -> tuple[list[ShownPrompt], QuietLook, bool]:
            waiting = self._watcher.waiting_crisis_prompts()
            prompts = [*waiting, *self._watcher.evaluate()]
            # An escalated note leads with the PHQ-9 results when there are any.
            taken = self._questionnaires.latest("phq9") is not None
            return prompts, self._watcher.look_for_quiet(), taken

        def show(found: tuple[list[ShownPrompt], QuietLook, bool]) -> None:
            self._phq9_taken = found[2]
            self._show_all(found[0])
            self.quiet.show(found[1])

        self._run(work, show)

    def show_prompts(self, prompts: Sequence[ShownPrompt]) -> None:
        """Show prompts kept elsewhere (crisis words in a saved opening, say), each once."""
        self._show_all(prompts)

    def _show_all(self, prompts: Sequence[ShownPrompt]) -> None:
        for shown in prompts:
            if shown.id not in self._shown_ids:
                self.show_prompt(shown)

    def show_prompt(self, shown: ShownPrompt) -> PromptCard:
        kind = shown.prompt.suggested_questionnaire
        suggestion = self._wording.suggestion(kind) if kind else None
        card = PromptCard(
            shown,
            suggestion,
            region=self.region(self._region_code),
            wording=self._wording,
            phq9_taken=self._phq9_taken,
        )
        card.link_requested.connect(self.link_requested)
        card.support_requested.connect(self.open_support)
        card.why_requested.connect(self.explain)
        card.snooze_requested.connect(self.snooze)
        card.has_support_requested.connect(self.has_support)
        card.dismissed.connect(self.dismiss)
        card.settings_requested.connect(self.open_settings)
        card.questionnaire_requested.connect(self.questionnaire_flow.take)
        card.results_requested.connect(self.questionnaire_flow.show_results)
        crisis = shown.prompt.kind == CRISIS
        if crisis:
            self._retire_crisis_cards()
        self.cards[shown.id] = card
        if crisis and self.safety_plans is not None:
            self.safety_plans.attach(card.safety_plan)
        self._shown_ids.add(shown.id)
        self._place_card(card)
        self.prompt_shown.emit(shown)
        self.history_changed.emit()
        if crisis and self._support_dialog_open():
            # The crisis lines are already on screen: note it rather than open them twice.
            self._run(lambda: self._watcher.respond(shown.id, OPENED_SUPPORT))
        elif crisis:
            # Crisis resources at once, not behind a click, and without taking the keyboard.
            self.open_support(shown.id, quietly=True)
        return card

    def _retire_crisis_cards(self) -> None:
        """New crisis words replace an earlier crisis card rather than stack a second."""
        for prompt_id, card in list(self.cards.items()):
            if card.shown.prompt.kind == CRISIS:
                del self.cards[prompt_id]
                card.hide()
                card.deleteLater()

    def _support_dialog_open(self) -> bool:
        return any(
            isinstance(dialog, SupportOptionsDialog) and dialog.isVisible()
            for dialog in self.dialogs
        )

    def explain(self, prompt_id: str) -> None:
        """ "Why am I seeing this?" for a card on screen or any prompt in the history."""
        card = self.cards.get(prompt_id)
        if card is not None:
            self.explain_shown(card.shown)
        else:
            self._run(lambda: self._watcher.get(prompt_id), self.explain_shown)

    def explain_shown(self, shown: ShownPrompt) -> None:
        dialog = WhyDialog(shown, self._wording, self._parent)
        dialog.open_entry_requested.connect(self.open_entry_requested.emit)
        self._show(dialog)

    def snooze(self, prompt_id: str) -> None:
        self._run(
            lambda: (self._watcher.settings(), self._watcher.snooze(prompt_id)),
            lambda found: self._answered_with_note(prompt_id, SNOOZED, *found),
        )

    def has_support(self, prompt_id: str) -> None:
        self._run(
            lambda: (self._watcher.settings(), self._watcher.i_have_support(prompt_id)),
            lambda found: self._answered_with_note(prompt_id, HAS_SUPPORT, *found),
        )

    def _answered_with_note(
        self, prompt_id: str, response: str, before: WatcherSettings, after: WatcherSettings
    ) -> None:
        """The card goes, and a short note says what happens now, with Undo if it changed
        anything (the settings go back and the card comes back)."""
        card = self.cards.get(prompt_id)
        self._answered(prompt_id, after)
        if card is None:
            return
        shown = card.shown
        undo = None if before == after else (lambda: self._undo_answer(shown, before))
        self.answered_note.emit(answer_note(response, shown.prompt.kind, after), undo)

    def _undo_answer(self, shown: ShownPrompt, before: WatcherSettings) -> None:
        def restored(settings: WatcherSettings) -> None:
            self.settings_changed.emit(settings)
            self._shown_ids.discard(shown.id)
            self.show_prompt(shown)

        self._run(lambda: self._watcher.save_settings(before), restored)

    def dismiss(self, prompt_id: str) -> None:
        self._run(
            lambda: self._watcher.respond(prompt_id, DISMISSED),
            lambda _: self._answered(prompt_id),
        )

    def _answered(self, prompt_id: str, settings: WatcherSettings | None = None) -> None:
        card = self.cards.pop(prompt_id, None)
        if card is not None:
            card.hide()
            card.deleteLater()
        self.history_changed.emit()
        if settings is not None:
            self.settings_changed.emit(settings)

    # -- support options ----------------------------------------------------------------

    def open_support(self, prompt_id: str, quietly: bool = False) -> None:
        prompt = self.cards[prompt_id].shown.prompt
        crisis = prompt.kind == CRISIS
        support_order = self._support_order

        def load() -> tuple[Any, str | None, Sequence[str] | None]:
            self._watcher.respond(prompt_id, OPENED_SUPPORT)
            order = None if support_order is None else support_order(prompt)
            return self._contacts.list(), self._watcher.settings().region, order

        def opened(found: tuple[Any, str | None, Sequence[str] | None]) -> None:
            contacts, region, order = found
            if region != self._region_code:  # changed elsewhere (a restore, the CLI)
                self._region_known(region)
            self.history_changed.emit()
            self._open_support_dialog(contacts, region, crisis=crisis, quietly=quietly, order=order)

        self._run(load, opened)

    def open_support_options(self) -> None:
        """The support options when the person asks for them, without a prompt.

        Crisis lines come first, as on a crisis card: someone who goes looking for help
        on their own may need it most, and the list of people follows right after.
        """
        self._run(
            lambda: (self._contacts.list(), self._watcher.settings().region),
            lambda found: self._open_support_dialog(*found, crisis=True),
        )

    def _open_support_dialog(
        self,
        contacts: Any,
        region: str | None,
        *,
        crisis: bool,
        quietly: bool = False,
        order: Sequence[str] | None = None,
    ) -> None:
        dialog = SupportOptionsDialog(
            self._resources,
            region or self._default_region,
            contacts,
            crisis,
            self._parent,
            order=order,
        )
        dialog.region_changed.connect(self._save_region)
        dialog.link_requested.connect(self.link_requested.emit)
        dialog.contacts_requested.connect(self.open_contacts)
        self.contacts_changed.connect(dialog.set_contacts)  # added from here: shown at once
        if crisis and self.safety_plans is not None:
            self.safety_plans.attach(dialog.safety_plan)
        self._show(dialog, quietly=quietly)

    def _save_region(self, code: str) -> None:
        self._run(lambda: self._watcher.set_region(code), self.settings_changed.emit)

    # -- settings and trusted contacts ----------------------------------------------------

    def open_settings(self) -> None:
        if self.show_in_settings is not None:
            self.show_in_settings(False)
        else:
            self.settings_flow.open_dialog(focus_contacts=False)

    def open_contacts(self) -> None:
        """The settings with the cursor in "Name", ready to add someone the person trusts."""
        if self.show_in_settings is not None:
            self.show_in_settings(True)
        else:
            self.settings_flow.open_dialog(focus_contacts=True)

    def settings_tab(self, focus_contacts: bool = False) -> QWidget:
        """The watcher's settings as a tab for the Settings window (filled once loaded)."""
        return self.settings_flow.tab(focus_contacts)

    @property
    def settings_panel(self) -> WatcherSettingsPanel | None:
        """The latest settings panel made (a dialog's or the Settings window's tab)."""
        return self.settings_flow.panel

    # -- plumbing -----------------------------------------------------------------------

    def _show(self, dialog: QDialog, quietly: bool = False) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        if quietly and isinstance(dialog, SupportOptionsDialog):
            dialog.show_quietly()
        else:
            dialog.show()

    def _run(self, work: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        self._runner.run(lambda progress: work(), on_success=then)
