"""The one reader every save of text outside the journal goes through, and who hears of it.

The services that keep such text (openings and people of the search, trusted contacts,
the safety plan) are given ``CrisisTextWatch.read`` when the workspace is opened, and call
it after each save; they cannot be made without a reader. A crisis prompt it keeps is
passed to every listener: the window shows the card at once, the command line prints
its notice. Listeners are called on the thread that saved.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.watcher.model import ShownPrompt
from app.core.watcher.saved_text import SavedText
from app.core.watcher_service import WatcherService

CrisisListener = Callable[[ShownPrompt], None]


class CrisisTextWatch:
    def __init__(self, watcher: WatcherService) -> None:
        self._watcher = watcher
        self._listeners: list[CrisisListener] = []

    def listen(self, listener: CrisisListener) -> None:
        self._listeners.append(listener)

    def read(self, saved: SavedText) -> ShownPrompt | None:
        """Read one save; the prompt it kept, if the new words called for one."""
        shown = self._watcher.read_saved_text(saved)
        if shown is not None:
            for listener in list(self._listeners):
                listener(shown)
        return shown
