"""Theme, crash handling, settings and the entry point."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import theme
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.settings_dialog import SettingsDialog


def test_dark_and_light_themes_change_the_palette(qapp: QApplication) -> None:
    theme.apply(qapp, "dark")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    theme.apply(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_theme_choice_is_saved_in_the_config(
    qtbot: object, opened: AppController, app_context: AppContext
) -> None:
    assert opened.workspace is not None
    dialog = SettingsDialog(app_context, opened.workspace, opened.main_window)
    changes: list[str] = []
    dialog.theme_changed.connect(changes.append)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert changes == ["dark"]
    assert '"theme": "dark"' in app_context.paths.config_file.read_text()
    app_context.runner.wait_until_idle()


@pytest.mark.allow_log("Unexpected error")
def test_a_bug_saves_typing_then_shows_the_crash_dialog(
    qtbot: object, opened: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert opened.main_window is not None and opened.workspace is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    editor = opened.main_window.journal_page.editor
    qtbot.keyClicks(editor.body, "unsaved words")  # type: ignore[attr-defined]
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        opened.crash._hook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "RuntimeError: a bug" in shown[0]
    assert opened.workspace.journal.get(editor.entry_id or "").body == "unsaved words"


def test_an_expected_problem_reaching_the_hook_shows_in_the_banner_not_as_a_bug(
    qtbot: object,
    opened: AppController,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.core.errors import StorageError

    crash_dialogs: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: crash_dialogs.append(box) or 0)
    notices: list[tuple[str, str]] = []
    app_context.notices.posted.connect(lambda title, text, level: notices.append((title, text)))
    try:
        raise StorageError("The disk holding your journal is full.")
    except StorageError:
        opened.crash._hook(*sys.exc_info())  # type: ignore[arg-type]
    assert crash_dialogs == []
    assert notices == [(StorageError.title, "The disk holding your journal is full.")]


@pytest.mark.allow_log("Unexpected error")
def test_background_problems_reach_the_banner_and_bugs_the_crash_dialog(
    qtbot: object,
    opened: AppController,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.core.errors import UsageError

    crash_dialogs: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: crash_dialogs.append(box.detailedText()) or 0
    )
    notices: list[str] = []
    app_context.notices.posted.connect(lambda title, text, level: notices.append(text))

    def fails(error: BaseException):
        def work(progress: object) -> None:
            raise error

        return work

    app_context.runner.run(fails(UsageError("Choose a folder first.")))
    qtbot.waitUntil(lambda: bool(notices))  # type: ignore[attr-defined]
    assert notices == ["Choose a folder first."] and crash_dialogs == []

    app_context.runner.run(fails(ZeroDivisionError("a bug")))
    qtbot.waitUntil(lambda: bool(crash_dialogs))  # type: ignore[attr-defined]
    assert len(crash_dialogs) == 1 and "ZeroDivisionError" in crash_dialogs[0]
    assert notices == ["Choose a folder first."]


@pytest.mark.allow_log("Unexpected error")
def test_crash_log_names_the_error_type_but_not_its_message(
    qtbot: object,
    opened: AppController,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    try:
        raise ValueError("secret diary words")
    except ValueError:
        opened.crash._hook(*sys.exc_info())  # type: ignore[arg-type]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "ValueError" in logged
    assert "secret diary words" not in logged


def test_no_command_starts_the_desktop_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.ui.application as application
    from app.main import main

    started: list[object] = []
    monkeypatch.setattr(application, "run_gui", lambda args: started.append(args) or 0)
    assert main(["--data-dir", "somewhere"]) == 0
    assert len(started) == 1
    assert started[0].data_dir == "somewhere"  # type: ignore[attr-defined]


def test_closing_the_unlock_window_quits(
    qtbot: object,
    controller: AppController,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.core.kdf import TEST_PARAMS
    from app.core.vault import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS).vault.lock()
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    controller.start()
    assert controller.gate is not None
    controller.gate.close()
    qtbot.waitUntil(lambda: quits == [True])  # type: ignore[attr-defined]
