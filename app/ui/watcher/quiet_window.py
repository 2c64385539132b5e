"""Show a window without taking the keyboard from what the person is typing.

The crisis support window opens by itself, often while someone is still writing. It is
shown without activation, and because some window managers activate new windows anyway
(and Qt's offscreen platform always does), a guard keeps the keyboard where it was until
the person enters the window on purpose, with a click inside it or the shortcut:

- keys that reach the window go on to the widget that had the focus (the entry), and
  that window gets the activation back, so no typed character ever lands in the window;
- shortcuts inside the window (Enter, Escape, Alt+letter) are not triggered meanwhile;
- if the window is activated without a click, the activation is handed back shortly after.

Once the person has stopped typing for a few seconds the guard steps aside, so the
window can then be reached in every ordinary way (Alt+Tab included).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# Long enough for a click that activated the window to arrive first.
HAND_BACK_MS = 150
# A pause in typing this long ends the guard: the person is no longer mid-sentence.
SETTLE_MS = 4000
_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class QuietWindowGuard(QObject):
    """Guards ``window`` from ``show`` until ``enter``, a click inside, or a pause in typing."""

    stopped = Signal()  # the window may take the keyboard now

    def __init__(
        self, window: QWidget, enter_key: Qt.Key = Qt.Key.Key_F6, settle_ms: int = SETTLE_MS
    ) -> None:
        super().__init__(window)
        self._window = window
        self._enter_key = enter_key
        self._return_to: QWidget | None = None
        self.quiet = False
        self._hand_back = QTimer(self, singleShot=True, interval=HAND_BACK_MS)
        self._hand_back.timeout.connect(self._give_back_activation)
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self._stop_guarding)

    def show(self) -> None:
        """Show the window where the person can see it, leaving the keyboard alone."""
        self._return_to = QApplication.focusWidget()
        app = QApplication.instance()
        if self._return_to is None or self._return_to.window() is self._window or app is None:
            self._window.show()  # nothing being typed: nothing to guard
            return
        self.quiet = True
        app.installEventFilter(self)
        self._window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self._window.show()
        self._window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self._settle.start()
        if QApplication.activeWindow() is self._window:
            self._hand_back.start()

    def enter(self) -> None:
        """The person asked for the window: give it the keyboard."""
        self._stop_guarding()
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.quiet or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self._settle.start()  # still typing, wherever the keys go
        if watched.window() is not self._window:
            return False
        if kind in _MOUSE:
            self._stop_guarding()  # a click inside: the person chose to come here
            return False
        if kind == QEvent.Type.WindowActivate:
            self._hand_back.start()
            return False
        if kind == QEvent.Type.Hide and watched is self._window:
            self._stop_guarding()
            return False
        if kind == QEvent.Type.ShortcutOverride:
            key_event = event
            assert isinstance(key_event, QKeyEvent)
            if key_event.key() == self._enter_key:
                return False
            event.accept()  # keeps the window's own shortcuts from firing
            return True
        if kind in _KEYS:
            assert isinstance(event, QKeyEvent)
            if event.key() == self._enter_key:
                if kind == QEvent.Type.KeyPress:
                    self.enter()
                return True
            self._forward(_copy_key(event))
            return True
        if kind == QEvent.Type.InputMethod:
            assert isinstance(event, QInputMethodEvent)
            self._forward(QInputMethodEvent(event))
            return True
        return False

    def _target(self) -> QWidget | None:
        """The widget that had the focus, while it still exists."""
        target = self._return_to
        return target if target is not None and shiboken6.isValid(target) else None

    def _forward(self, event: QEvent) -> None:
        self._give_back_activation()
        target = self._target()
        if target is not None:
            QApplication.sendEvent(target, event)

    def _give_back_activation(self) -> None:
        target = self._target()
        if not self.quiet or target is None:
            return
        owner = target.window()
        if QApplication.activeWindow() is not owner:
            owner.activateWindow()
        target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _stop_guarding(self) -> None:
        if not self.quiet:
            return
        self.quiet = False
        self._hand_back.stop()
        self._settle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.stopped.emit()


def _copy_key(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )
