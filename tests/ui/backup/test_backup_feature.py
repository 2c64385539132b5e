"""Backups from the main window: the Tools menu opens each dialog with the real verbs, a
backup made there verifies, a restore there merges and refreshes the list, and automatic
backups run on the timer (and on quit), with a failure shown in the banner."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.backup import Identities, create_backup, verify_backup
from app.core.backup import keys as backup_keys
from app.core.backup.auto import backup_file_name
from app.core.backup.auto_settings import AutoBackupSettings
from app.core.backup.auto_settings import update as update_auto_settings
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.ui.app_context import AppContext
from app.ui.backup.auto_settings_dialog import AutoBackupSettingsDialog
from app.ui.backup.backup_feature import BackupFeature
from app.ui.backup.create_dialog import CreateBackupDialog
from app.ui.backup.export_dialog import ExportDialog
from app.ui.backup.import_dialog import ImportDialog
from app.ui.backup.restore_dialog import RestoreDialog
from app.ui.controller import AppController
from tests.conftest import PASSPHRASE


class MovableClock:
    """A clock that only moves when the test says so."""

    def __init__(self, moment: datetime) -> None:
        self.now = moment

    def __call__(self) -> datetime:
        return self.now


def _feature(controller: AppController) -> BackupFeature:
    assert controller.features is not None and controller.features.backup is not None
    return controller.features.backup


def _key_pair(folder: Path) -> tuple[Path, str]:
    pair = backup_keys.generate()
    key_file = folder / "key.txt"
    backup_keys.write_key_file(key_file, pair, datetime.now().astimezone())
    return key_file, pair.public_key


def test_the_tools_menu_opens_each_backup_dialog(qtbot, opened: AppController) -> None:
    window, feature = opened.main_window, _feature(opened)
    assert window is not None
    texts = [action.text() for action in window.tools_menu.actions() if action.text()]
    assert texts == [
        "&Back up now…",
        "&Restore from a backup…",
        "&Import…",
        "&Export…",
        "&Automatic backups…",
    ]
    expected = {
        feature.restore_action: RestoreDialog,
        feature.import_action: ImportDialog,
        feature.export_action: ExportDialog,
        feature.auto_action: AutoBackupSettingsDialog,
    }
    for action, kind in expected.items():
        action.trigger()
        dialog = feature.dialog
        assert isinstance(dialog, kind) and dialog.isVisible()
        dialog.reject()
        assert feature.dialog is None
    window.activateWindow()
    QTest.keySequence(window, "Ctrl+Shift+B")
    assert isinstance(feature.dialog, CreateBackupDialog) and feature.dialog.isVisible()


def test_a_backup_made_from_the_window_verifies_with_the_core(
    qtbot, opened: AppController, tmp_path: Path
) -> None:
    workspace, feature = opened.workspace, _feature(opened)
    assert workspace is not None
    workspace.journal.create("Kept", "Words worth keeping.")
    key_file, public_key = _key_pair(tmp_path)
    feature.back_up_action.trigger()
    dialog = feature.dialog
    assert isinstance(dialog, CreateBackupDialog)
    dialog.with_key.setChecked(True)
    dialog.public_key.setText(public_key)
    dialog.destination.edit.setText(str(tmp_path / "mine.tend.age"))

    with qtbot.waitSignal(dialog.backup_created, timeout=10_000) as made:
        dialog.start.click()

    report = verify_backup(made.args[0].path, Identities(backup_keys.read_key_file(key_file)))
    assert report.counts["entries"] == 1 and report.vault_id == workspace.vault.vault_id


def test_a_restore_from_the_window_merges_and_refreshes_the_journal_list(
    qtbot, opened: AppController, tmp_path: Path
) -> None:
    window, workspace, feature = opened.main_window, opened.workspace, _feature(opened)
    assert window is not None and workspace is not None
    kept = workspace.journal.create("Back again", "From the backup.")
    key_file, public_key = _key_pair(tmp_path)
    backup = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        tmp_path / "b.tend.age",
        recipients=[public_key],
    ).path
    workspace.journal.delete_forever([kept.id])
    window.journal_page.load()
    assert window.journal_page.model.row_of(kept.id) is None

    feature.restore_action.trigger()
    dialog = feature.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.backup_file.edit.setText(str(backup))
    dialog.key_file.edit.setText(str(key_file))
    dialog.check.click()
    qtbot.waitUntil(dialog.start.isEnabled, timeout=10_000)
    with qtbot.waitSignal(feature.data_changed, timeout=10_000):
        dialog.start.click()

    qtbot.waitUntil(lambda: window.journal_page.model.row_of(kept.id) is not None)
    assert workspace.journal.get(kept.id).title == "Back again"


def _open_with_auto_backups(
    controller: AppController, context: AppContext, folder: Path, clock: MovableClock
) -> BackupFeature:
    _, public_key = _key_pair(folder.parent)
    created = Vault.create(context.paths.vault, PASSPHRASE, TEST_PARAMS)
    update_auto_settings(
        context.paths.config_file,
        lambda _current: AutoBackupSettings(enabled=True, folder=str(folder), recipient=public_key),
    )
    context.clock = clock
    controller._open(created.vault)
    return _feature(controller)


def test_an_automatic_backup_runs_on_the_timer_and_a_failure_shows_in_the_banner(
    qtbot, controller: AppController, app_context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    clock = MovableClock(datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    feature = _open_with_auto_backups(controller, app_context, folder, clock)
    window = controller.main_window
    assert window is not None

    with qtbot.waitSignal(feature.auto_backup_finished, timeout=10_000) as finished:
        feature.timer.timeout.emit()
    assert finished.args[0] is not None
    assert (folder / backup_file_name(clock.now)).exists()

    folder.rename(tmp_path / "unplugged")  # the backup drive is gone
    clock.now += timedelta(days=1)
    with qtbot.waitSignal(app_context.notices.posted, timeout=10_000):
        feature.timer.timeout.emit()
    assert window.banner.isVisible()
    text = window.banner.text.text()
    assert text.startswith("The automatic backup didn't work:") and "isn't there" in text

    feature.auto_action.trigger()
    dialog = feature.dialog
    assert isinstance(dialog, AutoBackupSettingsDialog)
    assert "20 Nov 2026" in dialog.status.text() and "didn't work" in dialog.status.text()


def test_quitting_makes_the_backup_on_quit_first(
    qtbot,
    controller: AppController,
    app_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QApplication, "quit", lambda *args: None)
    folder = tmp_path / "backups"
    folder.mkdir()
    clock = MovableClock(datetime(2026, 11, 20, 18, 0, tzinfo=UTC))
    _open_with_auto_backups(controller, app_context, folder, clock)

    controller.quit()

    assert controller.workspace is None  # quit went on to lock the journal
    assert [path.name for path in folder.iterdir()] == [backup_file_name(clock.now)]


def test_a_failing_backup_on_quit_never_keeps_tend_open(
    qtbot,
    controller: AppController,
    app_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    clock = MovableClock(datetime(2026, 11, 20, 18, 0, tzinfo=UTC))
    feature = _open_with_auto_backups(controller, app_context, tmp_path / "backups", clock)

    def broken(timeout_ms: int = 0) -> bool:
        raise RuntimeError("broken")

    monkeypatch.setattr(feature, "on_quit", broken)
    controller.quit()

    assert quits == [True] and controller.workspace is None
