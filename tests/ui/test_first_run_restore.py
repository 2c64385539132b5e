"""First run on a new computer: a new journal made from a backup, then the recovery key."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from app.core.backup import Passphrase, create_backup
from app.core.backup import keys as backup_keys
from app.core.checkins import CheckInValues
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.vault.first_run_window import FirstRunWindow
from tests.conftest import PASSPHRASE

OLD_PASSPHRASE = "the old computer's passphrase"
BACKUP_PASSPHRASE = "the backup's own passphrase"


def _old_journal_backup(folder: Path, **secret: Any) -> tuple[Path, str]:
    """A backup of another computer's journal: one entry and a check-in linked to it."""
    old = Workspace.open(
        Vault.create(VaultFiles(folder / "old"), OLD_PASSPHRASE, TEST_PARAMS).vault
    )
    try:
        entry = old.journal.create("From the old laptop", "Still here.")
        old.checkins.create(CheckInValues(mood=4, entry_id=entry.id))
        path = create_backup(
            old.vault.database, old.vault.vault_id, folder / "old.tend.age", **secret
        ).path
    finally:
        old.lock()
    return path, entry.id


def _first_run(controller: AppController, backup: Path, monkeypatch) -> FirstRunWindow:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(backup), ""))
    controller.start()
    window = controller.gate
    assert isinstance(window, FirstRunWindow)
    window.passphrase.setText(PASSPHRASE)
    window.confirm.setText(PASSPHRASE)
    return window


@pytest.mark.slow  # scrypt, on purpose slow, runs twice (backup and restore)
def test_a_new_journal_starts_from_a_passphrase_backup(
    qtbot, controller: AppController, app_context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    backup, entry_id = _old_journal_backup(tmp_path, passphrase=Passphrase(BACKUP_PASSPHRASE))
    window = _first_run(controller, backup, monkeypatch)

    window.restore_button.click()
    qtbot.waitUntil(lambda: window.secret_dialog is not None)  # its header is read first
    dialog = window.secret_dialog
    assert dialog is not None and dialog.passphrase.isVisibleTo(dialog)
    dialog.passphrase.setText(BACKUP_PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.recovery_key.text() != "", timeout=20_000)

    assert "Entries: 1 new" in window.restored_note.text()
    assert "Check-ins: 1 new" in window.restored_note.text()
    recovery_key = window.recovery_key.text()
    window.kept.setChecked(True)
    window.open_button.click()
    workspace = controller.workspace
    assert workspace is not None
    assert workspace.journal.get(entry_id).title == "From the old laptop"
    (checkin,) = workspace.checkins.list_between()
    assert checkin.entry_id == entry_id and checkin.mood == 4
    controller.lock()
    # The new journal opens with the passphrase chosen here and its own recovery key.
    Vault.open_with_passphrase(app_context.paths.vault, PASSPHRASE).lock()
    Vault.open_with_recovery_key(app_context.paths.vault, recovery_key).lock()


def test_a_key_file_backup_asks_for_the_key_and_a_wrong_one_leaves_no_journal(
    qtbot, controller: AppController, app_context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    pair, other = backup_keys.generate(), backup_keys.generate()
    now = datetime.now().astimezone()
    backup_keys.write_key_file(tmp_path / "right.txt", pair, now)
    backup_keys.write_key_file(tmp_path / "wrong.txt", other, now)
    backup, entry_id = _old_journal_backup(tmp_path, recipients=[pair.public_key])
    window = _first_run(controller, backup, monkeypatch)

    window.restore_button.click()
    qtbot.waitUntil(lambda: window.secret_dialog is not None)  # its header is read first
    dialog = window.secret_dialog
    assert dialog is not None and dialog.key_file.isVisibleTo(dialog)
    assert not dialog.passphrase.isVisibleTo(dialog)
    dialog.key_file.edit.setText(str(tmp_path / "wrong.txt"))
    dialog.restore_button.click()
    qtbot.waitUntil(window.error.isVisible, timeout=10_000)
    assert "key file" in window.error.text()
    assert not app_context.paths.vault.exists()
    assert window.create_button.isEnabled() and window.restore_button.isEnabled()

    window.restore_button.click()
    qtbot.waitUntil(lambda: window.secret_dialog is not None)
    dialog = window.secret_dialog
    assert dialog is not None
    dialog.key_file.edit.setText(str(tmp_path / "right.txt"))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.recovery_key.text() != "", timeout=10_000)
    window.kept.setChecked(True)
    window.open_button.click()
    assert controller.workspace is not None
    assert controller.workspace.journal.get(entry_id).body == "Still here."


def test_restoring_needs_a_passphrase_for_the_new_journal_first(
    qtbot, controller: AppController, app_context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: asked.append(True) or ("", "")
    )
    controller.start()
    window = controller.gate
    assert isinstance(window, FirstRunWindow)
    window.restore_button.click()
    assert "First choose a passphrase" in window.error.text() and asked == []
    window.passphrase.setText(PASSPHRASE)
    window.confirm.setText(PASSPHRASE + "!")
    window.restore_button.click()
    assert "different" in window.error.text() and asked == []
