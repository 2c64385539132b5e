"""A calm, non-modal message strip at the top of the window, with an optional action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.ui.notices import Level


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Notice")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.hide()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName("Dismiss notice")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        self._action: Callable[[], None] | None = None
        self.level = Level.INFO  # of the notice on show, so tests and callers can tell
        self._level = Level.INFO
        self._applied: tuple[Level, bool] | None = None  # the colours now set
        self.action_button.clicked.connect(self._run_action)
        self.hide()

    def show_notice(
        self,
        message: str,
        level: Level = Level.INFO,
        action_text: str = "",
        action: Callable[[], None] | None = None,
        timeout_ms: int = 0,
    ) -> None:
        self.level = level
        self._level = level
        self._colour()
        self.text.setText(message)
        self.setAccessibleDescription(message)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setAccessibleName(action_text)
        self.action_button.setVisible(bool(action_text and action))
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def _colour(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if self._applied == (self._level, dark):
            return  # (setting a style sheet changes the palette: never loop)
        self._applied = (self._level, dark)
        background, border = {
            (Level.INFO, False): ("#e8f3ec", "#9cc9ae"),
            (Level.INFO, True): ("#1f3328", "#3f6b51"),
            (Level.WARNING, False): ("#fff5e0", "#e0b860"),
            (Level.WARNING, True): ("#3a3020", "#8a6d2c"),
            (Level.ERROR, False): ("#fdecea", "#e0a39c"),
            (Level.ERROR, True): ("#3b2422", "#8c4a44"),
        }[(self._level, dark)]
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border: 1px solid {border}; "
            "border-radius: 6px; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.styleSheet():
            self._colour()  # the theme changed while the notice shows

    def _run_action(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()
