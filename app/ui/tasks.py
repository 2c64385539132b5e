"""The one funnel for work off the UI thread.

Work runs on a single background thread, one task at a time (SQLite has one writer, and
Argon2 or keyring calls must never freeze the window). Results, progress and errors come
back on the UI thread through queued signals.

    runner.run(lambda progress: journal.search(text), on_success=show_hits,
               on_expected=show_message_here)   # optional; else the banner

Failures are routed here, once, for the whole app: an expected problem (a ``TendError``)
goes to ``on_expected`` if given, else to ``expected_failure`` (the banner); a cancelled
task to ``on_cancelled`` (else only a log line); anything else is a bug and goes to
``unexpected_failure`` (the crash dialog). ``on_done(succeeded)`` runs first either way, for
tidying up (a button enabled again). ``on_failure`` takes over every failure of work whose
failing is not an error to show (a probe that means "not available", a chore that may skip).

The worker never holds a reference to a UI-thread QObject other than the runner's relay,
so no Qt object is ever destroyed on the wrong thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.errors import TendError
from app.core.progress import OperationCancelled

log = logging.getLogger(__name__)


class Task:
    """A handle on queued or running work: watch its progress or ask it to stop."""

    def __init__(self, task_id: int) -> None:
        self.id = task_id
        self.cancel_requested = False
        self.done = False
        self.progress_listeners: list[Callable[[int, int], None]] = []

    def cancel(self) -> None:
        self.cancel_requested = True

    def on_progress(self, listener: Callable[[int, int], None]) -> None:
        self.progress_listeners.append(listener)


Work = Callable[[Callable[[int, int], None]], Any]


@dataclass(frozen=True)
class _Handlers:
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    on_expected: Callable[[TendError], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    on_done: Callable[[bool], None] | None = None


class _Relay(QObject):
    """Owned by the runner on the UI thread; worker emissions are queued to it."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


class _Runnable(QRunnable):
    def __init__(self, work: Work, task: Task, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._task = task
        self._relay = relay

    def run(self) -> None:
        task, relay = self._task, self._relay

        def progress(done: int, total: int) -> None:
            if task.cancel_requested:
                raise OperationCancelled
            relay.progressed.emit(task.id, done, total)

        try:
            if task.cancel_requested:
                raise OperationCancelled
            result = self._work(progress)
        except BaseException as error:  # delivered to the UI thread, never swallowed
            relay.failed.emit(task.id, error)
        else:
            relay.succeeded.emit(task.id, result)
        finally:
            self._work = _done_work


def _done_work(progress: Callable[[int, int], None]) -> None:
    return None


class TaskRunner(QObject):
    """Runs work in the background, one task at a time, and reports back on the UI thread."""

    busy_changed = Signal(bool)
    # Expected problems (TendError) without a handler of their own: the app's banner.
    expected_failure = Signal(object)
    # Everything else is a bug: the app's crash dialog.
    unexpected_failure = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progressed)
        self._ids = itertools.count(1)
        self._running: dict[int, tuple[Task, _Handlers]] = {}

    def run(
        self,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        on_expected: Callable[[TendError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_done: Callable[[bool], None] | None = None,
    ) -> Task:
        task = Task(next(self._ids))
        handlers = _Handlers(on_success, on_failure, on_expected, on_cancelled, on_done)
        self._running[task.id] = (task, handlers)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Runnable(work, task, self._relay))
        return task

    @property
    def is_busy(self) -> bool:
        return bool(self._running)

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until queued work is done, then deliver its results (used on quit and lock)."""
        finished = bool(self._pool.waitForDone(timeout_ms))
        from PySide6.QtCore import QCoreApplication

        # The relay's signals are queued to this runner's slots, so its events are the ones
        # to deliver now.
        QCoreApplication.sendPostedEvents(self._relay)
        QCoreApplication.sendPostedEvents(self)
        return finished

    def report(self, error: BaseException) -> None:
        """Route a failure that happened outside a task the same way: banner or crash."""
        if isinstance(error, OperationCancelled):
            log.info("A task was cancelled")
        elif isinstance(error, TendError):
            self.expected_failure.emit(error)
        else:
            self.unexpected_failure.emit(error)

    def _finish(self, task_id: int) -> _Handlers | None:
        record = self._running.pop(task_id, None)
        if record is None:
            return None
        record[0].done = True
        if not self._running:
            self.busy_changed.emit(False)
        return record[1]

    def _on_succeeded(self, task_id: int, result: object) -> None:
        handlers = self._finish(task_id)
        if handlers is None:
            return
        if handlers.on_done is not None:
            deliver_unless_gone(handlers.on_done, True)
        if handlers.on_success is not None:
            deliver_unless_gone(handlers.on_success, result)

    def _on_failed(self, task_id: int, error: BaseException) -> None:
        handlers = self._finish(task_id)
        if handlers is None:
            return
        if handlers.on_done is not None:
            deliver_unless_gone(handlers.on_done, False)
        if handlers.on_failure is not None:
            deliver_unless_gone(handlers.on_failure, error)
        elif isinstance(error, OperationCancelled) and handlers.on_cancelled is not None:
            log.info("A task was cancelled")
            deliver_unless_gone(handlers.on_cancelled)
        elif isinstance(error, TendError) and handlers.on_expected is not None:
            deliver_unless_gone(handlers.on_expected, error)
        else:
            self.report(error)

    def _on_progressed(self, task_id: int, done: int, total: int) -> None:
        record = self._running.get(task_id)
        if record is not None:
            for listener in record[0].progress_listeners:
                listener(done, total)


def deliver_unless_gone(callback: Callable[..., None], *values: object) -> None:
    """Hand a result to its callback, unless the window it was for has gone meanwhile
    (closed, or destroyed by a lock): then there is nobody left to show it to."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        log.debug("A result arrived for a window that is gone")
        return
    try:
        callback(*values)
    except RuntimeError as error:
        if "already deleted" not in str(error):
            raise
        log.debug("A result arrived for a widget that is gone")
