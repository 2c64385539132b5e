"""Work that can wait until the first window is on screen.

The tray, the desktop notifications, the keyring probe and the warm-up of the database code
are not needed to draw the unlock window; run before its first paint, they hold the
interpreter while the person waits to see it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.ui.tasks import deliver_unless_gone

# A window that is never shown (a start at login) or never painted still gets its work.
LONGEST_WAIT_MS = 500


class _AfterFirstPaint(QObject):
    # Owned by the application, not the window, so it outlives a window closed early.
    def __init__(self, window: QWidget, work: Callable[[], None], longest_wait_ms: int) -> None:
        super().__init__(QCoreApplication.instance())
        self._window: QWidget | None = window
        self._work: Callable[[], None] | None = work
        window.installEventFilter(self)
        window.destroyed.connect(self._window_gone)
        QTimer.singleShot(longest_wait_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Hide, QEvent.Type.Close):
            # From the next turn, so the paint itself finishes first.
            QTimer.singleShot(0, self, self._run)
        return False

    def _window_gone(self, *_: object) -> None:
        self._window = None
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        self.deleteLater()
        deliver_unless_gone(work)  # a window's own work is dropped if the window has gone


def after_first_paint(
    window: QWidget | None, work: Callable[[], None], longest_wait_ms: int = LONGEST_WAIT_MS
) -> None:
    """Run ``work`` once, after ``window`` first paints (or hides, closes or goes), and at
    the latest after ``longest_wait_ms``; with no window, on the event loop's next turn."""
    if window is None:
        QTimer.singleShot(0, work)
        return
    _AfterFirstPaint(window, work, longest_wait_ms)
