"""Every page and dialog of Tend, opened on a sample journal: the one list that the
screenshot tool, the visual check and the accessibility tests all walk.

A new page or dialog is one more ``Screen`` in ``SCREENS``: a name and a function that
opens it on a ``Scene`` and returns the window to look at (see docs/visual-check.md).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from unittest import mock

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.platform.keyring_store import DeviceKeyStore
from app.platform.paths import AppPaths
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.main_window import MainWindow
from app.ui.notices import NoticeBridge
from app.ui.tasks import TaskRunner
from app.ui.wiring import Features
from tests.support.catalog_prompts_and_crisis import crisis_card, home_after_an_interview

PASSPHRASE = "river heron lantern"
SIZES = ((800, 600), (1280, 800), (1920, 1080))


@dataclass
class Scene:
    """A running Tend with a sample journal open in the main window."""

    app: QApplication
    context: AppContext
    controller: AppController
    data: Path
    opened: list[QWidget] = field(default_factory=list)

    @property
    def window(self) -> MainWindow:
        assert self.controller.main_window is not None
        return self.controller.main_window

    @property
    def features(self) -> Features:
        assert self.controller.features is not None
        return self.controller.features

    def settle(self) -> None:
        """Let background work finish and layouts settle (charts resize in a second pass)."""
        for _ in range(3):
            self.context.runner.wait_until_idle()
            self.app.processEvents()
            QTest.qWait(10)

    def new_window(self, trigger: Callable[[], object]) -> QWidget:
        """Run ``trigger`` and return the window it opened (dialogs that would block in
        ``exec()`` are shown instead, so a test can look at them)."""
        before = {id(widget) for widget in self.app.topLevelWidgets() if widget.isVisible()}
        with non_blocking_exec():
            trigger()
            self.settle()
        opened = [
            widget
            for widget in self.app.topLevelWidgets()
            if widget.isVisible() and id(widget) not in before
        ]
        assert opened, "nothing opened"
        self.opened.append(opened[-1])
        return opened[-1]

    def page(self, key: str) -> QWidget:
        self.window.show_page(key)
        self.settle()
        return self.window

    def close_opened(self) -> None:
        for widget in self.opened:
            with contextlib.suppress(RuntimeError):  # already deleted with its parent
                if isinstance(widget, QDialog):
                    widget.reject()
                widget.close()
        self.opened.clear()
        self.settle()


@contextlib.contextmanager
def non_blocking_exec() -> Iterator[None]:
    def show_instead(dialog: QDialog) -> int:
        dialog.show()
        return 0

    with (
        mock.patch.object(QDialog, "exec", show_instead),
        mock.patch.object(QMessageBox, "exec", show_instead),
    ):
        yield


@dataclass(frozen=True)
class Screen:
    name: str
    open: Callable[[Scene], QWidget]
    # A page fills the main window at each size; a dialog keeps its own size, which must
    # fit the smallest screen.
    is_page: bool = False


# -- openers ----------------------------------------------------------------------------


def _first_run(scene: Scene) -> QWidget:
    from app.ui.vault.first_run_window import FirstRunWindow

    window = FirstRunWindow(scene.context)
    scene.opened.append(window)
    window.show()
    window.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
    scene.settle()
    return window


def _recovery_key_saved(scene: Scene) -> QWidget:
    """The recovery key page after "Save to a file…" (a long path in the note)."""
    window = _first_run(scene)

    class Created:
        recovery_key = "TEND-7K2Q-M9XD-4HPL-W3RV-8NCF-JT6B-Y5ZA"
        vault = None

    window._created_vault(Created())  # type: ignore[attr-defined]
    target = scene.data / "a folder with a long name for keeping safe" / "tend-recovery-key.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        window.save_button.click()  # type: ignore[attr-defined]
    scene.settle()
    return window


def _restore_secret(by_passphrase: bool) -> Callable[[Scene], QWidget]:
    def open_dialog(scene: Scene) -> QWidget:
        from app.ui.vault.backup_secret_dialog import BackupSecretDialog

        backup = Path("tend-backup-2026-11-20.tend.age")
        dialog = BackupSecretDialog(backup, by_passphrase, scene.window)
        return scene.new_window(dialog.show)

    return open_dialog


def _unlock(scene: Scene) -> QWidget:
    from app.ui.vault.unlock_window import UnlockWindow

    window = UnlockWindow(scene.context, "Tend locked your journal to keep it private.")
    scene.opened.append(window)
    window.show()
    scene.settle()
    return window


def _journal_entry(scene: Scene) -> QWidget:
    window = scene.page("journal")
    window.journal_page.select_row(0)
    scene.settle()
    return window


def _journal_search(scene: Scene) -> QWidget:
    window = scene.page("journal")
    window.journal_page.filters.search.setText("interview")
    window.journal_page.search("interview")
    scene.settle()
    return window


def _settings_tab(title: str) -> Callable[[Scene], QWidget]:
    def open_tab(scene: Scene) -> QWidget:
        dialog = scene.new_window(scene.window.settings_action.trigger)
        tabs = dialog.tabs  # type: ignore[attr-defined]
        titles = [tabs.tabText(index).replace("&&", "&") for index in range(tabs.count())]
        tabs.setCurrentIndex(titles.index(title))
        scene.settle()
        return dialog

    return open_tab


def _checkin(scene: Scene) -> QWidget:
    return scene.new_window(scene.features.checkin_flow.check_in)


def _why(scene: Scene) -> QWidget:
    watcher = scene.features.watcher
    assert watcher.cards, "the sample journal has a note on Home"
    first = next(iter(watcher.cards))
    return scene.new_window(lambda: watcher.explain(first))


def _prompt_browser(scene: Scene) -> QWidget:
    from app.ui.home.prompt_card import PromptCard

    card = scene.features.home.findChild(PromptCard)
    assert card is not None
    return scene.new_window(card.open_browser)


def _safety_plan(scene: Scene) -> QWidget:
    plans = scene.features.watcher.safety_plans
    assert plans is not None
    return scene.new_window(plans.open_editor)


def _backup(action: str) -> Callable[[Scene], QWidget]:
    def open_dialog(scene: Scene) -> QWidget:
        backup = scene.features.backup
        assert backup is not None
        return scene.new_window(getattr(backup, action).trigger)

    return open_dialog


def _crash(scene: Scene) -> QWidget:
    error = RuntimeError("a sample bug")
    return scene.new_window(lambda: scene.controller.crash._show(error))


def _damage(scene: Scene) -> QWidget:
    from app.core.errors import DamagedVaultError
    from app.ui.damage_dialog import show_damage

    error = DamagedVaultError("The journal file is damaged (its pages don't check out).")
    return scene.new_window(lambda: show_damage(error, scene.window))


def _empty_trash(scene: Scene) -> QWidget:
    scene.page("trash")
    trash = scene.window.trash_page
    return scene.new_window(lambda: trash._confirm("Empty the trash?", "This can't be undone."))


SCREENS: list[Screen] = [
    Screen("first-run", _first_run),
    Screen("recovery-key", _recovery_key_saved),
    Screen("restore-secret-passphrase", _restore_secret(True)),
    Screen("restore-secret-key", _restore_secret(False)),
    Screen("unlock", _unlock),
    Screen("home", lambda scene: scene.page("home"), is_page=True),
    Screen("journal", _journal_entry, is_page=True),
    Screen("search", _journal_search, is_page=True),
    Screen("insights", lambda scene: scene.page("insights"), is_page=True),
    Screen("openings", lambda scene: scene.page("openings"), is_page=True),
    Screen("support", lambda scene: scene.page("support"), is_page=True),
    Screen("trash", lambda scene: scene.page("trash"), is_page=True),
    Screen("checkin", _checkin),
    Screen("settings-general", _settings_tab("General")),
    Screen("settings-privacy", _settings_tab("Privacy & security")),
    Screen("settings-activities", _settings_tab("Activities")),
    Screen("settings-looking-out", _settings_tab("Looking out")),
    Screen("settings-reminders", _settings_tab("Reminders")),
    Screen("support-options", lambda s: s.new_window(s.features.watcher.open_support_options)),
    Screen("trusted-contacts", lambda s: s.new_window(s.features.watcher.open_contacts)),
    Screen("why", _why),
    Screen("prompts", _prompt_browser),
    Screen("home-interview-prompt", home_after_an_interview, is_page=True),
    Screen("crisis-card", crisis_card),
    Screen("safety-plan", _safety_plan),
    Screen("search-steps", lambda s: s.new_window(s.features.job_search.home.show_steps)),
    Screen("heard-a-no", lambda s: s.new_window(s.features.job_search.home.hear_no)),
    Screen(
        "phq9", lambda s: s.new_window(lambda: s.features.watcher.questionnaire_flow.take("phq9"))
    ),
    Screen(
        "who5", lambda s: s.new_window(lambda: s.features.watcher.questionnaire_flow.take("who5"))
    ),
    Screen("backup-create", _backup("back_up_action")),
    Screen("backup-restore", _backup("restore_action")),
    Screen("backup-import", _backup("import_action")),
    Screen("backup-export", _backup("export_action")),
    Screen("backup-automatic", _backup("auto_action")),
    Screen("change-passphrase", lambda s: s.new_window(s.controller.change_passphrase)),
    Screen("new-recovery-key", lambda s: s.new_window(s.controller.new_recovery_key)),
    Screen("shortcuts", lambda s: s.new_window(s.window.shortcuts_action.trigger)),
    Screen("about", lambda s: s.new_window(s.window.about_action.trigger)),
    Screen("crash", _crash),
    Screen("damage", _damage),
    Screen("empty-trash", _empty_trash),
]


# -- the scene ---------------------------------------------------------------------------


def add_reminders_tab(dialog: QDialog) -> None:
    """The Reminders tab, as the desktop integration adds it in the real app."""
    from app.core.reminders import ReminderSettings
    from app.ui.reminders.settings_panel import ReminderSettingsPanel

    dialog.add_tab(ReminderSettingsPanel(ReminderSettings(), start_at_login=False), "Reminders")  # type: ignore[attr-defined]


def _protected_keyring() -> list[object]:
    """A keyring like the desktop's, in memory, so Settings shows "Remember the key"."""
    from tests.support.fake_keyring import SECRET_SERVICE, fake_backend

    backend = fake_backend(SECRET_SERVICE)
    backend.name = "SecretService Keyring"  # type: ignore[attr-defined]
    return [backend]


def build_scene(app: QApplication, data: Path, context: AppContext | None = None) -> Scene:
    """Tend open on a journal with sample entries and four months of check-ins."""
    from tests.tools.screenshots import SAMPLES, add_memories, add_sample_checkins

    paths = AppPaths(data)
    if context is None:
        context = AppContext(
            paths=paths,
            runner=TaskRunner(app),
            notices=NoticeBridge(app),
            keystore=DeviceKeyStore(backends=_protected_keyring),  # never the real one
            kdf_params=TEST_PARAMS,
        )
    created = Vault.create(paths.vault, PASSPHRASE, TEST_PARAMS)
    workspace = Workspace.open(created.vault)
    workspace.watcher.set_region("US")
    now = context.clock()
    for days, (title, body, tags) in enumerate(SAMPLES):
        workspace.journal.create(title, body, tags, created_at=now - timedelta(days=days, hours=2))
    add_sample_checkins(workspace, now)
    add_memories(workspace, now)
    from tests.tools.job_search_shots import add_sample_search

    add_sample_search(workspace, now)
    trashed = workspace.journal.create("An old draft", "Not needed.", [], created_at=now)
    workspace.journal.move_to_trash(trashed.id)
    controller = AppController(context, app)
    controller.settings_opened.connect(add_reminders_tab)
    controller._open(created.vault)
    scene = Scene(app, context, controller, data)
    scene.settle()
    return scene


def close_scene(scene: Scene) -> None:
    scene.close_opened()
    controller = scene.controller
    if controller.workspace is not None:
        controller.save_everything()
        controller._close_main_window()
        scene.context.runner.wait_until_idle()
        controller.workspace.lock()
        controller.workspace = None
    controller._dismiss_gate()
    scene.app.removeEventFilter(controller.idle)
    scene.app.processEvents()


def show_screen(scene: Scene, screen: Screen, size: tuple[int, int]) -> QWidget:
    """Open ``screen``: a page at ``size``, a dialog at its own size clamped to ``size``."""
    width, height = size
    if screen.is_page:
        scene.window.resize(width, height)
        scene.window.show()
    # Windows that fit themselves to the screen see one of this size.
    with mock.patch.object(QScreen, "availableGeometry", return_value=QRect(0, 0, width, height)):
        shown = screen.open(scene)
    if not screen.is_page and (shown.width() > width or shown.height() > height):
        shown.resize(min(shown.width(), width), min(shown.height(), height))
    scene.settle()
    return shown
