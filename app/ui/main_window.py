"""The main window: assembles pages, menus and the notice banner, and delegates the work.

Pages are added with ``add_page``; each feature owns its page, so this class stays small.
"""

from __future__ import annotations

import contextlib
from typing import Protocol

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.errors import TendError
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.banner import Banner
from app.ui.journal.journal_page import JournalPage
from app.ui.journal.trash_page import TrashPage
from app.ui.journal.trash_undo import TrashUndo
from app.ui.notices import Level


def _action(parent: QWidget, text: str, shortcuts: list[QKeySequence], tip: str = "") -> QAction:
    action = QAction(text, parent)
    action.setShortcuts(shortcuts)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    return action


def standard(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's shortcut for a standard action, or ours where it has none."""
    sequences = QKeySequence.keyBindings(key)
    return sequences or [QKeySequence(fallback)]


class PrivateView(Protocol):
    def flush(self) -> bool: ...

    def clear(self) -> None: ...


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()
    close_requested = Signal()
    page_shown = Signal(str)

    def __init__(self, context: AppContext, workspace: Workspace) -> None:
        super().__init__()
        self._context = context
        self._workspace = workspace
        self.setWindowTitle("Tend")
        self.setMinimumSize(QSize(760, 520))
        self.resize(1100, 720)

        self.banner = Banner()
        self.pages = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setAccessibleName("Sections")
        self.nav.setFixedWidth(150)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setObjectName("sidebar")  # drawn by the application style sheet (theme.py)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._page_keys: list[str] = []
        self._private_views: list[PrivateView] = []
        self._pages_by_key: dict[str, QWidget] = {}

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 8, 8, 0)
        content_layout.setSpacing(6)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(self.pages, 1)
        central = QWidget()
        from PySide6.QtWidgets import QHBoxLayout

        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.nav)
        central_layout.addWidget(content, 1)
        self.setCentralWidget(central)

        self.save_status = QLabel()
        self.save_status.setAccessibleName("Save status")
        self.statusBar().addPermanentWidget(self.save_status)
        self.journal_page = JournalPage(
            workspace.journal, context.notices, context.clock, context.runner
        )
        self.trash_page = TrashPage(
            workspace.journal, context.notices, context.runner, context.clock
        )
        self.add_page("journal", "Journal", self.journal_page)
        self.add_page("trash", "Trash", self.trash_page)

        self.journal_page.editor.status_changed.connect(self.save_status.setText)
        self.trash_page.restored.connect(lambda _id: self.journal_page.load())
        context.notices.posted.connect(self._show_notice)

        self._build_actions()
        self.trash_undo = TrashUndo(self, self.banner, self.journal_page.restore)
        self.edit_menu.insertAction(self.find_action, self.trash_undo.action)
        self.journal_page.moved_to_trash.connect(self.trash_undo.offer)
        self.journal_page.editor.saved.connect(self.trash_undo.forget)  # a newer change
        editor = self.journal_page.editor
        for field in (editor.title, editor.tags, editor.body):
            self.trash_undo.let_undo_through(field)
        self._restore_geometry()

    # -- pages ------------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget, index: int | None = None) -> None:
        """Add a section; ``index`` places it in the sidebar (default: at the end)."""
        position = len(self._page_keys) if index is None else index
        self._page_keys.insert(position, key)
        self._pages_by_key[key] = widget
        self.pages.addWidget(widget)
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(140, 36))
        self.nav.blockSignals(True)
        self.nav.insertItem(position, item)
        self.nav.blockSignals(False)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        if hasattr(self, "view_menu"):
            self._page_actions()

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self._page_keys.index(key))

    def current_page_key(self) -> str:
        return self._page_keys[self.nav.currentRow()]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.journal_page.flush()
        key = self._page_keys[row]
        self.pages.setCurrentWidget(self._pages_by_key[key])
        # "Saved", "New entry": about the journal's editor, so shown only beside it.
        self.save_status.setVisible(key == "journal")
        if key == "trash":
            self.trash_page.load()
        self.page_shown.emit(key)

    # -- actions ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = _action(
            self, "&New entry", standard(keys.New, "Ctrl+N"), "Start a new journal entry"
        )
        self.new_action.triggered.connect(self.new_entry)
        self.delete_action = _action(
            self,
            "Move to &trash",
            [QKeySequence("Ctrl+Delete")],
            "Move the open entry to the trash",
        )
        self.delete_action.triggered.connect(self.delete_entry)
        self.find_action = _action(
            self, "&Find…", standard(keys.Find, "Ctrl+F"), "Search your journal"
        )
        self.find_action.triggered.connect(self.focus_search)
        self.lock_action = _action(self, "&Lock", [QKeySequence("Ctrl+L")], "Lock the journal now")
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = _action(self, "&Quit", standard(keys.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested)
        self.settings_action = _action(self, "&Settings…", standard(keys.Preferences, "Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        self.shortcuts_action = _action(
            self, "&Keyboard shortcuts", standard(keys.HelpContents, "F1")
        )
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.about_action = _action(self, "&About Tend", [])
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._show_about)

        file_menu = self.menuBar().addMenu("&File")
        self.file_menu = file_menu
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("&Edit")
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.journal_page.editor.paste_as_quote.action)
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.view_menu = self.menuBar().addMenu("&View")
        self.tools_menu = self.menuBar().addMenu("&Tools")
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self._page_actions()

        toolbar = QToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addSeparator()
        self.toolbar = toolbar
        spacer = QWidget()
        from PySide6.QtWidgets import QSizePolicy

        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._toolbar_spacer = toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

    def _page_actions(self) -> None:
        """View > page with Ctrl+1, Ctrl+2, … (rebuilt when pages are added)."""
        for action in self.view_menu.actions():
            self.removeAction(action)
        self.view_menu.clear()
        for number, key in enumerate(self._page_keys, start=1):
            title = self.nav.item(number - 1).text()
            action = _action(self, title, [QKeySequence(f"Ctrl+{number}")] if number < 10 else [])
            action.triggered.connect(lambda checked=False, key=key: self.show_page(key))
            self.view_menu.addAction(action)
            self.addAction(action)

    def add_toolbar_action(self, action: QAction) -> None:
        """Feature buttons go before the spacer, so Lock stays at the right."""
        self.toolbar.insertAction(self._toolbar_spacer, action)

    # -- journal verbs ----------------------------------------------------------------

    def new_entry(self, title: str = "") -> None:
        self.show_page("journal")
        self.journal_page.new_entry(title if isinstance(title, str) else "")

    def delete_entry(self) -> None:
        self.show_page("journal")
        self.journal_page.delete_current()

    def focus_search(self) -> None:
        self.show_page("journal")
        self.journal_page.filters.search.setFocus()
        self.journal_page.filters.search.selectAll()

    def _show_notice(self, title: str, message: str, level: Level) -> None:
        text = f"{title}: {message}" if title and level == Level.ERROR else message
        self.banner.show_notice(text, level, timeout_ms=0 if level == Level.ERROR else 6000)

    def show_problem(self, error: TendError) -> None:
        self._show_notice(error.title, error.message, Level.ERROR)

    def _show_shortcuts(self) -> None:
        from app.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.findChildren(QAction), self).exec()

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        # Built here (not QMessageBox.about) so it can be looked at like any other dialog.
        box = QMessageBox(QMessageBox.Icon.NoIcon, "About Tend", "", parent=self)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            f"<b>Tend {__version__}</b><p>A private journal and mood tracker. Everything "
            "stays encrypted on this computer; Tend never connects to the internet.</p>"
        )
        box.setAccessibleName("About Tend")
        box.exec()

    # -- lifecycle --------------------------------------------------------------------

    def keep_private(self, view: PrivateView) -> None:
        """A feature's view of personal text: saved with the journal, and cleared on lock."""
        self._private_views.append(view)

    def flush(self) -> bool:
        """Save whatever is being typed. True if everything is saved."""
        saved = [view.flush() for view in (self.journal_page, *self._private_views)]
        return all(saved)

    def clear(self) -> None:
        """Drop every piece of journal text this window holds (before it is destroyed)."""
        self.journal_page.clear()
        for view in self._private_views:
            view.clear()
        self.trash_page.clear()
        self.banner.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self._save_geometry()
        event.ignore()
        self.close_requested.emit()

    def _save_geometry(self) -> None:
        geometry = bytes(self.saveGeometry().toHex().data()).decode("ascii")
        with contextlib.suppress(TendError):  # window size is not worth an error message
            self._context.update_config(lambda cfg: cfg.other.update(window_geometry=geometry))

    def _restore_geometry(self) -> None:
        saved = self._context.config.other.get("window_geometry")
        if isinstance(saved, str):
            self.restoreGeometry(QByteArray.fromHex(saved.encode("ascii")))
