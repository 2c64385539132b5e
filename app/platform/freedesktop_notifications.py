"""Desktop notifications through the freedesktop Notifications service on the session bus.

This talks D-Bus with jeepney (pure Python, already installed with keyring on Linux), and
listens on its socket through a QSocketNotifier, so everything runs on the UI thread. Why
not QtDBus: PySide6 cannot marshal a D-Bus ``uint`` from Python (an int becomes ``i``), and
Notify's second argument is a ``u``. Strict servers such as GNOME Shell reject the call.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from app.core.resources import resource_path
from app.platform.identity import APP_ID, ICON_FILE
from app.platform.notification_messages import (
    NotificationAction,
    NotificationKind,
    NotificationMessage,
)

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
APP_NAME = "Tend"
DESKTOP_ENTRY = APP_ID  # the launcher's name without ".desktop"
REPLY_TIMEOUT_SECONDS = 2.0
RETRY_SECONDS = 30.0  # after a failed connection, before trying the bus again
EXPIRE_DEFAULT = -1  # the server's own timeout


class FreedesktopNotifications(QObject):
    """One connection to the notification server, opened on first use.

    ``on_action`` is called with the action a person chose on one of our notifications.
    """

    def __init__(
        self,
        on_action: Callable[[NotificationAction], None],
        bus_address: str = "SESSION",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_action = on_action
        self._bus_address = bus_address
        self._connection: Any = None
        self._notifier: QSocketNotifier | None = None
        self._signals: deque[Any] = deque()
        self._filter: Any = None
        self._capabilities: frozenset[str] | None = None
        self._shown: dict[int, NotificationMessage] = {}  # our ids still on screen
        self._reminder_id = 0  # a new reminder replaces the last one instead of stacking
        self._retry_after = 0.0  # time.monotonic() before which we don't reconnect
        # A child timer, not QTimer.singleShot(0, bound method): it dies with this object,
        # so a pending drain can never call into a deleted notifier.
        self._drain_soon = QTimer(self)
        self._drain_soon.setSingleShot(True)
        self._drain_soon.setInterval(0)
        self._drain_soon.timeout.connect(self._read_incoming)

    def available(self) -> bool:
        """True when a notification server answers on the session bus."""
        return self._ensure_connected()

    def supports_actions(self) -> bool:
        return self._ensure_connected() and "actions" in (self._capabilities or ())

    def show(self, message: NotificationMessage) -> bool:
        """Send ``message``; False if the server could not be reached (try another way)."""
        if not self._ensure_connected():
            return False
        replaces = self._reminder_id if message.kind.is_reminder else 0
        actions: list[str] = []
        if "actions" in (self._capabilities or ()):
            actions = ["default", _label_of(message, message.default_action)]
            for action, label in message.actions:
                actions += [action.value, label]
        icon = resource_path("icons", ICON_FILE)
        arguments = (
            APP_NAME,
            replaces,
            icon.as_uri() if icon.exists() else "",
            message.summary,
            message.body,
            actions,
            {"desktop-entry": ("s", DESKTOP_ENTRY)},
            EXPIRE_DEFAULT,
        )
        reply = self._call("Notify", "susssasa{sv}i", arguments)
        if reply is None:
            return False
        (notification_id,) = reply
        self._shown.pop(replaces, None)
        self._shown[notification_id] = message
        if message.kind.is_reminder:
            self._reminder_id = notification_id
        return True

    def withdraw(self, kinds: frozenset[NotificationKind]) -> None:
        """Close our notifications of these kinds that are still on screen."""
        for notification_id, message in list(self._shown.items()):
            if message.kind in kinds:
                self._call("CloseNotification", "u", (notification_id,))
                self._forget(notification_id)

    def close(self) -> None:
        """Let go of the bus connection (at quit, or when the bus went away)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._capabilities = None
        self._shown.clear()
        self._reminder_id = 0

    def _ensure_connected(self) -> bool:
        if self._connection is not None:
            return True
        if time.monotonic() < self._retry_after:
            return False  # it just failed; don't knock again on every notification
        if self._connect():
            return True
        self.close()
        self._retry_after = time.monotonic() + RETRY_SECONDS
        return False

    def _connect(self) -> bool:
        try:
            from jeepney import MatchRule
            from jeepney.io.blocking import open_dbus_connection
            from jeepney.wrappers import DBusErrorResponse
        except ImportError:
            return False  # not a freedesktop system
        try:
            self._connection = open_dbus_connection(bus=self._bus_address, auth_timeout=1.0)
        except (OSError, KeyError, ValueError, RuntimeError) as error:
            log.debug("No session bus for notifications: %s", type(error).__name__)
            return False
        rule = MatchRule(type="signal", interface=SERVICE, path=OBJECT_PATH)
        self._filter = self._connection.filter(rule, queue=self._signals)
        capabilities = self._call("GetCapabilities", "", ())
        if capabilities is None or self._connection is None:
            return False
        try:
            self._connection.bus_proxy.AddMatch(rule, _timeout=REPLY_TIMEOUT_SECONDS)
        except (DBusErrorResponse, OSError, TimeoutError):
            return False
        self._capabilities = frozenset(capabilities[0])
        self._notifier = QSocketNotifier(
            self._connection.sock.fileno(), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._read_incoming)
        log.debug("Notification server found; capabilities: %s", sorted(self._capabilities))
        return True

    def _call(self, method: str, signature: str, arguments: tuple[Any, ...]) -> Any:
        """A method call on the server; None (and the connection dropped) if it failed."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg

        address = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        call = new_method_call(address, method, signature or None, arguments)
        try:
            reply = unwrap_msg(
                self._connection.send_and_get_reply(call, timeout=REPLY_TIMEOUT_SECONDS)
            )
        except DBusErrorResponse as error:
            log.debug("The notification server refused %s: %s", method, error.name)
            return None
        except (OSError, TimeoutError) as error:
            log.debug("The notification server did not answer %s: %s", method, error)
            self.close()
            return None
        finally:
            # Signals that arrived with the reply are already off the socket (queued, or
            # still in jeepney's buffer), so the socket notifier won't wake for them.
            self._drain_soon.start()
        return reply

    def _read_incoming(self) -> None:
        if self._connection is None:
            return
        try:
            while True:
                self._connection.recv_messages(timeout=0)
        except TimeoutError:
            pass  # drained
        except OSError:
            log.debug("The session bus closed; notifications will reconnect when needed")
            self.close()
        self._handle_signals()

    def _handle_signals(self) -> None:
        from jeepney import HeaderFields

        while self._signals:
            signal = self._signals.popleft()
            member = signal.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                notification_id, key = signal.body
                self._action_invoked(notification_id, key)
            elif member == "NotificationClosed":
                self._forget(signal.body[0])

    def _action_invoked(self, notification_id: int, key: str) -> None:
        message = self._shown.get(notification_id)
        if message is None:
            return  # another application's notification
        if key == "default":
            action = message.default_action
        else:
            try:
                action = NotificationAction(key)
            except ValueError:
                return
        self._on_action(action)

    def _forget(self, notification_id: int) -> None:
        self._shown.pop(notification_id, None)
        if notification_id == self._reminder_id:
            self._reminder_id = 0


def _label_of(message: NotificationMessage, wanted: NotificationAction) -> str:
    return next((label for action, label in message.actions if action is wanted), "Open Tend")
