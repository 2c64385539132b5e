"""Opening the check-in window, saving what it returns, and telling the rest of the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.checkins import CheckIn
from app.core.checkins.activity_model import ActivityGroup
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.checkins.checkin_dialog import CheckInDialog
from app.ui.checkins.submission import CheckInSubmission


class CheckInFlow(QObject):
    changed = Signal()  # a check-in was saved, edited or deleted
    saved = Signal(object)  # CheckIn

    def __init__(
        self, context: AppContext, workspace: Workspace, parent_window: Callable[[], QWidget | None]
    ) -> None:
        super().__init__()
        self._context = context
        self._workspace = workspace
        self._parent_window = parent_window
        self.dialog: CheckInDialog | None = None

    def check_in(self, day: date | None = None) -> None:
        """A new check-in now, or for an earlier day (backfill, at noon that day)."""
        when = None
        if day is not None and day != self._context.clock().date():
            when = datetime.combine(day, time(12, 0)).astimezone()
        self._open(checkin=None, when=when)

    def edit(self, checkin_id: str) -> None:
        checkins = self._workspace.checkins
        self._context.runner.run(
            lambda progress: checkins.get(checkin_id),
            on_success=lambda checkin: self._open(checkin=checkin, when=None),
        )

    def _open(self, checkin: CheckIn | None, when: datetime | None) -> None:
        """Read the activities to offer (off the UI thread), then show the window."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        activities = self._workspace.activities
        self._context.runner.run(
            lambda progress: activities.list_grouped(include_hidden=True),
            on_success=lambda groups: self._show_dialog(groups, checkin, when),
        )

    def _show_dialog(
        self, groups: list[ActivityGroup], checkin: CheckIn | None, when: datetime | None
    ) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dialog = CheckInDialog(
            groups,
            checkin=checkin,
            when=when,
            clock=self._context.clock,
            parent=self._parent_window(),
        )
        dialog.submitted.connect(self._save)
        dialog.delete_requested.connect(self._delete)
        self.dialog = dialog
        dialog.open()

    def _save(self, submission: CheckInSubmission) -> None:
        checkins = self._workspace.checkins

        def done(checkin: CheckIn) -> None:
            self._context.notices.info(
                "Check-in updated." if submission.is_edit else "Thanks for checking in."
            )
            self.saved.emit(checkin)
            self.changed.emit()

        self._context.runner.run(lambda progress: submission.save_with(checkins), on_success=done)

    def _delete(self, checkin_id: str) -> None:
        answer = QMessageBox.question(
            self._parent_window(),
            "Delete this check-in?",
            "It will be removed from your trends and calendar.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        checkins = self._workspace.checkins
        self._context.runner.run(
            lambda progress: checkins.delete(checkin_id),
            on_success=lambda _none: self.changed.emit(),
        )
