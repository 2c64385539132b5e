"""The crisis card at once when crisis words are saved outside the journal.

The services read an opening, a person of the search, a trusted contact or the safety
plan as it is saved, on the task runner's thread (app.core.crisis_text_watch). The
prompt they keep is brought here to the UI thread by a queued signal and shown as a
prompt from an entry is: the same card, the support options opened without taking the
keyboard from where the person was typing.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.core.crisis_text_watch import CrisisTextWatch
from app.core.watcher.model import ShownPrompt
from app.ui.watcher.controller import WatcherController


class SavedTextCrisis(QObject):
    raised = Signal(object)  # ShownPrompt, emitted from whichever thread saved


def show_crisis_after_saves(
    watch: CrisisTextWatch, controller: WatcherController
) -> SavedTextCrisis:
    bridge = SavedTextCrisis(controller)

    def tell(shown: ShownPrompt) -> None:
        if shiboken6.isValid(bridge):  # the window may be gone (locked) while a save ran
            bridge.raised.emit(shown)

    watch.listen(tell)
    bridge.raised.connect(lambda shown: controller.show_prompts([shown]))
    return bridge
