"""Support options: the person's trusted contacts and their region's services.

For a crisis prompt, crisis lines come first. The window can open by itself while the
person is typing, so it is shown quietly (see quiet_window): it never takes the keyboard
until the person clicks into it or presses F6. Its region only changes through the
region picker (a confirmed choice, with Undo). Links are never opened by Tend itself:
``link_requested`` hands them to the app, which passes them to the desktop; every number
also has a Copy button, for a desktop with no phone app.

The content is one vertical column (``self.column``): more sections can be inserted at
the top with ``self.column.insertWidget(0, widget)``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
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
from app.ui.watcher.quiet_window import QuietWindowGuard
from app.ui.watcher.region_picker import RegionPicker
from app.ui.watcher.safety_plan_summary import SafetyPlanSummary
from app.ui.watcher.support_list import SupportList
from app.ui.widgets import muted

CRISIS_INTRO = (
    "If you are in danger right now, call {emergency}. You can also reach the people below."
)
SUPPORT_INTRO = "Talking to someone can help. Here are people and places you could reach out to."
ENTER_HINT = "Your typing stays in your entry. Click here or press F6 to use this window."


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
        *,
        order: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._resources = resources
        self._contacts = list(contacts)
        self._crisis = crisis
        # A support note's order can put job-search help first (two or more no's in its
        # window); a crisis note's order never changes.
        self._order = tuple(CRISIS_FIRST if crisis else (order or SUPPORT_FIRST))
        self.setWindowTitle("Support options")
        self.setAccessibleName("Support options")
        self.setAccessibleDescription(ENTER_HINT)
        self.guard = QuietWindowGuard(self)
        self.hint = muted(ENTER_HINT)
        self.hint.hide()
        self.guard.stopped.connect(self.hint.hide)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        if crisis:
            font = self.intro.font()
            font.setBold(True)
            self.intro.setFont(font)
        self.region_picker = RegionPicker(resources, region)
        self.region_picker.changed.connect(self._region_chosen)
        self.options = SupportList()
        self.options.setAccessibleName("Support options for your region")
        self.options.link_requested.connect(self.link_requested)

        contacts_button = QPushButton("Manage my &trusted contacts…")
        contacts_button.setAccessibleName("Manage my trusted contacts")
        contacts_button.setAutoDefault(False)
        contacts_button.clicked.connect(self.contacts_requested.emit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(contacts_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter never closes this window by surprise

        self.column = QVBoxLayout()
        self.column.addWidget(self.intro)
        self.column.addWidget(self.region_picker)
        self.column.addWidget(self.options, 1)
        layout = QVBoxLayout(self)
        # The person's own safety plan comes first, above the lines.
        self.safety_plan = SafetyPlanSummary()  # hidden until the controller gives it a plan
        self.column.insertWidget(1, self.safety_plan)  # under the emergency sentence
        layout.addLayout(self.column, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

        self._render(self.region())
        self.resize(480, 540)

    def show_quietly(self) -> None:
        """Show without taking the keyboard from whatever the person is typing in, beside
        the window where the screen has room, else at its right edge, not over the middle."""
        self._place_beside_the_text()
        self.hint.show()
        self.guard.show()
        self.hint.setVisible(self.guard.quiet)

    def _place_beside_the_text(self) -> None:
        parent = self.parentWidget()
        if parent is None or not parent.isVisible():
            return
        frame = parent.window().frameGeometry()
        screen = parent.screen().availableGeometry()
        if frame.right() + 16 + self.width() <= screen.right():
            x = frame.right() + 16
        else:
            x = max(screen.left(), frame.right() - self.width() - 24)
        y = min(frame.top() + 48, max(screen.top(), screen.bottom() - self.height()))
        self.move(x, y)

    def enter(self) -> None:
        """The person asked to come here (F6 or the shortcut): take the keyboard now."""
        self.guard.enter()
        self.region_picker.change_button.setFocus()

    def set_contacts(self, contacts: Sequence[TrustedContact]) -> None:
        """The person's trusted contacts changed (added from this window, say): show them."""
        self._contacts = list(contacts)
        self._render(self.region())

    def region(self) -> Region:
        return self._resources.region(self.region_picker.code())

    def shown_items(self) -> list[SupportItem]:
        """The region's items in the order they are listed."""
        return self.region().ordered(self._order)

    def _region_chosen(self, code: str) -> None:
        self._render(self.region())
        self.region_changed.emit(code)

    def _render(self, region: Region) -> None:
        """Crisis: crisis lines, emergency, then people you trust. Support: people first."""
        self.intro.setText(_intro(region) if self._crisis else SUPPORT_INTRO)
        titles = self._resources.kind_titles
        by_kind: dict[str, list[SupportItem]] = {}
        for item in self.shown_items():
            by_kind.setdefault(item.kind, []).append(item)
        kinds = list(self._order)
        kinds.insert(2 if self._crisis else 0, _CONTACTS)
        self.options.begin()
        for kind in kinds:
            if kind == _CONTACTS:
                self.options.add_contacts(self._contacts)
            elif kind in by_kind:
                self.options.add_section(titles.get(kind, kind), by_kind[kind])
        self.options.end()


_CONTACTS = "contacts"


def _intro(region: Region) -> str:
    """The region's emergency number in the first sentence, where the file knows it."""
    emergency = next((i.phone for i in region.items if i.kind == "emergency" and i.phone), None)
    where = emergency or "your local emergency number"
    if emergency and region.code == "elsewhere":
        where = f"your local emergency number ({emergency} works in many countries)"
    return CRISIS_INTRO.format(emergency=where)
