"""The calm note on Home when the person comes back after a low run and a quiet few days.

"Good to see you. There's nothing to catch up on..." with support options one click away.
Never a count of missed days, never guilt. It is a kept prompt (kind ``checking_in``), so
once answered it does not come back for that silence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.watcher.model import ShownPrompt
from app.core.watcher.wording import Wording, default_wording


class ReturningNote(QFrame):
    support_requested = Signal(str)  # prompt id
    why_requested = Signal(str)
    dismissed = Signal(str)

    def __init__(
        self, shown: ShownPrompt, wording: Wording | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        wording = wording or default_wording()
        self.shown = shown
        self.setObjectName("returningNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The palette's own colours, so light and dark themes both read well.
        self.setStyleSheet(
            "QFrame#returningNote { border: 1px solid palette(mid); border-radius: 8px;"
            " background: palette(alternate-base); }"
        )
        self.setAccessibleName("A note from Tend: good to see you")
        self.title = QLabel(wording.returning_title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(shown.prompt.summary)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.support_button = self._button("See support options", "See support options")
        self.support_button.setDefault(True)
        self.why_button = self._button("Why am I seeing this?", "Why am I seeing this?")
        self.close_button = self._button("Thanks", "Close this note")
        prompt_id = shown.id
        self.support_button.clicked.connect(lambda: self.support_requested.emit(prompt_id))
        self.why_button.clicked.connect(lambda: self.why_requested.emit(prompt_id))
        self.close_button.clicked.connect(lambda: self.dismissed.emit(prompt_id))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button)
        actions = QHBoxLayout()
        actions.addWidget(self.support_button)
        actions.addWidget(self.why_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.text)
        layout.addLayout(actions)

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button
