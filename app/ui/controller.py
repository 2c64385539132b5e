"""The app's states (first run, locked, open) and the moves between them.

Locking saves what is being typed, destroys the main window (and with it every view and
undo stack that held text), waits for background work, then disposes the keyed engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core.errors import DamagedVaultError, TendError
from app.platform import remembered_key
from app.ui import theme
from app.ui.app_context import AppContext
from app.ui.crash import CrashHandler
from app.ui.damage_dialog import show_damage
from app.ui.first_paint import after_first_paint
from app.ui.idle_lock import IdleLock
from app.ui.placement import fit_on_screen
from app.ui.vault.unlock_window import UnlockWindow

if TYPE_CHECKING:
    # The journal's window, its features and the database code are imported when the
    # journal opens (and warmed up on a worker thread while the unlock window waits), so
    # the unlock window shows without them.
    from app.core.vault import Vault
    from app.core.workspace import Workspace
    from app.ui.main_window import MainWindow
    from app.ui.wiring import Features

log = logging.getLogger(__name__)

# Shown calmly on the unlock window (never as an error): locking is Tend working as meant.
LOCK_NOTE = "Everything you wrote is saved and private."
IDLE_LOCK_NOTE = (
    "Tend locked your journal after a quiet while, to keep it private. "
    "Everything you wrote is saved."
)


class AppController(QObject):
    opened = Signal(object)  # Workspace
    locked = Signal()
    checkin_saved = Signal(object)  # CheckIn
    settings_opened = Signal(object)  # SettingsDialog, so features can add their tabs

    def __init__(self, context: AppContext, app: QApplication) -> None:
        super().__init__()
        self.context = context
        self._app = app
        self.workspace: Workspace | None = None
        self.main_window: MainWindow | None = None
        self.features: Features | None = None
        self.gate: QWidget | None = None
        # Asked when a window is closed: True keeps Tend running in the tray.
        self.keep_running_on_close: Callable[[], bool] = lambda: False
        self.last_check_in_day: date | None = None
        self._after_unlock: list[Callable[[], None]] = []
        self._start_hidden = False
        self.idle = IdleLock(context.config.idle_lock_minutes * 60, context.idle_clock, self)
        self.idle.idle.connect(lambda: self.lock(after_idle=True))
        app.installEventFilter(self.idle)
        self.damage_dialog: QMessageBox | None = None
        self.crash = CrashHandler(
            self.save_everything, lambda: self.main_window or self.gate, context.notices.problem
        )
        # The one split between expected problems and bugs is the task runner's.
        context.runner.expected_failure.connect(self._expected_problem)
        context.runner.unexpected_failure.connect(self.crash.report)

    def _expected_problem(self, error: TendError) -> None:
        """A damaged journal gets a dialog of its own; every other expected problem, the
        banner."""
        if isinstance(error, DamagedVaultError):
            self.damage_dialog = show_damage(error, self.main_window or self.gate)
        else:
            self.context.notices.problem(error)

    # -- starting ---------------------------------------------------------------------

    def start(self, hidden: bool = False) -> None:
        """Show the first-run or unlock window; ``hidden`` (start at login) shows nothing
        unless there is no journal yet, and opens with a remembered key if there is one."""
        if not self.context.paths.vault.exists():
            self.show_first_run()
            return
        self._start_hidden = hidden
        self.show_unlock(try_remembered=True, visible=not hidden)

    def show_first_run(self) -> None:
        from app.ui.vault.first_run_window import FirstRunWindow

        window = FirstRunWindow(self.context)
        window.finished.connect(self._open)
        self._show_gate(window)

    def show_unlock(
        self, message: str = "", try_remembered: bool = False, visible: bool = True
    ) -> None:
        window = UnlockWindow(self.context, message)
        window.unlocked.connect(self._unlocked)
        self._show_gate(window, visible)
        if try_remembered:
            window.try_remembered_key()
        # Once the window is on screen, so the imports do not hold the interpreter first.
        after_first_paint(window if visible else None, self._warm_up)

    def _warm_up(self) -> None:
        self.context.runner.run(
            lambda progress: _warm_up_the_journal_code(),
            on_failure=lambda error: log.info("Warm-up skipped: %s", type(error).__name__),
        )

    def _show_gate(self, window: QWidget, visible: bool = True) -> None:
        self._dismiss_gate()
        self.gate = window
        window.installEventFilter(self)
        if visible:
            _bring_forward(window)

    # -- requests from the tray, reminders and a second start -------------------------

    @property
    def is_locked(self) -> bool:
        return self.workspace is None

    def show_window(self) -> None:
        """Bring Tend forward: the main window if open, else the unlock window."""
        self._start_hidden = False
        if self.main_window is not None:
            _bring_forward(self.main_window)
        elif self.gate is not None:
            _bring_forward(self.gate)
        else:
            self.show_unlock()

    def toggle_window(self) -> None:
        window = self.main_window or self.gate
        if window is not None and window.isVisible() and not window.isMinimized():
            self.hide_window()
        else:
            self.show_window()

    def hide_window(self) -> None:
        if self.main_window is not None:
            self.main_window.flush()
            self.main_window.hide()
        if self.gate is not None:
            self.gate.hide()

    def when_open(self, action: Callable[[], None]) -> None:
        """Run ``action`` now if the journal is open, or right after it is unlocked."""
        if self.workspace is not None and self.main_window is not None:
            self.show_window()
            action()
            return
        self._after_unlock.append(action)
        self.show_window()

    def request_check_in(self, unlock_first: bool = False) -> None:
        self.when_open(lambda: self.features.checkin_flow.check_in() if self.features else None)

    def request_new_entry(self) -> None:
        self.when_open(lambda: self.main_window.new_entry() if self.main_window else None)

    def handle_request(self, request: str) -> None:
        """A second start of Tend handed over: "show", "check-in" or "hidden"."""
        if request == "check-in":
            self.request_check_in()
        elif request == "show":
            self.show_window()

    def window_closed(self) -> None:
        """The main window's close button: hide to the tray if there is one, else quit."""
        if self.keep_running_on_close():
            self.hide_window()
        else:
            self.quit()

    # -- opening ----------------------------------------------------------------------

    def _unlocked(self, vault: Vault, remember: bool, recovery_key: str) -> None:
        self._open(vault)
        if remember:
            self._remember(vault)
        if recovery_key and self.main_window is not None:
            from app.ui.vault.passphrase_dialogs import ChangePassphraseDialog

            ChangePassphraseDialog(self.context, vault, recovery_key, self.main_window).open()

    def _remember(self, vault: Vault) -> None:
        paths, store = self.context.paths, self.context.keystore
        self.context.runner.run(
            lambda progress: remembered_key.remember(paths, vault, store),
            on_success=lambda _backend: self.context.notices.info(
                "This device will remember the key. You can change that in Settings."
            ),
            # The journal is open: a keyring that can't keep the key is worth a calm word.
            on_expected=lambda error: self.context.notices.warning(
                f"{error.title}. {error.message}"
            ),
        )

    def _open(self, vault: Vault) -> None:
        from app.core.journal.service import TRASH_KEEP_DAYS
        from app.core.workspace import Workspace
        from app.ui.main_window import MainWindow
        from app.ui.wiring import install_features

        workspace = Workspace.open(vault, self.context.clock)
        self.workspace = workspace
        journal = workspace.journal
        self.context.runner.run(
            lambda progress: journal.empty_trash(older_than_days=TRASH_KEEP_DAYS),
            on_failure=lambda error: log.info("Trash upkeep skipped: %s", type(error).__name__),
        )
        window = MainWindow(self.context, workspace)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.close_requested.connect(self.window_closed)
        window.settings_requested.connect(self.open_settings)
        self.main_window = window
        window.journal_page.load()
        self.features = install_features(window, self.context, workspace)
        self.features.checkin_flow.saved.connect(self._checkin_saved)
        # The watcher's settings and trusted contacts live in Settings, on "Looking out".
        self.features.watcher.show_in_settings = lambda contacts: self.open_settings(
            "Looking out", focus_contacts=contacts
        )
        self._remember_last_check_in(workspace)
        self._dismiss_gate()
        if not self._start_hidden:
            window.show()
        self._start_hidden = False
        self.idle.set_timeout(self.context.config.idle_lock_minutes * 60)
        self.idle.start()
        self.opened.emit(workspace)
        pending, self._after_unlock = self._after_unlock, []
        for action in pending:
            action()

    def _remember_last_check_in(self, workspace: Workspace) -> None:
        """Kept in memory only, so reminders can skip a day already checked in."""
        checkins = workspace.checkins

        def found(latest: object) -> None:
            if latest is not None:
                self.last_check_in_day = latest.day  # type: ignore[attr-defined]

        self.context.runner.run(lambda progress: checkins.latest(), on_success=found)

    def _checkin_saved(self, checkin: object) -> None:
        day = checkin.day  # type: ignore[attr-defined]
        if self.last_check_in_day is None or day > self.last_check_in_day:
            self.last_check_in_day = day
        self.checkin_saved.emit(checkin)

    # -- locking and quitting ---------------------------------------------------------

    def save_everything(self) -> bool:
        return self.main_window.flush() if self.main_window is not None else True

    def lock(self, after_idle: bool = False) -> None:
        if self.workspace is None:
            return
        was_visible = self.main_window is not None and self.main_window.isVisible()
        self.idle.stop()
        self.save_everything()
        # Let queued work finish and reach its (still living) widgets before they go.
        self.context.runner.wait_until_idle()
        self._close_main_window()
        self.context.runner.wait_until_idle()
        read_before_closing(self.workspace)
        self.workspace.lock()
        self.workspace = None
        self._after_unlock.clear()
        self.locked.emit()
        log.info("Locked")
        note = IDLE_LOCK_NOTE if after_idle else LOCK_NOTE
        self.show_unlock(note, visible=was_visible)

    def _close_main_window(self) -> None:
        window, self.main_window = self.main_window, None
        self.features = None
        if window is not None:
            window.clear()
            window.hide()
            window.deleteLater()

    def quit(self) -> None:
        self.save_everything()
        if self.features is not None and self.features.backup is not None:
            try:  # the backup on quit, if due; a problem with it never keeps Tend open
                self.features.backup.on_quit()
            except Exception as error:
                log.info("No backup on quit: %s", type(error).__name__)
        self.context.runner.wait_until_idle()
        self._close_main_window()
        self.context.runner.wait_until_idle()
        if self.workspace is not None:
            read_before_closing(self.workspace)
            self.workspace.lock()
            self.workspace = None
        self._dismiss_gate()
        self._app.quit()

    def _dismiss_gate(self) -> None:
        gate, self.gate = self.gate, None
        if gate is not None:
            gate.removeEventFilter(self)
            gate.close()
            gate.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the first-run or unlock window by hand quits Tend (or, with a tray,
        leaves it there)."""
        closing = watched is self.gate and event.type() == QEvent.Type.Close
        if closing and not self.keep_running_on_close():
            QTimer.singleShot(0, self.quit)
        return False

    # -- dialogs ----------------------------------------------------------------------

    def open_settings(self, tab: str = "", focus_contacts: bool = False) -> None:
        """The Settings window, on ``tab`` (its title) if given."""
        if self.workspace is None or self.main_window is None:
            return
        from app.ui.checkins.activities_editor import ActivitiesEditor
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self.workspace, self.main_window)
        dialog.theme_changed.connect(lambda choice: theme.apply(self._app, choice))
        dialog.idle_minutes_changed.connect(lambda minutes: self.idle.set_timeout(minutes * 60))
        dialog.change_passphrase_requested.connect(self.change_passphrase)
        dialog.new_recovery_key_requested.connect(self.new_recovery_key)
        dialog.check_requested.connect(self.check_integrity)
        dialog.add_tab(
            ActivitiesEditor(self.workspace.activities, self.context.runner, self.context.notices),
            "Activities",
        )
        if self.features is not None:  # the watcher's settings, region included
            watcher_tab = self.features.watcher.settings_tab(focus_contacts=focus_contacts)
            dialog.add_tab(watcher_tab, "Looking out")
        self.settings_opened.emit(dialog)
        titles = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
        if tab in titles:
            dialog.tabs.setCurrentIndex(titles.index(tab))
        dialog.open()

    def change_passphrase(self) -> None:
        if self.workspace is not None:
            from app.ui.vault.passphrase_dialogs import ChangePassphraseDialog

            ChangePassphraseDialog(
                self.context, self.workspace.vault, None, self.main_window
            ).open()

    def new_recovery_key(self) -> None:
        if self.workspace is not None:
            from app.ui.vault.passphrase_dialogs import NewRecoveryKeyDialog

            NewRecoveryKeyDialog(self.context, self.workspace.vault, self.main_window).open()

    def check_integrity(self) -> None:
        if self.workspace is not None and self.main_window is not None:
            from app.ui.vault.integrity_dialog import check_integrity

            check_integrity(self.context, self.workspace, self.main_window, self.main_window.banner)


def _warm_up_the_journal_code() -> None:
    """Import the database code and the services while the person types the passphrase.

    Only Qt-free modules: widgets are imported on the UI thread when the journal opens.
    """
    import app.core.workspace  # noqa: F401


def _bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    fit_on_screen(window)  # a place remembered on a monitor that is gone, or a small screen
    window.raise_()
    window.activateWindow()


def read_before_closing(workspace: Workspace) -> None:
    """Read what was saved as the window closed for crisis words (the watcher's look after
    typing pauses may not have come); a crisis prompt is kept for the next unlock."""
    try:
        workspace.watcher.read_crisis_words()
    except Exception as error:  # locking must never fail because of this
        log.info("Crisis words not read before closing: %s", type(error).__name__)
