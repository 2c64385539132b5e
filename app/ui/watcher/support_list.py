"""A region's support options as real widgets: each line with its hours, purpose, and every
number on its own row with a Copy button. Used by the support options dialog and by the
crisis panel of a questionnaire."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.contacts.model import TrustedContact
from app.core.support.resources import SupportItem
from app.ui.design import Type, set_type
from app.ui.watcher.contact_links import links_in, reach_html
from app.ui.watcher.link_sentence import LinkSentence
from app.ui.watcher.phone_numbers import NumberRow, hours_phrase, number_rows
from app.ui.widgets import muted

NO_CONTACTS = (
    "You haven't added anyone yet. A friend, a relative or a colleague you trust can be a "
    "good first call."
)


class SupportList(QScrollArea):
    """Sections of items, built between ``begin`` and ``end`` (which replaces what was shown).

    support_list.begin()
    support_list.add_section("Crisis lines", region.crisis_lines)
    support_list.add_contacts(contacts)
    support_list.end()
    """

    link_requested = Signal(str)  # https:, tel:, sms: or mailto:

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._texts: list[str] = []
        self.number_rows: list[NumberRow] = []
        self._content: QWidget | None = None

    def show_items(self, items: Sequence[SupportItem]) -> None:
        """Just these items, without section titles."""
        self.begin()
        self.add_section("", items)
        self.end()

    def plain_text(self) -> str:
        """Everything shown, in order, as plain lines (what a screen reader would read)."""
        return "\n".join(self._texts)

    # -- building ---------------------------------------------------------------------

    def begin(self) -> None:
        self._texts = []
        self.number_rows = []
        content = QWidget()
        content.setObjectName("supportListContent")
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(0, 0, 8, 0)
        self._column.setSpacing(4)
        self._content = content

    def add_section(self, title: str, items: Sequence[SupportItem]) -> None:
        if title:
            self._add_title(title)
        for item in items:
            self._add_item(item)

    def end(self) -> None:
        self._column.addStretch(1)
        old = self.takeWidget()
        assert self._content is not None, "end() comes after begin()"
        self.setWidget(self._content)
        if old is not None:
            old.deleteLater()

    def _add_title(self, title: str) -> None:
        label = QLabel(title)
        set_type(label, Type.SUBTITLE)
        label.setAccessibleName(title)
        if self._texts:
            self._column.addSpacing(10)
        self._column.addWidget(label)
        self._texts.append(title)

    def _add_item(self, item: SupportItem) -> None:
        hours = hours_phrase(item)
        heading = f"<b>{html.escape(item.name)}</b>"
        if hours:
            heading += f" <span>· {html.escape(hours)}</span>"
        name = QLabel(heading)
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setWordWrap(True)
        name.setAccessibleName(f"{item.name}, {hours}" if hours else item.name)
        self._column.addSpacing(6)
        self._column.addWidget(name)
        self._texts.append(f"{item.name} · {hours}" if hours else item.name)
        purpose = muted(item.purpose)
        self._column.addWidget(purpose)
        self._texts.append(item.purpose)
        for row in number_rows(item):
            row.link_requested.connect(self.link_requested)
            self.number_rows.append(row)
            self._column.addWidget(row)
            self._texts.append(f"{row.words.accessibleName()} (Copy)")
        links = []
        if item.email:
            links.append((f"mailto:{item.email}", item.email))
        if item.web:
            links.append((item.web, item.web.removeprefix("https://").rstrip("/")))
        if links:
            label = LinkSentence(selectable=True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(
                " · ".join(
                    f'<a href="{html.escape(url)}">{html.escape(shown)}</a>' for url, shown in links
                )
            )
            label.setWordWrap(True)
            label.setOpenExternalLinks(False)
            label.set_has_links(True)
            label.linkActivated.connect(lambda url: self.link_requested.emit(QUrl(url).toString()))
            self._column.addWidget(label)
            self._texts.append(" · ".join(url for url, _ in links))

    def add_contacts(self, contacts: Sequence[TrustedContact]) -> None:
        """The person's own trusted people, as a section (used between kinds)."""
        self._add_title("People you trust")
        if not contacts:
            note = muted(NO_CONTACTS)
            self._column.addWidget(note)
            self._texts.append(NO_CONTACTS)
            return
        for contact in contacts:
            words = " · ".join(part for part in (contact.name, contact.reach) if part)
            # Numbers and emails are links the desktop opens (a phone or mail app).
            label = LinkSentence(selectable=True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(
                f"<b>{html.escape(contact.name)}</b>"
                + (f" · {reach_html(contact.reach)}" if contact.reach else "")
            )
            label.setWordWrap(True)
            label.setOpenExternalLinks(False)
            label.set_has_links(bool(contact.reach and links_in(contact.reach)))
            label.linkActivated.connect(lambda url: self.link_requested.emit(QUrl(url).toString()))
            label.setAccessibleName(words)
            self._column.addSpacing(6)
            self._column.addWidget(label)
            self._texts.append(words)
            if contact.note:
                self._column.addWidget(muted(contact.note))
                self._texts.append(contact.note)
