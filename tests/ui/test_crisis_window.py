"""The crisis window in the running app: it appears while someone types and takes nothing
from them (every character stays in the entry, the region stays as chosen), F6 goes to it
on purpose, and the first unlock asks where the person lives."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import fixed_clock
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.settings_dialog import SettingsDialog
from app.ui.watcher.region_picker import RegionChooser
from app.ui.watcher.settings_panel import WatcherSettingsPanel
from app.ui.watcher.support_dialog import SupportOptionsDialog
from tests.conftest import PASSPHRASE

# Late at night, when this happens most.
NOW = datetime(2026, 3, 20, 23, 10, tzinfo=timezone(timedelta(hours=0)))
FIRST = "Another no. I can't do this anymore. I want to end my life."
SECOND = " nobody would notice."
THIRD = " Still here."


@pytest.fixture
def at_night(app_context: AppContext, controller: AppController) -> AppController:
    """A new journal opened at NOW (the injected clock), as at a first unlock."""
    app_context.clock = fixed_clock(NOW)
    created = Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS)
    controller._open(created.vault)
    return controller


def question(qtbot: QtBot, opened: AppController) -> RegionChooser:
    watcher = opened.features.watcher  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: any(isinstance(d, RegionChooser) and d.isVisible() for d in watcher.dialogs),
        timeout=5000,
    )
    return next(d for d in watcher.dialogs if isinstance(d, RegionChooser))


def answer_first_question(qtbot: QtBot, opened: AppController, code: str) -> None:
    asked = question(qtbot, opened)
    asked.select(code)
    qtbot.keyClick(asked.list, Qt.Key.Key_Return)
    opened.context.runner.wait_until_idle()
    assert opened.workspace is not None
    assert opened.workspace.watcher.settings().region == code


def type_where_the_keyboard_is(qtbot: QtBot, text: str) -> None:
    """Keys go where a real keyboard would send them: to the focused widget."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClicks(target, text)


def crisis_window(qtbot: QtBot, opened: AppController) -> SupportOptionsDialog:
    watcher = opened.features.watcher  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: any(isinstance(d, SupportOptionsDialog) and d.isVisible() for d in watcher.dialogs),
        timeout=10000,
    )
    return next(d for d in watcher.dialogs if isinstance(d, SupportOptionsDialog))


def start_typing(qtbot: QtBot, opened: AppController) -> QWidget:
    window = opened.main_window
    assert window is not None
    window.new_entry()
    window.activateWindow()
    body = window.journal_page.editor.body
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=5000)
    return body


def test_typing_across_the_crisis_window_keeps_every_character_and_the_region(
    qtbot: QtBot, at_night: AppController
) -> None:
    answer_first_question(qtbot, at_night, "GB")
    features, window, workspace = at_night.features, at_night.main_window, at_night.workspace
    assert features is not None and window is not None and workspace is not None
    body = start_typing(qtbot, at_night)

    type_where_the_keyboard_is(qtbot, FIRST)
    window.journal_page.editor.flush()  # the pause that saves, then the watcher looks
    features.watcher.check_now()
    dialog = crisis_window(qtbot, at_night)

    # The moment it appears, the person is still typing.
    type_where_the_keyboard_is(qtbot, SECOND)
    # A window manager that activates new windows anyway: still nothing lands there.
    dialog.activateWindow()
    type_where_the_keyboard_is(qtbot, THIRD)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(QApplication.focusWidget() or dialog, key)

    assert body.toPlainText() == FIRST + SECOND + THIRD + "\n"
    assert dialog.isVisible()  # Enter went to the entry, not to the window's buttons
    assert dialog.region_picker.code() == "GB"
    assert "116 123" in dialog.options.plain_text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=2000)
    window.journal_page.editor.flush()
    at_night.context.runner.wait_until_idle()
    assert workspace.watcher.settings().region == "GB"
    (saved,) = workspace.journal.list_page()[0]
    assert workspace.journal.get(saved.id).body == FIRST + SECOND + THIRD + "\n"


def test_the_wheel_over_the_crisis_window_never_changes_the_region(
    qtbot: QtBot, at_night: AppController
) -> None:
    answer_first_question(qtbot, at_night, "GB")
    start_typing(qtbot, at_night)
    type_where_the_keyboard_is(qtbot, FIRST)
    at_night.main_window.journal_page.editor.flush()  # type: ignore[union-attr]
    at_night.features.watcher.check_now()  # type: ignore[union-attr]
    dialog = crisis_window(qtbot, at_night)
    picker = dialog.region_picker
    for target in (picker, picker.label, picker.change_button):
        wheel = QWheelEvent(
            QPointF(5, 5),
            QPointF(target.mapToGlobal(QPoint(5, 5))),
            QPoint(0, -120),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, wheel)
    assert picker.code() == "GB"
    assert picker.chooser is None  # nothing opened by itself


def test_f6_takes_the_keyboard_to_the_crisis_window_on_purpose(
    qtbot: QtBot, at_night: AppController
) -> None:
    answer_first_question(qtbot, at_night, "IE")
    body = start_typing(qtbot, at_night)
    type_where_the_keyboard_is(qtbot, FIRST)
    at_night.main_window.journal_page.editor.flush()  # type: ignore[union-attr]
    at_night.features.watcher.check_now()  # type: ignore[union-attr]
    dialog = crisis_window(qtbot, at_night)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=2000)
    qtbot.keyClick(body, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    assert dialog.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.isAncestorOf(QApplication.focusWidget())  # Tab moves around inside
    assert body.toPlainText() == FIRST


def test_the_first_unlock_asks_where_the_person_lives_and_keeps_the_answer(
    qtbot: QtBot, at_night: AppController
) -> None:
    asked = question(qtbot, at_night)
    assert asked.windowTitle() == "Where do you live?"
    asked.select("NZ")
    qtbot.keyClick(asked.list, Qt.Key.Key_Return)
    at_night.context.runner.wait_until_idle()
    assert at_night.workspace.watcher.settings().region == "NZ"  # type: ignore[union-attr]


def test_settings_has_the_watcher_and_the_region(qtbot: QtBot, at_night: AppController) -> None:
    answer_first_question(qtbot, at_night, "AU")
    at_night.open_settings()
    dialog = at_night.main_window.findChildren(SettingsDialog)[-1]  # type: ignore[union-attr]
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Looking out" in titles
    tab = dialog.tabs.widget(titles.index("Looking out"))
    qtbot.waitUntil(lambda: bool(tab.findChildren(WatcherSettingsPanel)), timeout=5000)
    (panel,) = tab.findChildren(WatcherSettingsPanel)
    assert panel.region.code() == "AU"
    panel.region.choose("CA")
    at_night.context.runner.wait_until_idle()
    assert at_night.workspace.watcher.settings().region == "CA"  # type: ignore[union-attr]
    dialog.close()
