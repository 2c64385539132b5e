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


def _raise(error: BaseException):
    def work(progress: object) -> None:
        raise error

    return work


def test_an_expected_problem_without_handler_goes_to_the_banner_signal(
    qtbot: object, runner: TaskRunner
) -> None:
    bugs: list[BaseException] = []
    runner.unexpected_failure.connect(bugs.append)
    with qtbot.waitSignal(runner.expected_failure) as blocker:  # type: ignore[attr-defined]
        runner.run(_raise(UsageError("nope")))
    assert isinstance(blocker.args[0], UsageError)
    assert bugs == []


def test_a_bug_goes_to_the_crash_signal_even_with_an_expected_handler(
    qtbot: object, runner: TaskRunner
) -> None:
    expected: list[BaseException] = []
    finished: list[bool] = []
    runner.expected_failure.connect(expected.append)
    with qtbot.waitSignal(runner.unexpected_failure) as blocker:  # type: ignore[attr-defined]
        runner.run(_raise(KeyError("bug")), on_expected=expected.append, on_done=finished.append)
    assert isinstance(blocker.args[0], KeyError)
    assert expected == []
    assert finished == [False]


def test_an_expected_handler_takes_the_problem_instead_of_the_banner(
    qtbot: object, runner: TaskRunner
) -> None:
    shown: list[BaseException] = []
    banner: list[BaseException] = []
    finished: list[bool] = []
    runner.expected_failure.connect(banner.append)
    runner.run(_raise(UsageError("here")), on_expected=shown.append, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(shown))  # type: ignore[attr-defined]
    assert finished == [False]
    assert banner == []


def test_success_runs_the_tidy_up_first_then_delivers(qtbot: object, runner: TaskRunner) -> None:
    calls: list[object] = []
    runner.run(
        lambda progress: 7,
        on_success=lambda value: calls.append(("result", value)),
        on_done=lambda ok: calls.append(("done", ok)),
    )
    qtbot.waitUntil(lambda: len(calls) == 2)  # type: ignore[attr-defined]
    assert calls == [("done", True), ("result", 7)]


def test_a_cancelled_task_is_neither_a_problem_nor_a_bug(qtbot: object, runner: TaskRunner) -> None:
    reported: list[BaseException] = []
    runner.expected_failure.connect(reported.append)
    runner.unexpected_failure.connect(reported.append)
    stopped: list[bool] = []
    runner.run(_raise(OperationCancelled()), on_cancelled=lambda: stopped.append(True))
    qtbot.waitUntil(lambda: stopped == [True])  # type: ignore[attr-defined]
    assert reported == []


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


def test_waiting_until_idle_delivers_every_result_before_returning(
    qtbot: object, runner: TaskRunner
) -> None:
    delivered: list[object] = []
    runner.expected_failure.connect(delivered.append)
    runner.run(lambda progress: "saved", on_success=delivered.append)
    runner.run(_raise(UsageError("after")))
    assert runner.wait_until_idle()
    assert delivered[0] == "saved" and isinstance(delivered[1], UsageError)
