"""The guard that keeps the keyboard in the entry while a window opens by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from app.ui.watcher.quiet_window import QuietWindowGuard


class Scene:
    """An editor being typed in, and a dialog with a default button and a text field."""

    def __init__(self, qtbot: QtBot, settle_ms: int = 60_000) -> None:
        self.editor = QPlainTextEdit()
        qtbot.addWidget(self.editor)
        self.editor.show()
        self.editor.activateWindow()
        self.editor.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is self.editor, timeout=3000)
        self.dialog = QDialog(self.editor)
        self.field = QLineEdit()
        self.close_button = QPushButton("Close")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.dialog.reject)
        layout = QVBoxLayout(self.dialog)
        layout.addWidget(self.field)
        layout.addWidget(self.close_button)
        self.guard = QuietWindowGuard(self.dialog, settle_ms=settle_ms)

    def type_into_the_dialog(self, qtbot: QtBot, text: str) -> None:
        """As if a window manager had given the dialog the keyboard."""
        qtbot.keyClicks(self.field, text)


def test_keys_that_reach_the_window_go_on_to_the_entry(qtbot: QtBot) -> None:
    scene = Scene(qtbot)
    scene.editor.insertPlainText("I can't ")
    scene.guard.show()
    assert scene.guard.quiet
    scene.type_into_the_dialog(qtbot, "do this")
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        qtbot.keyClick(scene.field, key)
    assert scene.editor.toPlainText() == "I can't do this\n"
    assert scene.field.text() == ""
    assert scene.dialog.isVisible()  # neither Enter nor Escape closed it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is scene.editor, timeout=2000)
    scene.dialog.close()


def test_a_click_inside_gives_the_window_the_keyboard(qtbot: QtBot) -> None:
    scene = Scene(qtbot)
    scene.guard.show()
    qtbot.mouseClick(scene.field, Qt.MouseButton.LeftButton)
    assert not scene.guard.quiet
    scene.type_into_the_dialog(qtbot, "Samaritans")
    assert scene.field.text() == "Samaritans"
    assert scene.editor.toPlainText() == ""
    scene.dialog.close()


def test_a_pause_in_typing_lets_the_window_be_reached_as_usual(qtbot: QtBot) -> None:
    scene = Scene(qtbot, settle_ms=200)
    with qtbot.waitSignal(scene.guard.stopped, timeout=3000):
        scene.guard.show()
        qtbot.keyClicks(scene.editor, "still typing")
    assert not scene.guard.quiet
    scene.type_into_the_dialog(qtbot, "x")
    assert scene.field.text() == "x"
    assert scene.editor.toPlainText() == "still typing"
    scene.dialog.close()
