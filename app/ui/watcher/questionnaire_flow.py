"""The self-checks (PHQ-9, WHO-5) and their results over time, for the watcher's controller.

    flow = QuestionnaireFlow(questionnaires, owner=controller, ...)
    flow.take("phq9")          # from a prompt card or the Support page
    flow.show_results("phq9")  # an escalated card's "See my PHQ-9 results"

The controller owns the flow and lends it its runner and its list of open dialogs, so a
questionnaire is one more of the controller's dialogs. Where a result's next steps lead
(the results over time, the support options, a new entry) is the controller's to say,
through the outlets. The watcher's crisis prompts never pass through here; a PHQ-9's own
crisis lines (item 9) are the dialog's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.core.questionnaires import QuestionnaireResult, QuestionnaireService, load_questionnaire
from app.core.support.resources import Region
from app.ui.watcher.phq9_results_dialog import Phq9ResultsDialog
from app.ui.watcher.questionnaire_dialog import QuestionnaireDialog

Run = Callable[[Callable[[], Any], Callable[[Any], None]], None]


@dataclass(frozen=True)
class QuestionnaireOutlets:
    """Where a questionnaire leads: each is called as the dialog asks for it."""

    saved: Callable[[QuestionnaireResult], None]  # the result, once it is in the vault
    link: Callable[[str], None]  # a crisis line's or a resource's link
    over_time: Callable[[], None]  # "See my results over time"
    support: Callable[[], None]  # the support options
    write: Callable[[], None]  # "Write about how it's been"


class QuestionnaireFlow(QObject):
    """Opens a questionnaire in the person's region, keeps its result, shows results."""

    def __init__(
        self,
        questionnaires: QuestionnaireService,
        *,
        owner: QObject,
        dialog_parent: QWidget | None,
        saved_region: Callable[[], str | None],
        region: Callable[[str | None], Region],
        run: Run,
        show: Callable[[QDialog], None],
        outlets: QuestionnaireOutlets,
    ) -> None:
        # A child of the controller: cards' and pages' connections end when it does.
        super().__init__(owner)
        self._questionnaires = questionnaires
        self._parent = dialog_parent
        self._saved_region = saved_region  # runs on the runner's thread
        self._region = region
        self._run = run
        self._show = show
        self._outlets = outlets

    def take(self, kind: str) -> None:
        self._run(self._saved_region, lambda r: self.open(kind, r))

    def show_results(self, kind: str) -> None:
        """A questionnaire's results over time (an escalated note's first option)."""
        self._run(
            lambda: self._questionnaires.results(kind),
            lambda results: self._show(Phq9ResultsDialog(results, self._parent)),
        )

    def open(self, kind: str, region: str | None) -> None:
        """The questionnaire ``kind`` with the crisis lines of ``region`` (a saved code)."""
        dialog = QuestionnaireDialog(load_questionnaire(kind), self._region(region), self._parent)
        dialog.completed.connect(self._keep_result)
        dialog.link_requested.connect(self._outlets.link)
        dialog.over_time_requested.connect(self._outlets.over_time)
        dialog.support_requested.connect(self._outlets.support)
        dialog.write_requested.connect(self._outlets.write)
        self._show(dialog)

    def _keep_result(self, kind: str, answers: tuple[int, ...], follow_up: int | None) -> None:
        self._run(
            lambda: self._questionnaires.record(kind, answers, follow_up),
            lambda recorded: self._outlets.saved(recorded[0]),
        )
