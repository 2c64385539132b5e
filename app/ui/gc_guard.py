"""Run Python's cycle collector on the UI thread only.

Left alone, the collector can run on the background thread and destroy Qt objects caught
in reference cycles there, which Qt forbids ("Timers cannot be stopped from another
thread") and which can crash. Anki does the same.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class UiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._threshold = gc.get_threshold()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect(self) -> None:
        # Cheap young-generation passes often; the collector escalates on its own counters.
        gen0, gen1, gen2 = gc.get_count()
        if gen0 > self._threshold[0]:
            gc.collect(0)
            if gen1 > self._threshold[1]:
                gc.collect(1)
                if gen2 > self._threshold[2]:
                    gc.collect(2)
