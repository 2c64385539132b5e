"""The one crisis line to show in plain sight, worded from the region's resources data.

"If you are in danger or thinking about ending your life, call or text 988 now." The
number always comes from app/resources/support/resources.json, never from this code, and
each number under the sentence has a Copy button (a tel: link may have no handler).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.core.support.resources import Region, SupportItem
from app.ui.watcher.link_sentence import LinkSentence
from app.ui.watcher.phone_numbers import NumberRow, hours_phrase, number_rows

OPENING = "If you are in danger or thinking about ending your life"


@dataclass(frozen=True)
class CrisisLine:
    sentence: str  # plain text, for screen readers and tests
    sentence_html: str  # the same, with tel: and sms: links
    detail: str  # who answers and when, or where to look (plain text)
    detail_html: str
    item: SupportItem | None = None  # the line itself, when it can be called or texted


def crisis_line(region: Region) -> CrisisLine:
    """The region's first crisis line that can be called or texted (one open day and night
    before one that closes); else its emergency number.

    A region without one ("elsewhere") gets its emergency services' own words and the
    first helpline directory: a web page alone is too slow for someone in danger.
    """
    reachable = [item for item in region.crisis_lines if item.phone or item.text]
    if reachable:
        # A line open day and night first: at 3 a.m. a closed line is no help.
        item = next((i for i in reachable if i.always_open), reachable[0])
        how, how_html = _how_to_reach(item)
        detail = " · ".join(part for part in (item.name, hours_phrase(item), region.name) if part)
        return CrisisLine(
            f"{OPENING}, {how} now.",
            f"{OPENING}, {how_html} now.",
            detail,
            html.escape(detail),
            item,
        )
    sentence = f"{OPENING}, call your local emergency number now."
    notes = [i.purpose for i in region.items if i.kind == "emergency"]
    notes_html = [html.escape(note) for note in notes]
    directory = next((i for i in region.crisis_lines if i.web), None)
    if directory is not None and directory.web:
        notes.append(f"{directory.name}: {directory.web}")
        # Shown without "https://" so a narrow window doesn't break the address in two.
        shown = directory.web.removeprefix("https://").rstrip("/")
        notes_html.append(
            f'{html.escape(directory.name)}: <a href="{html.escape(directory.web)}">'
            f"{html.escape(shown)}</a>"
        )
    # The emergency number gets its own row and Copy button, like a crisis line.
    emergency = next((i for i in region.items if i.kind == "emergency" and i.phone), None)
    return CrisisLine(
        sentence, html.escape(sentence), " ".join(notes), " ".join(notes_html), emergency
    )


def _how_to_reach(item: SupportItem) -> tuple[str, str]:
    """("call or text 988", the same with links), from whichever ways the item has."""
    phone, text = item.phone, item.text
    if phone and text and text == phone and not item.text_keyword:
        return f"call or text {phone}", f"call or text {_tel(phone)}"
    parts: list[tuple[str, str]] = []
    if phone:
        parts.append((f"call {phone}", f"call {_tel(phone)}"))
    if text and item.how_to_text:
        words = item.how_to_text[0].lower() + item.how_to_text[1:]
        parts.append((words, f'<a href="sms:{_digits(text)}">{html.escape(words)}</a>'))
    return " or ".join(p[0] for p in parts), " or ".join(p[1] for p in parts)


def _tel(number: str) -> str:
    return f'<a href="tel:{_digits(number)}">{html.escape(number)}</a>'


def _digits(number: str) -> str:
    return "".join(char for char in number if char.isdigit())


class CrisisLineBox(QFrame):
    """The crisis line in a bordered box that stays in view; links go to ``link_requested``."""

    link_requested = Signal(str)

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisLine")
        self.setStyleSheet(
            "QFrame#crisisLine { border: 2px solid palette(highlight); border-radius: 8px; }"
        )
        self.sentence = LinkSentence()
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setWordWrap(True)
        self.sentence.setOpenExternalLinks(False)
        self.sentence.linkActivated.connect(self._link)
        font = self.sentence.font()
        font.setBold(True)
        self.sentence.setFont(font)
        self.detail = LinkSentence(selectable=True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setOpenExternalLinks(False)
        self.detail.linkActivated.connect(self._link)
        self.numbers = QVBoxLayout()
        self.numbers.setContentsMargins(0, 2, 0, 2)
        self.number_rows: list[NumberRow] = []
        self._tab_between: tuple[QWidget, QWidget | None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.sentence)
        layout.addLayout(self.numbers)
        layout.addWidget(self.detail)
        self.line = crisis_line(region)
        self.show_region(region)

    def show_region(self, region: Region) -> None:
        line = crisis_line(region)
        self.line = line
        self.sentence.setText(line.sentence_html)
        self.sentence.set_has_links("<a " in line.sentence_html)
        self.sentence.setAccessibleName(line.sentence)
        self.detail.setText(line.detail_html)
        self.detail.set_has_links("<a " in line.detail_html)
        self.detail.setAccessibleName(line.detail)
        self.detail.setVisible(bool(line.detail))
        self.setAccessibleName(f"Crisis line for {region.name}")
        self.setAccessibleDescription(f"{line.sentence} {line.detail}".strip())
        for old in self.number_rows:
            old.hide()
            old.deleteLater()
        self.number_rows = number_rows(line.item) if line.item is not None else []
        for row in self.number_rows:
            row.link_requested.connect(self.link_requested)
            self.numbers.addWidget(row)
        self._order_tab()

    def place_in_tab_order(self, after: QWidget, before: QWidget | None = None) -> None:
        """Tab comes to the box's links and numbers from ``after`` and goes on to ``before``
        (for a page whose keyboard starts below the box), kept on each region change."""
        self._tab_between = (after, before)
        self._order_tab()

    def _order_tab(self) -> None:
        """In reading order: the sentence, each number's link and Copy, then the detail
        (rows made for a new region would otherwise come after everything else)."""
        after, before = self._tab_between or (None, None)
        stops: list[QWidget] = [self.sentence]
        for row in self.number_rows:
            stops += [row.words, row.copy_button]
        stops.append(self.detail)
        # Qt leaves a widget without focus out of setTabOrder, so only Tab stops are chained.
        chain = [
            widget
            for widget in (after, *stops, before)
            if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        for first, second in pairwise(chain):
            if first.window() is second.window():  # Qt orders within one window only
                QWidget.setTabOrder(first, second)

    def _link(self, url: str) -> None:
        self.link_requested.emit(QUrl(url).toString())
