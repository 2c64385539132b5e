"""Work kept back until the first window is on screen still runs, once, whatever happens
to the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.ui.first_paint import after_first_paint


class _PaintCount(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.paints = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_work_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    painted = _PaintCount(window)
    runs: list[int] = []
    after_first_paint(window, lambda: runs.append(painted.paints), longest_wait_ms=60_000)
    QApplication.processEvents()
    assert runs == []  # not shown, not painted: nothing yet
    window.show()
    qtbot.waitUntil(lambda: runs != [])
    assert runs[0] >= 1  # the window had painted when the work ran
    window.update()
    qtbot.waitUntil(lambda: painted.paints > runs[0])
    qtbot.wait(20)
    assert len(runs) == 1


def test_a_window_never_shown_still_gets_its_work(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    runs: list[bool] = []
    after_first_paint(window, lambda: runs.append(True), longest_wait_ms=50)
    qtbot.waitUntil(lambda: runs == [True], timeout=2_000)


def test_work_for_the_app_runs_when_the_window_goes_before_painting(qtbot: QtBot) -> None:
    window = QWidget()
    runs: list[bool] = []
    after_first_paint(window, lambda: runs.append(True), longest_wait_ms=60_000)
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: runs == [True], timeout=2_000)


class _Probe(QWidget):
    def probe(self) -> None:
        self.setWindowTitle("probed")  # raises if the window has been deleted


def test_a_windows_own_work_is_dropped_when_the_window_is_gone(qtbot: QtBot) -> None:
    window = _Probe()
    seen: list[bool] = []
    after_first_paint(window, window.probe, longest_wait_ms=60_000)
    after_first_paint(window, lambda: seen.append(True), longest_wait_ms=60_000)
    window.deleteLater()
    # The other work ran, and the deleted window's own work raised nothing (pytest-qt fails
    # the test on an exception raised in a Qt callback).
    qtbot.waitUntil(lambda: seen == [True], timeout=2_000)


def test_with_no_window_the_work_runs_on_the_next_turn(qtbot: QtBot) -> None:
    runs: list[bool] = []
    after_first_paint(None, lambda: runs.append(True))
    assert runs == []
    qtbot.waitUntil(lambda: runs == [True], timeout=2_000)
