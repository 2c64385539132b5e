"""What every backup dialog does alike: run one task at a time with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from app.ui.backup.widgets import MessageLine, ProgressRow
from app.ui.tasks import Task, TaskRunner


class TaskDialog(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._task: Task | None = None
        self.progress = ProgressRow(self)
        self.message = MessageLine(self)
        self.progress.cancel_requested.connect(self.cancel_work)
        self.setMinimumWidth(560)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def run_work(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        on_success: Callable[[Any], None],
        *,
        cancellable: bool = True,
    ) -> None:
        self.message.say("")
        self.progress.start(cancellable)
        self._set_busy(True)
        self._task = self._runner.run(
            work,
            on_success,
            on_expected=self.message.problem,
            on_cancelled=self.message.stopped,
            on_done=self._finished,
        )
        self._task.on_progress(self.progress.update)

    def cancel_work(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.progress.cancel.setEnabled(False)

    def _finished(self, _succeeded: bool) -> None:
        self.progress.finish()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        """Subclasses disable their inputs while work runs."""

    def reject(self) -> None:
        # Closing while work runs asks it to stop first; the dialog closes when it has.
        if self.busy:
            self.cancel_work()
            return
        super().reject()
