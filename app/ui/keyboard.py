"""Keyboard paths out of controls that keep Tab for themselves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class CtrlTabLeaves(QObject):
    """Ctrl+Tab and Ctrl+Shift+Tab move focus out of a text editor where Tab indents,
    so the keyboard alone never gets stuck there (the usual convention for text areas)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if not control or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        backwards = event.key() == Qt.Key.Key_Backtab or shift
        step = QWidget.previousInFocusChain if backwards else QWidget.nextInFocusChain
        target = step(watched)
        while target is not None and target is not watched and not _takes_tab_focus(target):
            target = step(target)
        if target is None:
            return False
        reason = Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason
        target.setFocus(reason)
        return True


def _takes_tab_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def let_ctrl_tab_leave(editor: QWidget) -> None:
    leaver = CtrlTabLeaves(editor)
    editor.installEventFilter(leaver)
