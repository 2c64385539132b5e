"""Backups in the app: the Tools menu (back up, restore, import, export, automatic backups)
and the automatic backups themselves, on a timer while the journal is open and on quit.

Every dialog gets the real core verbs, and all their work runs through the task runner.
After a restore or an import that changed something, ``data_changed`` is emitted so the
pages can reload. Automatic backup failures go to the notice banner.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from app.core.backup import (
    Passphrase,
    RestoreSummary,
    open_backup_file,
)
from app.core.backup import keys as backup_keys
from app.core.backup.auto import AutoBackupOutcome, AutoBackups, Trigger
from app.core.backup.create import BackupResult
from app.core.backup.header_probe import file_needs_passphrase
from app.core.errors import TendError
from app.core.export.checkins_csv import export_checkins_csv
from app.core.export.entries_csv import export_entries_csv
from app.core.export.markdown import export_markdown
from app.core.importers import (
    ImportResult,
)
from app.core.progress import ProgressCallback
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.backup.auto_settings_dialog import AutoBackupSettingsDialog
from app.ui.backup.create_dialog import CreateBackupDialog
from app.ui.backup.export_dialog import ExportDialog
from app.ui.backup.import_dialog import ImportDialog
from app.ui.backup.restore_dialog import RestoreDialog
from app.ui.main_window import MainWindow
from app.ui.notices import Level
from app.ui.tasks import Task

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # is an automatic backup due? asked about hourly
FIRST_CHECK_MS = 90 * 1000  # and once shortly after the journal opens
QUIT_TIMEOUT_MS = 20_000  # the longest quitting waits for the backup on quit
AUTO_FAILED = "The automatic backup didn't work"


class BackupFeature(QObject):
    """Owned by the main window: its dialogs, timers and actions go when the window does."""

    data_changed = Signal()  # a restore or an import changed the journal
    auto_backup_finished = Signal(object)  # AutoBackupOutcome | None (None: nothing due)

    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        workspace: Workspace,
        *,
        check_every_ms: int = CHECK_EVERY_MS,
        first_check_ms: int = FIRST_CHECK_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._workspace = workspace
        self.auto = AutoBackups(workspace.vault, context.paths.config_file, context.clock)
        self.dialog: QDialog | None = None  # the dialog open now, if any
        self._auto_task: Task | None = None
        self._build_actions()

        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.run_scheduled)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(first_check_ms)
        self.first_check.timeout.connect(self.run_scheduled)
        self.timer.start()
        self.first_check.start()

    # -- the Tools menu -----------------------------------------------------------------

    def _build_actions(self) -> None:
        menu = self._window.tools_menu
        self.back_up_action = self._action("&Back up now…", self.open_back_up, "Ctrl+Shift+B")
        self.restore_action = self._action("&Restore from a backup…", self.open_restore)
        self.import_action = self._action("&Import…", self.open_import)
        self.export_action = self._action("&Export…", self.open_export)
        self.auto_action = self._action("&Automatic backups…", self.open_auto_settings)
        for action in (self.back_up_action, self.restore_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.import_action, self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.auto_action)

    def _action(self, text: str, slot: object, shortcut: str = "") -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self._window.addAction(action)
        return action

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its text goes with it
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    @property
    def _default_folder(self) -> Path:
        return Path.home()

    def open_back_up(self) -> None:
        workspace = self._workspace

        def create(
            destination: Path,
            passphrase: Passphrase | None,
            recipients: Sequence[str],
            progress: ProgressCallback,
        ) -> BackupResult:
            return workspace.back_up(
                destination, passphrase=passphrase, recipients=recipients, progress=progress
            )

        public_key = self.auto.settings().recipient or ""
        self._show(
            CreateBackupDialog(
                self._context.runner,
                create,
                self._default_folder,
                public_key,
                self._window,
                today=self._context.clock().date(),
            )
        )

    def open_restore(self) -> None:
        workspace = self._workspace
        dialog = RestoreDialog(
            self._context.runner,
            needs_passphrase=file_needs_passphrase,
            open_backup=open_backup_file,
            preview=workspace.preview_restore,
            restore=workspace.restore,
            parent=self._window,
        )
        dialog.restored.connect(self._restored)
        self._show(dialog)

    def _restored(self, summary: RestoreSummary) -> None:
        if summary.changes:
            self.data_changed.emit()

    def open_import(self) -> None:
        dialog = ImportDialog(self._context.runner, self._workspace.import_batch, self._window)
        dialog.imported.connect(self._imported)
        self._show(dialog)

    def _imported(self, result: ImportResult) -> None:
        if result.entries_added or result.checkins_added:
            self.data_changed.emit()

    def open_export(self) -> None:
        journal, checkins = self._workspace.journal, self._workspace.checkins
        self._show(
            ExportDialog(
                self._context.runner,
                lambda folder, progress: export_markdown(journal, folder, progress),
                lambda path, progress: export_entries_csv(journal, path, progress),
                self._default_folder,
                self._window,
                export_checkins_csv=lambda path, progress: export_checkins_csv(
                    checkins, path, progress
                ),
            )
        )

    def open_auto_settings(self) -> None:
        clock = self._context.clock

        def generate_key(path: Path) -> str:
            pair = backup_keys.generate()
            backup_keys.write_key_file(path, pair, clock())
            return pair.public_key

        dialog = AutoBackupSettingsDialog(
            self.auto.settings(),
            self.auto.configure,
            generate_key,
            self._default_folder,
            self._window,
        )
        dialog.saved.connect(lambda _settings: self.run_scheduled())
        self._show(dialog)

    # -- automatic backups --------------------------------------------------------------

    def run_scheduled(self) -> None:
        """Make an automatic backup in the background if one is due (and none is running)."""
        self._run_auto(Trigger.SCHEDULE)

    def _run_auto(self, trigger: Trigger) -> Task | None:
        if self._auto_task is not None and not self._auto_task.done:
            return None
        auto = self.auto
        self._auto_task = self._context.runner.run(
            lambda progress: auto.run_if_due(trigger, progress),
            on_success=self._auto_done,
            on_expected=self._auto_failed,
            on_done=self._auto_finished,
        )
        return self._auto_task

    def _auto_done(self, outcome: AutoBackupOutcome | None) -> None:
        if outcome is not None:
            log.info("An automatic backup was made")
        if shiboken6.isValid(self):  # the window may have closed (locked) meanwhile
            self._show_auto_status()
            self.auto_backup_finished.emit(outcome)

    def _auto_finished(self, succeeded: bool) -> None:
        if not succeeded and shiboken6.isValid(self):
            self._show_auto_status()

    def _auto_failed(self, error: TendError) -> None:
        self._context.notices.posted.emit(AUTO_FAILED, error.message, Level.ERROR)

    def _show_auto_status(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, AutoBackupSettingsDialog) and shiboken6.isValid(dialog):
            dialog.show_status(self.auto.settings())

    def on_quit(self, timeout_ms: int = QUIT_TIMEOUT_MS) -> bool:
        """Make the backup on quit, if one is due, waiting at most ``timeout_ms``.

        Returns False when it had to be stopped for taking too long.
        """
        self.timer.stop()
        self.first_check.stop()
        runner = self._context.runner
        runner.wait_until_idle(timeout_ms)  # work already queued goes first
        task = self._run_auto(Trigger.QUIT)
        if runner.wait_until_idle(timeout_ms):
            return True
        if task is not None:
            task.cancel()
        log.info("The backup on quit took too long and was stopped")
        return False


def install_backup_feature(
    window: MainWindow, context: AppContext, workspace: Workspace
) -> BackupFeature:
    """Add the backup actions to the window's Tools menu and start automatic backups."""
    return BackupFeature(window, context, workspace)
