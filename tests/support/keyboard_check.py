"""A window through a screen reader and the keyboard alone.

``unnamed_controls(window)`` lists focusable controls a screen reader could not name, and
``unreachable_by_tab(window)`` tabs through a window and lists controls Tab never reaches
(or where focus gets stuck). See docs/visual-check.md.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from tests.support.visual_check import Problem, floating, shown_widgets, widget_path


def focusable_controls(window: QWidget) -> list[QWidget]:
    """Enabled, visible widgets that Tab can reach (not Qt's internal parts)."""
    found = []
    for widget in shown_widgets(window):
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or floating(widget):
            continue
        if not widget.isVisibleTo(window):
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: Qt's accessible name, which is the
    explicit name, else the text, else the buddy label's text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(window: QWidget) -> list[Problem]:
    return [
        Problem("unnamed", widget_path(widget), "a focusable control with no accessible name")
        for widget in focusable_controls(window)
        if not accessible_name(widget)
    ]


def tab_order(
    window: QWidget, start: QWidget | None = None
) -> tuple[list[QWidget], QWidget | None]:
    """Press Tab from ``start`` until focus comes back round; the widgets visited, and the
    widget where focus got stuck (Tab and Ctrl+Tab both left it there), if any."""
    controls = focusable_controls(window)
    if not controls:
        return [], None
    (start or controls[0]).setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = window.focusWidget() or start or controls[0]
    visited: list[QWidget] = []
    current = first
    for _ in range(len(controls) * 2 + 4):
        visited.append(current)
        following = _press_tab(window, current)
        if following is current and len(controls) > 1:
            return visited, current
        if following is None or following is first or following is current:
            break
        current = following
    return visited, None


# Tab first walks inside some controls (a date's day, month and year; a label's links).
STEPS_INSIDE = 12


def _press_tab(window: QWidget, widget: QWidget) -> QWidget | None:
    """Where focus goes from ``widget`` with Tab (pressed again while it walks inside the
    control), or with Ctrl+Tab where a text editor keeps Tab for itself."""
    from PySide6.QtTest import QTest

    for _ in range(STEPS_INSIDE):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        if window.focusWidget() is not widget:
            return window.focusWidget()
    QTest.keyClick(widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return window.focusWidget()


def _is_control(widget: QWidget) -> bool:
    """Something a person acts on: a page's scroll area is a frame around controls (Tab
    scrolls to each), and a label is one only when it holds links."""
    if type(widget) is QScrollArea:
        return False
    if isinstance(widget, QLabel):
        return "href" in widget.text()
    return True


def unreachable_by_tab(window: QWidget, start: QWidget | None = None) -> list[Problem]:
    visited, stuck = tab_order(window, start)
    problems = []
    if stuck is not None:
        problems.append(
            Problem("focus trap", widget_path(stuck), "neither Tab nor Ctrl+Tab leaves it")
        )
    reached = set(map(id, visited))
    for widget in focusable_controls(window):
        if id(widget) not in reached and _is_control(widget):
            problems.append(
                Problem("unreachable", widget_path(widget), "Tab never reaches this control")
            )
    return problems
