"""The Openings page at work: reading and saving openings and people through the core,
stage changes that fill in today's check-in, linking entries, and deleting with Undo.

All core calls go through the task runner; the widgets only show and ask.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.checkins import CheckIn
from app.ui.jobsearch.openings_page import OpeningsPage
from app.ui.jobsearch.port import JobSearchPort, StageOutcome
from app.ui.jobsearch.views import OpeningDraft, OpeningView, PersonDraft, PersonView
from app.ui.jobsearch.wording import say
from app.ui.tasks import TaskRunner


class OpeningsController(QObject):
    changed = Signal()  # openings, stages or people changed (Home and Insights look again)
    open_entry_requested = Signal(str)
    check_in_offered = Signal(object)  # date: the person accepted the offer to check in

    def __init__(
        self,
        page: OpeningsPage,
        port: JobSearchPort,
        *,
        runner: TaskRunner,
        today: Callable[[], date],
        current_entry: Callable[[], str | None],
        notify: Callable[..., None],
        dialog_parent: Callable[[], QWidget | None],
    ) -> None:
        super().__init__()
        self.page = page
        self._port = port
        self._runner = runner
        self._today = today
        self._current_entry = current_entry
        self._notify = notify
        self._dialog_parent = dialog_parent
        self.openings: dict[str, OpeningView] = {}
        self.pending: StageOutcome | None = None  # a stage waiting for its day's check-in
        self._cleared = False  # after a lock, late results are not shown again
        self.people: list[PersonView] = []
        self.confirm: Callable[[str, str], bool] = self._ask
        editor = page.editor
        page.list.chosen.connect(self._chosen)
        editor.save_requested.connect(self.save_opening)
        editor.stage_requested.connect(self.move)
        editor.link_current_requested.connect(self.link_current_entry)
        editor.delete_requested.connect(self.delete_opening)
        editor.open_entry_requested.connect(self.open_entry_requested)
        page.people.save_requested.connect(self.save_person)
        page.people.delete_requested.connect(self.delete_person)

    # -- reading ------------------------------------------------------------------------

    def load(self, keep: str | None = None, keep_person: str | None = None) -> None:
        if self._cleared:
            return
        port, today = self._port, self._today()
        self.page.set_today(today)

        def work(progress: object) -> tuple[list[OpeningView], list[PersonView]]:
            return port.openings(today), port.people()

        self._runner.run(
            work, on_success=lambda result: self._show(result[0], result[1], keep, keep_person)
        )

    def _show(
        self,
        openings: list[OpeningView],
        people: list[PersonView],
        keep: str | None,
        keep_person: str | None,
    ) -> None:
        if self._cleared:
            return
        self.openings = {opening.id: opening for opening in openings}
        self.people = people
        self.page.show_openings(openings, keep)
        self.page.people.set_data(people, [o for o in openings if not o.folded], keep_person)

    def _chosen(self, opening_id: str | None) -> None:
        if opening_id is None or opening_id not in self.openings:
            if self.page.editor.opening is not None:
                self.page.editor.show_nothing()
            return
        self.page.editor.show_opening(self.openings[opening_id])

    # -- openings ----------------------------------------------------------------------

    def save_opening(self, opening_id: str | None, draft: OpeningDraft) -> None:
        port = self._port
        self._runner.run(
            lambda progress: port.save_opening(opening_id, draft),
            on_success=self._saved,
            on_expected=lambda error: self.page.editor.show_problem(error.message),
        )

    def _saved(self, opening_id: str) -> None:
        self.load(keep=opening_id)
        self.changed.emit()

    def move(self, opening_id: str, stage: str, on: date) -> None:
        port = self._port
        self._runner.run(
            lambda progress: port.move(opening_id, stage, on),
            on_success=lambda outcome: self._moved(opening_id, outcome),
            on_expected=lambda error: self.page.editor.show_problem(error.message),
        )

    def _moved(self, opening_id: str, outcome: StageOutcome) -> None:
        self.load(keep=opening_id)
        self.changed.emit()
        self.offer_checkin(outcome)

    def offer_checkin(self, outcome: StageOutcome) -> None:
        """Say that the day's check-in has it, or, with none that day, offer one (calmly).
        A check-in made from the offer gets the activity once it is saved."""
        if outcome.added_to_checkin:
            self.pending = None
            self._notify(say("openings", "stage_recorded"))
        elif outcome.offer_checkin:
            self.pending = outcome
            self._notify(
                say("openings", "stage_offer"),
                action_text="Check in",
                action=lambda: self.check_in_offered.emit(outcome.day),
            )

    def expect_checkin(self, outcome: StageOutcome) -> None:
        """A check-in is being opened for this stage's day: it gets the activity once saved."""
        self.pending = outcome if outcome.offer_checkin else None

    def checkin_saved(self, checkin: CheckIn) -> None:
        """After the offered check-in: add the stage's activity to it (as a move would)."""
        pending, self.pending = self.pending, None
        if pending is None or checkin.at.date() != pending.day:
            return
        port = self._port
        self._runner.run(
            lambda progress: port.fill_day(pending.stage, pending.day),
            on_success=lambda _outcome: self.changed.emit(),
        )

    def link_current_entry(self, opening_id: str) -> None:
        entry_id = self._current_entry()
        if entry_id is None:
            self.page.editor.show_problem(
                "Open or write a journal entry first; then it can be linked here."
            )
            return
        port = self._port
        self._runner.run(
            lambda progress: port.link_entry(opening_id, entry_id),
            on_success=lambda _none: self._saved(opening_id),
            on_expected=lambda error: self.page.editor.show_problem(error.message),
        )

    def delete_opening(self, opening_id: str) -> None:
        opening = self.openings.get(opening_id)
        if opening is None:
            return
        count = len(opening.entries)
        entries = (
            ""
            if count == 0
            else f"{count} linked journal {'entry' if count == 1 else 'entries'} will be unlinked."
        )
        detail = say("openings", "delete_detail", role=opening.label, entries=entries)
        if not self.confirm(say("openings", "delete_question"), detail.replace("  ", " ")):
            return
        port = self._port
        self._runner.run(lambda progress: port.delete_opening(opening_id), on_success=self._deleted)

    def _deleted(self, deleted: object) -> None:
        self.page.editor.show_nothing()
        self.load()
        self.changed.emit()
        port = self._port

        def undo() -> None:
            self._runner.run(lambda progress: port.undo_delete(deleted), on_success=self._restored)

        if deleted is not None:
            self._notify(say("openings", "deleted"), action_text="Undo", action=undo)
        else:
            self._notify(say("openings", "deleted"))

    def _restored(self, opening_id: object) -> None:
        self.load(keep=opening_id if isinstance(opening_id, str) else None)
        self.changed.emit()

    # -- people ------------------------------------------------------------------------

    def save_person(self, person_id: str | None, draft: PersonDraft) -> None:
        port = self._port

        self._runner.run(
            lambda progress: port.save_person(person_id, draft),
            on_success=lambda new_id: self.load(
                keep=self.page.list.current_id(), keep_person=new_id
            ),
            on_expected=lambda error: self.page.people.error.show_message(error.message),
        )

    def delete_person(self, person_id: str) -> None:
        person = next((p for p in self.people if p.id == person_id), None)
        if person is None:
            return
        detail = say("people", "delete_detail", name=person.name)
        if not self.confirm(say("people", "delete_question"), detail):
            return
        port = self._port

        def removed(_none: object) -> None:
            self.page.people.start_new()
            self.load()

        self._runner.run(lambda progress: port.delete_person(person_id), on_success=removed)

    # -- locking ------------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is typed in the editor or the people form (queued: the window waits
        for background work before it locks)."""
        opening = self.page.editor.unsaved()
        if opening is not None:
            self.save_opening(*opening)
        person = self.page.people.unsaved()
        if person is not None:
            self.save_person(*person)
        return True

    def clear(self) -> None:
        self._cleared = True
        self.openings, self.people = {}, []
        self.page.editor.clear()
        self.page.list.set_openings([])
        self.page.people.clear()

    # -- asking ------------------------------------------------------------------------

    def _ask(self, question: str, detail: str) -> bool:
        box = QMessageBox(self._dialog_parent())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(question)
        box.setText(question)
        box.setInformativeText(detail)
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete
