"""The tray icon and its menu. It decides nothing: it asks for state and emits signals.

The menu is rebuilt every time it opens (``aboutToShow``), so its labels always match the
current state (locked or not, reminders paused or not) without anyone having to remember
to update it. Where the desktop has no tray, ``show()`` returns False and nothing else
changes: every action here is also reachable from the window or a notification.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.core.resources import resource_path
from app.platform.identity import SYMBOLIC_ICON_FILE

TRAY_ICON = "tend-tray.svg"
SYMBOLIC_TRAY_ICON = SYMBOLIC_ICON_FILE


@dataclass(frozen=True)
class TrayState:
    """What the menu needs to know, read each time it opens."""

    locked: bool
    reminders_enabled: bool = True
    reminders_paused_today: bool = False


def tray_icon(symbolic: bool = False) -> QIcon:
    """Tend's tray icon: a green sprout, or a grey one for monochrome panels."""
    return QIcon(str(resource_path("icons", SYMBOLIC_TRAY_ICON if symbolic else TRAY_ICON)))


class TrayController(QObject):
    """Owns the QSystemTrayIcon. ``state`` is called whenever the menu is about to open."""

    check_in_requested = Signal()
    new_entry_requested = Signal()
    open_requested = Signal()
    lock_requested = Signal()
    unlock_requested = Signal()
    pause_reminders_requested = Signal()
    resume_reminders_requested = Signal()
    quit_requested = Signal()
    toggle_window_requested = Signal()  # a click on the icon: show or hide the window

    def __init__(
        self,
        state: Callable[[], TrayState],
        icon: QIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.menu = QMenu()
        self.menu.setAccessibleName("Tend")
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon = QSystemTrayIcon(icon if icon is not None else tray_icon(), self)
        self.icon.setToolTip("Tend")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._icon_activated)
        self.rebuild_menu()

    @staticmethod
    def available() -> bool:
        """True when the desktop currently offers a tray."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> bool:
        """Put the icon in the tray if there is one; False when there is no tray."""
        if not self.available():
            return False
        self.icon.show()
        return True

    def hide(self) -> None:
        self.icon.hide()

    def is_shown(self) -> bool:
        return self.icon.isVisible() and self.available()

    def rebuild_menu(self) -> None:
        state = self._state()
        self.menu.clear()
        self._add("Check in now", self.check_in_requested)
        self._add("New entry", self.new_entry_requested)
        self._add("Open Tend", self.open_requested)
        self.menu.addSeparator()
        if state.locked:
            self._add("Unlock…", self.unlock_requested)
        else:
            self._add("Lock", self.lock_requested)
        if state.reminders_paused_today:
            pause = self._add("Resume reminders", self.resume_reminders_requested)
        else:
            pause = self._add("Pause reminders for today", self.pause_reminders_requested)
        pause.setEnabled(state.reminders_enabled)
        self.menu.addSeparator()
        self._add("Quit", self.quit_requested)

    def actions(self) -> dict[str, QAction]:
        """The menu's current actions by label (for the window's tests and for scripting)."""
        return {action.text(): action for action in self.menu.actions() if action.text()}

    def dispose(self) -> None:
        """Take the icon out of the tray before quitting (some hosts keep a ghost otherwise)."""
        self.icon.hide()
        self.icon.setContextMenu(None)  # type: ignore[arg-type]
        self.menu.deleteLater()

    def _add(self, label: str, signal: SignalInstance) -> QAction:
        action = self.menu.addAction(label)
        action.triggered.connect(lambda _checked=False: signal.emit())
        return action

    def _icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window_requested.emit()
