"""One bridge for messages to the person, so no widget or service pops dialogs on its own."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Signal

from app.core.errors import TendError


class Level(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class NoticeBridge(QObject):
    """Widgets call ``info``/``problem``; the main window decides how to show them."""

    posted = Signal(str, str, object)  # title, message, Level

    def info(self, message: str, title: str = "") -> None:
        self.posted.emit(title, message, Level.INFO)

    def warning(self, message: str, title: str = "") -> None:
        self.posted.emit(title, message, Level.WARNING)

    def problem(self, error: TendError) -> None:
        """An expected error: its own title and message, nothing technical."""
        self.posted.emit(error.title, error.message, Level.ERROR)
