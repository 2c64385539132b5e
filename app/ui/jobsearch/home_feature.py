"""The job search's part of Home at work: offers, the week's summary, the day-off switch,
"I heard back: it's a no" and the steps of a search, through the core on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.journal import Journal
from app.ui.jobsearch.heard_no_dialog import HeardNo, HeardNoDialog, NextStep
from app.ui.jobsearch.home_panel import JobSearchHome
from app.ui.jobsearch.port import Draft, HomeData, JobSearchPort, StageOutcome
from app.ui.jobsearch.steps_dialog import StepsDialog
from app.ui.jobsearch.views import OfferView, OpeningView, StepView
from app.ui.jobsearch.wording import say
from app.ui.tasks import TaskRunner

NO_STAGE = "no"


class HomeController(QObject):
    changed = Signal()  # something was recorded (a no, a stage): other views look again
    check_in_requested = Signal()
    open_entry_requested = Signal(str)  # a drafted entry, to open in the journal
    closed = Signal()  # an opening was closed as no reply from its card
    day_off_set = Signal()  # the day off was switched: Home's prompt card looks again
    stage_outcome = Signal(object)  # StageOutcome (for the offer to check in)
    checkin_coming = Signal(object)  # StageOutcome: the check-in opened now should get it

    def __init__(
        self,
        panel: JobSearchHome,
        port: JobSearchPort,
        journal: Journal,
        runner: TaskRunner,
        *,
        clock: Callable[[], datetime],
        dialog_parent: Callable[[], QWidget | None],
    ) -> None:
        super().__init__()
        self.panel = panel
        self._port = port
        self._journal = journal
        self._runner = runner
        self._clock = clock
        self._dialog_parent = dialog_parent
        self.heard_no_dialog: HeardNoDialog | None = None
        self.steps_dialog: StepsDialog | None = None
        panel.heard_no_requested.connect(self.hear_no)
        panel.steps_requested.connect(self.show_steps)
        panel.day_off_toggled.connect(self.set_day_off)
        panel.draft_requested.connect(self.draft)
        panel.offer_dismissed.connect(self.dismiss)
        panel.close_requested.connect(self.close_opening)

    def _today(self) -> date:
        return self._clock().date()

    def refresh(self) -> None:
        port, now = self._port, self._clock()
        self._runner.run(lambda progress: port.home(now), on_success=self._show)

    def _show(self, data: HomeData) -> None:
        if self.panel.cleared:
            return
        self.panel.set_day_off(data.day_off)
        self.panel.set_offers(list(data.offers))
        self.panel.set_summary(list(data.summary), data.reach_out)

    # -- offers ------------------------------------------------------------------------

    def dismiss(self, offer: OfferView) -> None:
        port = self._port
        self._runner.run(lambda progress: port.dismiss(offer))

    def draft(self, offer: OfferView) -> None:
        """A new private entry from the offer's template, linked to its opening; the
        offer has done its work, so it goes too."""
        port, journal = self._port, self._journal

        def work(progress: object) -> str:
            template: Draft = port.draft(offer)
            entry = journal.create(template.title, template.body, [])
            if template.opening_id is not None:
                port.link_entry(template.opening_id, entry.id)
            port.dismiss(offer)
            return entry.id

        def drafted(entry_id: str) -> None:
            self.refresh()
            self.changed.emit()
            self.open_entry_requested.emit(entry_id)

        self._runner.run(work, on_success=drafted)

    def close_opening(self, offer: OfferView) -> None:
        """ "It is all right to close this one": closed as no reply, and the offer goes."""
        port = self._port
        opening_id = offer.opening_id
        if opening_id is None:
            return

        def work(progress: object) -> None:
            port.close_without_reply(opening_id)
            port.dismiss(offer)

        def closed(_none: object) -> None:
            self.closed.emit()
            self.changed.emit()

        self._runner.run(work, on_success=closed)

    # -- the day off --------------------------------------------------------------------

    def set_day_off(self, day_off: bool) -> None:
        port, today = self._port, self._today()
        self._runner.run(
            lambda progress: port.set_day_off(today, day_off),
            on_success=lambda _none: self.day_off_set.emit(),
        )

    # -- steps -------------------------------------------------------------------------

    def show_steps(self) -> None:
        port = self._port
        self._runner.run(lambda progress: port.steps(), on_success=self._open_steps)

    def _open_steps(self, steps: list[StepView]) -> None:
        dialog = StepsDialog(steps, self._dialog_parent())
        dialog.mark_requested.connect(self.mark_step)
        dialog.finished.connect(dialog.deleteLater)
        self.steps_dialog = dialog
        dialog.open()

    def mark_step(self, key: str, done: bool) -> None:
        port = self._port
        self._runner.run(lambda progress: port.mark_step(key, done))

    # -- "I heard back: it's a no" ----------------------------------------------------

    def hear_no(self) -> None:
        port, today = self._port, self._today()
        self._runner.run(lambda progress: port.openings(today), on_success=self._open_heard_no)

    def _open_heard_no(self, openings: list[OpeningView]) -> None:
        open_ones = [(o.id, o.label) for o in openings if not o.is_closed]
        dialog = HeardNoDialog(open_ones, self._dialog_parent())
        dialog.finished_with.connect(self._heard_no)
        dialog.finished.connect(dialog.deleteLater)
        self.heard_no_dialog = dialog
        dialog.open()

    def _heard_no(self, heard: HeardNo) -> None:
        """Record the no (on its opening when named), then do what the person chose."""
        port, journal, today = self._port, self._journal, self._today()

        def work(progress: object) -> tuple[StageOutcome, str | None]:
            if heard.opening_id is not None:
                outcome = port.move(heard.opening_id, NO_STAGE, today)
            else:
                outcome = port.record_no(today)
            entry_id = None
            if heard.next_step is NextStep.WRITE:
                body = heard.feelings_sentence()
                entry = journal.create(say("heard_no", "entry_title"), body, [])
                if heard.opening_id is not None:
                    port.link_entry(heard.opening_id, entry.id)
                entry_id = entry.id
            return outcome, entry_id

        def done(result: tuple[StageOutcome, str | None]) -> None:
            outcome, entry_id = result
            self.refresh()
            self.changed.emit()
            if heard.next_step is NextStep.CHECK_IN:
                self.checkin_coming.emit(outcome)  # so the new check-in gets the no too
                self.check_in_requested.emit()
            elif entry_id is not None:
                self.open_entry_requested.emit(entry_id)
            else:
                self.stage_outcome.emit(outcome)

        self._runner.run(work, on_success=done)
