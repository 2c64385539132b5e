"""Edit > Paste as Quote (Ctrl+Shift+V): the clipboard's text as a Markdown block quote.

Pasted words (a rejection email, a message) are someone else's: written as a block quote
("> " before each line), the watcher does not read them as the person's own energy,
interest, focus or mood, while crisis words in them are still read (docs/watcher.md,
"Quoted and pasted text"). The same action is in the editor's context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QPlainTextEdit

SHORTCUT = "Ctrl+Shift+V"
QUOTE_MARK = "> "


def as_block_quote(text: str) -> str:
    """Every line of ``text`` behind "> " (an empty line keeps a bare ">")."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    return "\n".join(f"{QUOTE_MARK}{line}".rstrip() for line in lines)


class PasteAsQuote:
    """The action, its shortcut on the editor's text, and the text's context menu."""

    def __init__(self, body: QPlainTextEdit) -> None:
        self._body = body
        self.action = QAction("Paste as &quote", body)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        # Only while the text has the keyboard, so it never pastes somewhere unseen.
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip("Paste the copied text as a quote, so it reads as not your own")
        self.action.triggered.connect(self.paste)
        body.addAction(self.action)
        body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        body.customContextMenuRequested.connect(self._show_menu)

    def paste(self) -> bool:
        """Insert the clipboard's text as a block quote, as one undo step."""
        text = QGuiApplication.clipboard().text()
        if not text.strip() or self._body.isReadOnly() or not self._body.isEnabled():
            return False
        cursor = self._body.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        # A blank line above the quote, so it stands alone, and one after it, so the next
        # words typed are the person's own again.
        before = ""
        if cursor.positionInBlock() > 0:
            before = "\n\n"
        elif cursor.blockNumber() > 0 and cursor.block().previous().text():
            before = "\n"
        cursor.insertText(f"{before}{as_block_quote(text)}\n\n")
        cursor.endEditBlock()
        self._body.setTextCursor(cursor)
        self._body.ensureCursorVisible()
        return True

    def context_menu(self) -> QMenu:
        """The text's usual menu, with Paste as Quote right after Paste."""
        menu = self._body.createStandardContextMenu()
        actions = menu.actions()
        paste = next((a for a in actions if "Paste" in a.text()), None)
        after = actions[actions.index(paste) + 1] if paste is not None else None
        if after is not None:
            menu.insertAction(after, self.action)
        else:
            menu.addAction(self.action)
        self.action.setEnabled(bool(QGuiApplication.clipboard().text().strip()))
        menu.aboutToHide.connect(lambda: self.action.setEnabled(True))
        return menu

    def _show_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._body.viewport().mapToGlobal(position))
