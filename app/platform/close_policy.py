"""What closing the window means: stay in the tray when there is one, otherwise quit.

Without a tray a hidden Tend would be unreachable (and reminders would feel like they come
from nowhere), so closing quits. With a tray, closing hides the window; the first time,
the person is told that Tend is still running and how to quit it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class CloseOutcome:
    keep_running: bool  # hide the window instead of quitting
    explain: bool  # say (once) that Tend is still in the tray


class ClosePolicy:
    """Asked by the window on every close.

    ``tray_shown`` says whether the tray icon is visible right now; ``already_explained``
    and ``mark_explained`` read and record (in the config file) that the explanation was
    given, so it is given only once.
    """

    def __init__(
        self,
        tray_shown: Callable[[], bool],
        already_explained: Callable[[], bool],
        mark_explained: Callable[[], None],
    ) -> None:
        self._tray_shown = tray_shown
        self._already_explained = already_explained
        self._mark_explained = mark_explained

    def on_window_close(self) -> CloseOutcome:
        if not self._tray_shown():
            return CloseOutcome(keep_running=False, explain=False)
        explain = not self._already_explained()
        if explain:
            self._mark_explained()
        return CloseOutcome(keep_running=True, explain=explain)
