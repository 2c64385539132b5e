"""Lock after a stretch without keyboard or mouse input. The clock is injectable for tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
CHECK_INTERVAL_MS = 15_000


class IdleLock(QObject):
    idle = Signal()

    def __init__(
        self, timeout_seconds: float, clock: Callable[[], float], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._timeout = timeout_seconds
        self._clock = clock
        self._last_activity = clock()
        self._armed = False
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last_activity = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def set_timeout(self, seconds: float) -> None:
        self._timeout = seconds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._last_activity = self._clock()
        return False

    def check(self) -> None:
        if self._armed and self._clock() - self._last_activity >= self._timeout:
            self.stop()
            self.idle.emit()
