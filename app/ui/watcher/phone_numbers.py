"""Phone and text numbers shown with a "Copy" button, and each line's opening hours.

A ``tel:`` link does nothing on a desktop without a phone app, so every number can also be
copied with one click (the button says "Copied"), to paste into a phone, a softphone or a
message. Hours come from the resources file as written: "day and night" is said only of a
line open 24/7, and a line whose hours are unknown says nothing about them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.core.support.resources import SupportItem
from app.ui.watcher.link_sentence import LinkSentence

ALWAYS_OPEN = "24/7"
COPIED_FOR_MS = 2500


def hours_phrase(item: SupportItem) -> str | None:
    """ "open day and night" for 24/7, the published hours otherwise, None when unknown."""
    if not item.hours:
        return None
    if item.hours.strip() == ALWAYS_OPEN:
        return "open day and night"
    return f"hours: {item.hours}"


def digits(number: str) -> str:
    return "".join(char for char in number if char.isdigit())


def tel_link(number: str) -> str:
    return f'<a href="tel:{digits(number)}">{html.escape(number)}</a>'


class CopyButton(QPushButton):
    """Copies one number to the clipboard and says "Copied" for a moment."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__("Copy", parent)
        self.number = number
        self.setAutoDefault(False)
        self.setAccessibleName(f"Copy {number}")
        self.setToolTip(f"Copy {number} to paste it into a phone or a message")
        self._reset = QTimer(self, singleShot=True, interval=COPIED_FOR_MS)
        self._reset.timeout.connect(self._show_copy)
        self.clicked.connect(self.copy)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.number)
        self.setText("Copied")
        self.setAccessibleName(f"Copied {self.number}")
        self._reset.start()

    def _show_copy(self) -> None:
        self.setText("Copy")
        self.setAccessibleName(f"Copy {self.number}")


class NumberRow(QWidget):
    """ "Call 116 123 [Copy]" or "Text SHOUT to 85258 [Copy]", with the link kept."""

    link_requested = Signal(str)

    def __init__(self, words_html: str, words: str, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        # Tab lands on the link itself, so Enter hands it to the desktop (a phone app, say)
        # at once; a click never moves the keyboard away from where the person is writing.
        self.words = LinkSentence(selectable=True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.words.setText(words_html)
        self.words.setOpenExternalLinks(False)
        self.words.set_has_links(True)
        self.words.setAccessibleName(words)
        self.words.linkActivated.connect(lambda url: self.link_requested.emit(QUrl(url).toString()))
        self.copy_button = CopyButton(number)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.words)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)


def number_rows(item: SupportItem) -> list[NumberRow]:
    """One row per number the item can be reached on (a number called and texted is one)."""
    rows: list[NumberRow] = []
    if item.phone and item.text == item.phone and not item.text_keyword:
        words = f"Call or text {item.phone}"
        rows.append(NumberRow(f"Call or text <b>{tel_link(item.phone)}</b>", words, item.phone))
        return rows
    if item.phone:
        rows.append(
            NumberRow(f"Call <b>{tel_link(item.phone)}</b>", f"Call {item.phone}", item.phone)
        )
    if item.text and item.how_to_text:
        words = item.how_to_text
        link = f'<a href="sms:{digits(item.text)}">{html.escape(words)}</a>'
        rows.append(NumberRow(f"<b>{link}</b>", words, item.text))
    return rows
