"""The background funnel: results, errors and progress come back on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread

from app.core.errors import UsageError
from app.core.progress import OperationCancelled
from app.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot: object) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait_until_idle()


def test_result_is_delivered_on_the_ui_thread(qtbot: object, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}
    ui_thread = QThread.currentThread()

    def work(progress: object) -> int:
        seen["worker_thread"] = threading.current_thread().name
        return 41 + 1

    def done(value: object) -> None:
        seen["value"] = value
        seen["on_ui_thread"] = QThread.currentThread() is ui_thread

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):  # type: ignore[attr-defined]
        runner.run(work, on_success=done)
    assert seen["value"] == 42
    assert seen["on_ui_thread"] is True
    assert seen["worker_thread"] != threading.current_thread().name


def test_failure_without_handler_reaches_unhandled_failure(
    qtbot: object, runner: TaskRunner
) -> None:

    def work(progress: object) -> None:
        raise UsageError("nope")

    with qtbot.waitSignal(runner.unhandled_failure) as blocker:  # type: ignore[attr-defined]
        runner.run(work)
    assert isinstance(blocker.args[0], UsageError)


def test_progress_is_reported_and_cancel_stops_the_work(qtbot: object, runner: TaskRunner) -> None:
    reports: list[tuple[int, int]] = []
    failures: list[BaseException] = []
    gate = threading.Event()

    def work(progress: object) -> str:
        progress(1, 3)  # type: ignore[operator]
        gate.wait(5)
        progress(2, 3)  # type: ignore[operator]
        return "finished"

    task = runner.run(work, on_failure=failures.append)
    task.on_progress(lambda done, total: reports.append((done, total)))
    qtbot.waitUntil(lambda: reports == [(1, 3)])  # type: ignore[attr-defined]
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(failures))  # type: ignore[attr-defined]
    assert isinstance(failures[0], OperationCancelled)


@pytest.mark.parametrize("count", [5])
def test_tasks_run_one_at_a_time_in_order(qtbot: object, runner: TaskRunner, count: int) -> None:
    order: list[int] = []
    for index in range(count):
        runner.run(lambda progress, index=index: index, on_success=order.append)
    qtbot.waitUntil(lambda: len(order) == count)  # type: ignore[attr-defined]
    assert order == list(range(count))
