"""Keeps the safety plan in memory while the journal is open, for the views that show it.

    plans = SafetyPlanKeeper(workspace.safety_plan, runner, dialog_parent=window)
    plans.load()                      # before the watcher first looks, so a crisis card
                                      # shown at start-up already has the plan
    plans.attach(card.safety_plan)    # a summary that follows every save, and the lock
    plans.open_editor()

The window calls ``flush()`` before it locks or quits and ``clear()`` as it locks: every
summary and the editor then forget the plan's words.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.safety_plan import SafetyPlan, SafetyPlanService
from app.ui.tasks import TaskRunner
from app.ui.watcher.safety_plan_editor import SafetyPlanEditor
from app.ui.watcher.safety_plan_summary import SafetyPlanSummary


class SafetyPlanKeeper(QObject):
    changed = Signal(object)  # SafetyPlan, or None once the journal locks
    editor_opened = Signal(object)  # SafetyPlanEditor

    def __init__(
        self,
        plans: SafetyPlanService,
        runner: TaskRunner,
        dialog_parent: QWidget | None = None,
    ) -> None:
        super().__init__(dialog_parent)
        self._plans = plans
        self._runner = runner
        self._parent = dialog_parent
        self.plan: SafetyPlan | None = None
        self.editor: SafetyPlanEditor | None = None

    def load(self) -> None:
        """Read the plan in the background; ``changed`` tells every view."""
        plans = self._plans
        self._runner.run(lambda progress: plans.get(), on_success=self._keep)

    def attach(self, summary: SafetyPlanSummary) -> None:
        """Show the plan in ``summary`` now and after every change, until it is deleted."""
        summary.show_plan(self.plan)
        self.changed.connect(summary.show_plan)

    def open_editor(self) -> None:
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return
        plans = self._plans
        self._runner.run(lambda progress: plans.get(), on_success=self._open_with)

    def _open_with(self, plan: SafetyPlan) -> None:
        editor = self.editor
        if editor is None:  # one editor, kept (hidden) after closing and cleared on lock
            editor = SafetyPlanEditor(self._plans, plan, self._parent)
            editor.saved.connect(self._keep)
            self.editor = editor
        else:
            editor.show_plan(plan)
        self._keep(plan)
        editor.show()
        self.editor_opened.emit(editor)

    def _keep(self, plan: SafetyPlan) -> None:
        self.plan = plan
        editor = self.editor
        # A plan read again (after a restore) replaces what an open editor shows, unless
        # the person is mid-sentence: their words win and are saved as the newest.
        if editor is not None and not editor.is_dirty and editor.plan != plan:
            editor.show_plan(plan)
        self.changed.emit(plan)

    # -- locking ----------------------------------------------------------------------

    def flush(self) -> bool:
        return self.editor.flush() if self.editor is not None else True

    def clear(self) -> None:
        """Forget the plan's words everywhere it is shown (the journal is locking)."""
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.clear()
            editor.hide()
            editor.deleteLater()
        self.plan = None
        self.changed.emit(None)
