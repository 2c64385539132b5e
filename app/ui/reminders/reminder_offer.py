"""The first-run offer of a daily check-in reminder: off until the person says yes."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.reminders import DEFAULT_REMINDER
from app.ui.design import make_card


class ReminderOffer(QFrame):
    """A quiet banner: "Would a daily nudge help?" with Yes / No thanks."""

    accepted = Signal()
    declined = Signal()

    def __init__(self, at: time = DEFAULT_REMINDER.at, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Reminder offer")
        when = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
        self.message = QLabel(
            f"Would a gentle nudge help? Tend can remind you to check in each evening at "
            f"{when}. You can change the time or turn it off in Settings at any point."
        )
        self.message.setWordWrap(True)
        self.yes_button = QPushButton("Yes, remind me")
        self.no_button = QPushButton("No, thanks")
        self.yes_button.setDefault(True)
        self.yes_button.clicked.connect(self.accepted)
        self.no_button.clicked.connect(self.declined)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        make_card(self, layout)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
