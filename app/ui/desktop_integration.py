"""Tray, notifications and reminders, wired to the controller.

Every piece comes from app/platform; this module only connects them. Nothing depends on
the tray alone: without one, closing quits, and reminders arrive as desktop notifications
or, failing that, as a banner in the window.
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from app.core.config import Change
from app.core.errors import TendError
from app.core.reminder_settings import (
    ReminderStateStore,
    config_with_settings,
    settings_from_config,
)
from app.core.reminders import ReminderSettings
from app.core.watcher.model import CRISIS
from app.platform import autostart as autostart_module
from app.platform.close_policy import ClosePolicy
from app.platform.freedesktop_notifications import FreedesktopNotifications
from app.platform.notification_messages import NotificationKind, NotificationMessage
from app.platform.notifications import Notifier
from app.platform.paths import DATA_DIR_ENV, default_data_dir
from app.platform.reminder_timer import ReminderTimer
from app.platform.single_instance import SingleInstance
from app.platform.tray import TrayController, TrayState
from app.ui.app_context import AppContext
from app.ui.controller import AppController

if TYPE_CHECKING:
    from app.core.watcher.quiet import QuietOutlook  # imports the check-in code and SQLAlchemy
    from app.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)
# After a crisis notification, calmer notes stay silent this long, so none replaces it.
CRISIS_NOTICE_KEPT_S = 600.0


class DesktopIntegration(QObject):
    def __init__(
        self,
        controller: AppController,
        context: AppContext,
        app: QApplication,
        instance: SingleInstance | None = None,
        use_session_bus: bool = True,
    ) -> None:
        super().__init__(app)
        self._controller = controller
        self._context = context
        self._instance = instance
        self.tray = TrayController(state=self._tray_state)
        self.tray.show()
        self.notifier = Notifier(tray_icon=self.tray.icon)
        self._crisis_notified_at = -CRISIS_NOTICE_KEPT_S
        self.desktop_notifications = _freedesktop(self.notifier) if use_session_bus else None
        # After a low run and a quiet few days the reminder is warmer (kept in memory only).
        self.quiet_outlook: QuietOutlook | None = None
        self.support_while_locked: QDialog | None = None
        self.notifier.set_desktop(self.desktop_notifications)
        self.timer = ReminderTimer(
            settings_from_config(context.config),
            ReminderStateStore(context.paths.reminder_state_file),
            self.notifier,
            last_check_in_day=lambda: controller.last_check_in_day,
            is_locked=lambda: controller.is_locked,
            checking_in_on=self._checking_in_on,
            clock=context.clock,
        )
        self.close_policy = ClosePolicy(
            tray_shown=lambda: self.tray.is_shown(),  # noqa: PLW0108 - looked up late
            already_explained=lambda: context.config.tray_close_explained,
            mark_explained=self._mark_explained,
        )
        controller.keep_running_on_close = self._keep_running_on_close
        controller.settings_opened.connect(self._add_settings_tab)
        self._connect_tray()
        self.timer.check_in_requested.connect(controller.request_check_in)
        self.notifier.open_requested.connect(controller.show_window)
        self.notifier.support_requested.connect(self._support_requested)
        self.notifier.banner_requested.connect(self._show_banner)
        controller.checkin_saved.connect(self._checked_in)
        controller.opened.connect(self._journal_opened)
        if controller.features is not None:  # the journal opened before the tray was made
            self._journal_opened(controller.workspace)
        app.aboutToQuit.connect(self.shutdown)
        self.timer.start()

    # -- tray -------------------------------------------------------------------------

    def _tray_state(self) -> TrayState:
        settings = self.timer.settings if hasattr(self, "timer") else ReminderSettings()
        return TrayState(
            locked=self._controller.is_locked,
            reminders_enabled=settings.enabled,
            reminders_paused_today=self.timer.is_paused_today()
            if hasattr(self, "timer")
            else False,
        )

    def _connect_tray(self) -> None:
        tray, controller = self.tray, self._controller
        tray.check_in_requested.connect(controller.request_check_in)
        tray.new_entry_requested.connect(controller.request_new_entry)
        tray.open_requested.connect(controller.show_window)
        tray.unlock_requested.connect(controller.show_window)
        tray.lock_requested.connect(controller.lock)
        tray.quit_requested.connect(controller.quit)
        tray.toggle_window_requested.connect(controller.toggle_window)
        tray.pause_reminders_requested.connect(self.timer.pause_for_today)
        tray.resume_reminders_requested.connect(self.timer.resume)

    def _keep_running_on_close(self) -> bool:
        outcome = self.close_policy.on_window_close()
        if outcome.explain:
            self.notifier.notify(NotificationKind.STILL_IN_TRAY)
        return outcome.keep_running

    def _mark_explained(self) -> None:
        self._update_config(lambda cfg: setattr(cfg, "tray_close_explained", True))

    # -- events from the journal ------------------------------------------------------

    def _checked_in(self, _checkin: object) -> None:
        self.timer.check_in_recorded()
        self.notifier.withdraw()

    def _journal_opened(self, _workspace: object) -> None:
        features = self._controller.features
        if features is None:
            return
        features.watcher.prompt_shown.connect(self._watcher_prompt_shown)
        features.watcher.quiet.outlook_known.connect(self._quiet_known)
        if self.timer.settings.should_offer_default:
            self._offer_reminder(features.home.add_card)

    def _quiet_known(self, outlook: QuietOutlook | None) -> None:
        self.quiet_outlook = outlook

    def _checking_in_on(self, day: date) -> bool:
        return self.quiet_outlook is not None and self.quiet_outlook.quiet_on(day)

    def _support_requested(self) -> None:
        """ "See support options" on the warmer reminder: one click, locked or not."""
        features = self._controller.features
        if features is not None:
            self._controller.show_window()
            features.watcher.go_to_support()
        else:
            from app.ui.watcher.support_while_locked import open_support_while_locked

            self.support_while_locked = open_support_while_locked(self._controller.show_window)

    def _watcher_prompt_shown(self, shown: object) -> None:
        window = self._controller.main_window
        if window is None or not window.isVisible() or window.isMinimized():
            kind = watcher_notification(shown)
            # A tray shows one message at a time: a calmer note must not replace this one.
            now = time.monotonic()
            if kind is NotificationKind.WATCHER_CRISIS:
                self._crisis_notified_at = now
            elif now - self._crisis_notified_at < CRISIS_NOTICE_KEPT_S:
                return
            self.notifier.notify(kind, 1)

    def _offer_reminder(self, place: object) -> None:
        from app.ui.reminders.reminder_offer import ReminderOffer

        offer = ReminderOffer()

        def answer(accepted: bool) -> None:
            settings = self.timer.settings
            self._apply_settings(settings.accept_offer() if accepted else settings.decline_offer())
            offer.deleteLater()

        offer.accepted.connect(lambda: answer(True))
        offer.declined.connect(lambda: answer(False))
        place(offer)  # type: ignore[operator]

    def _show_banner(self, message: NotificationMessage) -> None:
        window = self._controller.main_window
        if window is None:
            return
        action, label = message.actions[0] if message.actions else (None, "")
        window.banner.show_notice(
            f"{message.summary} {message.body}".strip(),
            action_text=label,
            action=(lambda: self.notifier.invoke(action)) if action is not None else None,
        )

    # -- settings ---------------------------------------------------------------------

    def _add_settings_tab(self, dialog: SettingsDialog) -> None:
        starter = autostart_module.autostart_for_platform()
        from app.ui.reminders.settings_panel import ReminderSettingsPanel

        panel = ReminderSettingsPanel(
            self.timer.settings,
            start_at_login=starter.is_enabled() if starter is not None else None,
            next_fire_time=self.timer.next_fire_time,
            clock=self._context.clock,
        )
        panel.settings_changed.connect(self._apply_settings)
        panel.start_at_login_changed.connect(lambda on: self._start_at_login(starter, on))
        dialog.add_tab(panel, "Reminders")

    def _apply_settings(self, settings: ReminderSettings) -> None:
        self.timer.set_settings(settings)
        self._update_config(lambda cfg: config_with_settings(cfg, settings))

    def _start_at_login(self, starter: autostart_module.Autostart | None, on: bool) -> None:
        if starter is None:
            return
        try:
            if on:
                data_dir = self._context.paths.data_dir
                custom = data_dir != default_data_dir() or DATA_DIR_ENV in _environ()
                starter.enable(autostart_module.launch_command(data_dir if custom else None))
            else:
                starter.disable()
        except (OSError, TendError) as error:
            log.info("Start at login could not be changed: %s", type(error).__name__)
            self._context.notices.warning(
                "Tend couldn't change the start-at-login setting. Check that your "
                "autostart folder is writable."
            )

    def _update_config(self, change: Change) -> None:
        try:
            self._context.update_config(change)
        except TendError as error:
            self._context.notices.problem(error)

    def shutdown(self) -> None:
        self.timer.stop()
        self.tray.dispose()
        if self.desktop_notifications is not None:
            self.desktop_notifications.close()
        if self._instance is not None:
            self._instance.release()


def _freedesktop(notifier: Notifier) -> FreedesktopNotifications | None:
    """The D-Bus notification route where one can exist (Linux and other freedesktops)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    try:
        import jeepney  # noqa: F401
    except ImportError:  # without it, tray messages and the banner still work
        return None
    return FreedesktopNotifications(on_action=notifier.invoke)


def _environ() -> dict[str, str]:
    import os

    return dict(os.environ)


def watcher_notification(shown: object) -> NotificationKind:
    """A crisis prompt says that support options are ready; other notes wait calmly.

    Only the kind of prompt is read: no journal words ever reach a notification."""
    prompt = getattr(shown, "prompt", None)
    if getattr(prompt, "kind", None) == CRISIS:
        return NotificationKind.WATCHER_CRISIS
    return NotificationKind.WATCHER_PROMPT
