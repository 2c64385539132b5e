"""Going quiet, in the window: the calm note on Home when the person comes back, and the
outlook the warmer reminder reads (kept in memory by the app, never on disk).

The watcher controller asks the service (``look_for_quiet``) at each look and hands the
answer here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.watcher.model import DISMISSED, OPENED_SUPPORT, ShownPrompt
from app.core.watcher.wording import Wording
from app.core.watcher_service import QuietLook, WatcherService
from app.ui.watcher.returning_note import ReturningNote


class GoingQuiet(QObject):
    outlook_known = Signal(object)  # QuietOutlook or None
    history_changed = Signal()  # a note was kept, or the person answered it

    def __init__(
        self,
        watcher: WatcherService,
        run: Callable[[Callable[[], Any], Callable[[Any], None] | None], None],
        place_card: Callable[[QWidget], None],
        wording: Wording,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watcher = watcher
        self._run = run
        self._place_card = place_card
        self._wording = wording
        self.note: ReturningNote | None = None
        # Set by the controller: what the note's buttons open.
        self.open_support: Callable[[], None] = lambda: None
        self.explain: Callable[[ShownPrompt], None] = lambda shown: None

    def show(self, look: QuietLook) -> None:
        self.outlook_known.emit(look.outlook)
        shown = look.returning_note
        if shown is None or (self.note is not None and self.note.shown.id == shown.id):
            return
        self._take_down()
        note = ReturningNote(shown, self._wording)
        note.support_requested.connect(self._support)
        note.why_requested.connect(lambda _id: self.explain(note.shown))
        note.dismissed.connect(lambda prompt_id: self._answer(prompt_id, DISMISSED))
        self.note = note
        self._place_card(note)
        self.history_changed.emit()

    def _support(self, prompt_id: str) -> None:
        self.open_support()
        self._answer(prompt_id, OPENED_SUPPORT)

    def _answer(self, prompt_id: str, response: str) -> None:
        self._run(
            lambda: self._watcher.respond(prompt_id, response),
            lambda _: self.history_changed.emit(),
        )
        self._take_down()

    def _take_down(self) -> None:
        note, self.note = self.note, None
        if note is not None:
            note.hide()
            note.deleteLater()
