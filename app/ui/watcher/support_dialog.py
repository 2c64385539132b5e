"""Support options: the person's trusted contacts and their region's services.

For a crisis prompt, crisis lines come first. Links are never opened by Tend itself:
``link_requested`` hands them to the app, which passes them to the desktop.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts.model import TrustedContact
from app.core.support.resources import (
    CRISIS_FIRST,
    SUPPORT_FIRST,
    Region,
    SupportItem,
    SupportResources,
)
from app.ui.watcher.safety_plan_summary import SafetyPlanSummary

CRISIS_INTRO = (
    "If you are in danger right now, call your local emergency number. "
    "The people below are there to listen, day and night."
)
SUPPORT_INTRO = "Talking to someone can help. Here are people and places you could reach out to."


class SupportOptionsDialog(QDialog):
    region_changed = Signal(str)
    link_requested = Signal(str)  # https:, tel:, sms: or mailto:
    contacts_requested = Signal()

    def __init__(
        self,
        resources: SupportResources,
        region: str | None,
        contacts: Sequence[TrustedContact],
        crisis: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._resources = resources
        self._contacts = list(contacts)
        self._crisis = crisis
        self.setWindowTitle("Support options")
        self.setAccessibleName("Support options")

        self.region_box = QComboBox()
        self.region_box.setAccessibleName("Your region")
        for option in resources.regions:
            self.region_box.addItem(option.name, option.code)
        region_label = QLabel("&Where are you?")
        region_label.setBuddy(self.region_box)
        self.intro = QLabel(CRISIS_INTRO if crisis else SUPPORT_INTRO)
        self.intro.setWordWrap(True)

        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Support options for your region")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)

        contacts_button = QPushButton("Manage my &trusted contacts…")
        contacts_button.setAccessibleName("Manage my trusted contacts")
        contacts_button.clicked.connect(self.contacts_requested.emit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(contacts_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(region_label)
        top.addWidget(self.region_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.safety_plan = SafetyPlanSummary()  # hidden until the controller gives it a plan
        layout.addWidget(self.safety_plan)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

        chosen = resources.region(region)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(chosen.code)))
        self.region_box.currentIndexChanged.connect(self._region_chosen)
        self._render(chosen)
        self.resize(620, 560)

    def region(self) -> Region:
        return self._resources.region(str(self.region_box.currentData()))

    def shown_items(self) -> list[SupportItem]:
        """The region's items in the order they are listed."""
        return self.region().ordered(CRISIS_FIRST if self._crisis else SUPPORT_FIRST)

    def _region_chosen(self) -> None:
        region = self.region()
        self._render(region)
        self.region_changed.emit(region.code)

    def _link(self, url: QUrl) -> None:
        self.link_requested.emit(url.toString())

    def _render(self, region: Region) -> None:
        """Crisis: crisis lines, emergency, then people you trust. Support: people first."""
        titles = self._resources.kind_titles
        by_kind: dict[str, list[SupportItem]] = {}
        for item in self.shown_items():
            by_kind.setdefault(item.kind, []).append(item)
        kinds = list(CRISIS_FIRST if self._crisis else SUPPORT_FIRST)
        kinds.insert(2 if self._crisis else 0, _CONTACTS)
        parts: list[str] = []
        for kind in kinds:
            if kind == _CONTACTS:
                parts.append(_contacts_html(self._contacts))
            elif kind in by_kind:
                parts.append(f"<h3>{html.escape(titles.get(kind, kind))}</h3>")
                parts.extend(item_html(item) for item in by_kind[kind])
        self.browser.setHtml("".join(parts))


_CONTACTS = "contacts"


def _contacts_html(contacts: Sequence[TrustedContact]) -> str:
    if not contacts:
        return (
            "<h3>People you trust</h3><p>You haven't added anyone yet. A friend, a relative "
            "or a colleague you trust can be a good first call.</p>"
        )
    rows = "".join(
        f"<p><b>{html.escape(c.name)}</b>"
        + (f" · {html.escape(c.reach)}" if c.reach else "")
        + (f"<br>{html.escape(c.note)}" if c.note else "")
        + "</p>"
        for c in contacts
    )
    return f"<h3>People you trust</h3>{rows}"


def item_html(item: SupportItem) -> str:
    ways: list[str] = []
    if item.phone:
        ways.append(f'Call <a href="tel:{_digits(item.phone)}">{html.escape(item.phone)}</a>')
    if item.how_to_text and item.text:
        ways.append(f'<a href="sms:{_digits(item.text)}">{html.escape(item.how_to_text)}</a>')
    if item.email:
        ways.append(f'<a href="mailto:{html.escape(item.email)}">{html.escape(item.email)}</a>')
    if item.web:
        ways.append(f'<a href="{html.escape(item.web)}">{html.escape(item.web)}</a>')
    hours = f" ({html.escape(item.hours)})" if item.hours else ""
    return (
        f"<p><b>{html.escape(item.name)}</b>{hours}<br>{html.escape(item.purpose)}"
        f"<br>{' · '.join(ways)}</p>"
    )


def _digits(number: str) -> str:
    return "".join(char for char in number if char.isdigit())
