"""One Notifier for every message Tend shows outside its window.

It picks a way to reach the person each time it is asked, because desktops differ and
change at run time (a tray host can appear or vanish, a notification server can restart):

1. the freedesktop Notifications service, when it offers action buttons (so "Remind me in
   an hour" works; on Linux Qt's own tray messages go to the same service, minus buttons);
2. the tray icon's message balloon, where the tray supports messages;
3. the freedesktop service without buttons (a click still opens Tend);
4. otherwise an in-app banner: ``banner_requested`` asks the window to show it.

Whatever the route, a chosen action comes back as one of the ``*_requested`` signals.
Callers pass a ``NotificationKind`` and at most a count, never text (see
notification_messages), so journal content cannot end up in a notification.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from app.platform.notification_messages import (
    NotificationAction,
    NotificationKind,
    NotificationMessage,
    message_for,
)

log = logging.getLogger(__name__)

TRAY_MESSAGE_MILLISECONDS = 10_000
REMINDER_KINDS = frozenset(kind for kind in NotificationKind if kind.is_reminder)


class DesktopNotifications(Protocol):
    """What the Notifier needs from a notification server (FreedesktopNotifications)."""

    def available(self) -> bool: ...
    def supports_actions(self) -> bool: ...
    def show(self, message: NotificationMessage) -> bool: ...
    def withdraw(self, kinds: frozenset[NotificationKind]) -> None: ...


class Notifier(QObject):
    """Shows notifications and turns the person's answer into signals.

    ``tray_icon`` is the tray's QSystemTrayIcon (or None without a tray); ``desktop`` is a
    FreedesktopNotifications (or None where there is no session bus). Either can be set
    later with ``set_tray_icon`` / ``set_desktop``.
    """

    check_in_requested = Signal()
    snooze_requested = Signal()
    open_requested = Signal()
    support_requested = Signal()
    # The window shows this NotificationMessage as a banner and calls invoke() for a button.
    banner_requested = Signal(object)
    banner_withdrawn = Signal(object)  # frozenset[NotificationKind] to take down
    shown = Signal(str, object)  # route ("desktop", "tray", "banner"), NotificationMessage

    def __init__(
        self,
        tray_icon: QSystemTrayIcon | None = None,
        desktop: DesktopNotifications | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray_icon: QSystemTrayIcon | None = None
        self._desktop = desktop
        self._last_tray_message: NotificationMessage | None = None
        self.set_tray_icon(tray_icon)

    def set_tray_icon(self, tray_icon: QSystemTrayIcon | None) -> None:
        if self._tray_icon is not None:
            self._tray_icon.messageClicked.disconnect(self._tray_message_clicked)
        self._tray_icon = tray_icon
        if tray_icon is not None:
            tray_icon.messageClicked.connect(self._tray_message_clicked)

    def set_desktop(self, desktop: DesktopNotifications | None) -> None:
        self._desktop = desktop

    def notify(self, kind: NotificationKind, count: int | None = None) -> str:
        """Show the notification ``kind``; returns the route it took."""
        message = message_for(kind, count)
        route = self._deliver(message)
        log.debug("Notification %s shown through %s", kind.value, route)
        self.shown.emit(route, message)
        return route

    def withdraw(self, kinds: frozenset[NotificationKind] = REMINDER_KINDS) -> None:
        """Take down notifications that no longer apply (e.g. after a check-in)."""
        if self._desktop is not None:
            self._desktop.withdraw(kinds)
        self.banner_withdrawn.emit(kinds)

    def invoke(self, action: NotificationAction) -> None:
        """The person chose ``action`` (from any route, including the window's banner)."""
        {
            NotificationAction.CHECK_IN: self.check_in_requested,
            NotificationAction.SNOOZE: self.snooze_requested,
            NotificationAction.OPEN: self.open_requested,
            NotificationAction.SUPPORT: self.support_requested,
        }[action].emit()

    def _deliver(self, message: NotificationMessage) -> str:
        desktop = self._desktop
        if desktop is not None and desktop.supports_actions() and desktop.show(message):
            return "desktop"
        if self._tray_can_show_messages():
            self._show_in_tray(message)
            return "tray"
        if desktop is not None and desktop.available() and desktop.show(message):
            return "desktop"
        self.banner_requested.emit(message)
        return "banner"

    def _tray_can_show_messages(self) -> bool:
        return (
            self._tray_icon is not None
            and self._tray_icon.isVisible()
            and QSystemTrayIcon.isSystemTrayAvailable()
            and QSystemTrayIcon.supportsMessages()
        )

    def _show_in_tray(self, message: NotificationMessage) -> None:
        assert self._tray_icon is not None
        self._last_tray_message = message
        icon = self._tray_icon.icon() if not self._tray_icon.icon().isNull() else QIcon()
        self._tray_icon.showMessage(message.summary, message.body, icon, TRAY_MESSAGE_MILLISECONDS)

    def _tray_message_clicked(self) -> None:
        if self._last_tray_message is not None:
            self.invoke(self._last_tray_message.default_action)
