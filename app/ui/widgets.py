"""Small building blocks shared by several windows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QWidget

from app.ui.design import Type, set_type


def heading(text: str, role: Type = Type.TITLE) -> QLabel:
    """A title (or, with ``Type.SECTION``, a section's heading) from the type scale."""
    label = QLabel(text)
    set_type(label, role)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


class ErrorLabel(QLabel):
    """An inline message under a field: announced to screen readers, hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("Message")
        self.hide()

    def show_message(self, text: str) -> None:
        self._colour()
        self.setText(text)
        self.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def _colour(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if self.styleSheet() and self.property("dark") == dark:
            return  # (setting a style sheet changes the palette: never loop)
        self.setProperty("dark", dark)
        # Readable red on both backgrounds (contrast above 4.5:1).
        self.setStyleSheet(f"color: {'#ff9e94' if dark else '#b3261e'}; font-weight: 600;")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.styleSheet():
            self._colour()  # the theme changed while the message shows


def password_field(placeholder: str, accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(320)
    return field


def empty_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout``: hidden at once, deleted when Qt is ready."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
