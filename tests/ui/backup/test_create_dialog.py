"""The create-backup dialog: a backup to a public key, checks before work, cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core.backup import Identities, create_backup, open_backup_file
from app.core.backup import keys as backup_keys
from app.core.workspace import Workspace
from app.ui.backup.create_dialog import CreateBackupDialog
from app.ui.tasks import TaskRunner


def _dialog(
    qtbot, workspace: Workspace, tmp_path: Path, public_key: str = ""
) -> CreateBackupDialog:
    runner = TaskRunner()
    vault = workspace.vault

    def create(destination, passphrase, recipients, progress):
        return create_backup(
            vault.database,
            vault.vault_id,
            destination,
            passphrase=passphrase,
            recipients=recipients,
            progress=progress,
        )

    dialog = CreateBackupDialog(
        runner, create, tmp_path, public_key=public_key, today=date(2026, 12, 31)
    )
    qtbot.addWidget(dialog)
    return dialog


def test_backing_up_to_a_public_key_writes_a_file_the_key_opens(qtbot, workspace, tmp_path) -> None:
    workspace.journal.create("Hello", "World")
    pair = backup_keys.generate()
    dialog = _dialog(qtbot, workspace, tmp_path, public_key=pair.public_key)
    dialog.destination.edit.setText(str(tmp_path / "mine.tend.age"))

    with qtbot.waitSignal(dialog.backup_created, timeout=10_000) as blocker:
        dialog.start.click()

    result = blocker.args[0]
    assert result.path == tmp_path / "mine.tend.age"
    document = open_backup_file(result.path, Identities((pair.secret_key,)))
    assert document.count("entries") == 1
    assert "saved and checked" in dialog.message.text()
    assert not dialog.progress.isVisible()


def test_different_passphrases_are_caught_before_any_work(qtbot, workspace, tmp_path) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path)
    dialog.passphrase.setText("first passphrase")
    dialog.repeat.setText("second passphrase")
    dialog.start.click()
    assert "different" in dialog.message.text()
    assert list(tmp_path.glob("*.tend.age")) == []


def test_a_bad_public_key_is_explained(qtbot, workspace, tmp_path) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path, public_key="age1notakey")
    dialog.start.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "isn't a backup public key" in dialog.message.text()
    assert list(tmp_path.glob("*.tend.age")) == []


def test_controls_have_accessible_names(qtbot, workspace, tmp_path) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path)
    for widget in (
        dialog.passphrase,
        dialog.repeat,
        dialog.public_key,
        dialog.destination.edit,
        dialog.start,
        dialog.with_key,
        dialog.with_passphrase,
    ):
        assert widget.accessibleName()


def test_a_common_backup_passphrase_is_refused_like_the_journals(
    qtbot, workspace, tmp_path
) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path)
    dialog.passphrase.setText("password")
    dialog.repeat.setText("password")
    assert dialog.strength.bar.value() == 1
    dialog.start.click()
    assert dialog.message.text().startswith("This is one of the most common passphrases.")
    assert list(tmp_path.glob("*.tend.age")) == []


def test_the_backup_file_is_named_after_the_clocks_day(qtbot, workspace, tmp_path) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path)
    assert dialog.destination.edit.text().endswith("tend-backup-2026-12-31.tend.age")
