"""Words with links that Tab reaches and Enter activates, without ever taking a click's focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel


class LinkSentence(QLabel):
    """Words whose links Tab reaches and Enter activates.

    Tab only: a click on the words leaves the keyboard where it was (the entry, perhaps),
    and nothing here asks for focus when it appears. A plain QLabel takes a first Tab on
    its words with no link chosen, so Enter would do nothing; here Tab lands on the first
    link and Shift+Tab on the last. Words without a link are no Tab stop.
    """

    def __init__(self, selectable: bool = False) -> None:
        super().__init__()
        self._selectable = selectable  # the mouse may select the words (to copy an address)

    def set_has_links(self, has_links: bool) -> None:
        flags = Qt.TextInteractionFlag.LinksAccessibleByMouse
        if self._selectable:
            flags |= Qt.TextInteractionFlag.TextSelectableByMouse
        if has_links:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        self.setTextInteractionFlags(flags)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if has_links else Qt.FocusPolicy.NoFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        forward = event.reason() == Qt.FocusReason.TabFocusReason
        backward = event.reason() == Qt.FocusReason.BacktabFocusReason
        if (forward or backward) and not self.selectedText():
            QLabel.focusNextPrevChild(self, forward)  # chooses the first (or last) link
