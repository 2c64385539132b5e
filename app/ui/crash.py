"""Bugs end here: save what is being typed, then show a crash dialog with the details.

An expected problem (a ``TendError``) that reaches the hook is no bug: it goes to the
banner like any other, never to the crash dialog.

The log gets the exception type and the code locations only, never the exception's message
(which could quote journal text). The dialog shows the full traceback on screen; the person
chooses whether to copy it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core.errors import TendError

log = logging.getLogger(__name__)


def log_safe_summary(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(
        f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}"
        for frame in reversed(frames[-8:])
    )
    return f"{type(error).__name__} at {where}"


class CrashHandler:
    """Installed as sys.excepthook; also receives background-task failures."""

    def __init__(
        self,
        save_everything: Callable[[], object],
        parent: Callable[[], QWidget | None],
        expected: Callable[[TendError], object],
    ) -> None:
        self._save_everything = save_everything
        self._parent = parent
        self._expected = expected
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self._hook

    def _hook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(error, TendError):
            log.info("An expected problem reached the top: %s", type(error).__name__)
            self._expected(error)
            return
        error.__traceback__ = tb
        self.report(error)

    def report(self, error: BaseException) -> None:
        log.error("Unexpected error: %s", log_safe_summary(error))
        try:
            self._save_everything()
        except Exception as save_error:  # the crash dialog must still appear
            log.error("Saving before the crash dialog failed: %s", log_safe_summary(save_error))
        if self._showing:
            return
        self._showing = True
        try:
            self._show(error)
        finally:
            self._showing = False

    def _show(self, error: BaseException) -> None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("Tend ran into a problem")
        box.setText("Something went wrong inside Tend. This is a bug, not something you did.")
        box.setInformativeText(
            "Everything you had saved is safe, and what you were typing was saved just now. "
            "You can keep going, or restart Tend if things look wrong."
        )
        box.setDetailedText(details)
        copy = box.addButton("Copy details", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(details)
