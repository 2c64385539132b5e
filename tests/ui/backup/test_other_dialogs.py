"""Restore, import, export and automatic-backup settings dialogs, driven as a person would."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app.core.backup import (
    create_backup,
    open_backup_file,
)
from app.core.backup import keys as backup_keys
from app.core.backup.auto_settings import AutoBackupSettings
from app.core.backup.header_probe import file_needs_passphrase
from app.core.export.entries_csv import export_entries_csv
from app.core.export.markdown import export_markdown
from app.core.importers import JournalImportSink, StoredCheckInWriter, import_batch
from app.core.workspace import Workspace
from app.ui.backup.auto_settings_dialog import AutoBackupSettingsDialog
from app.ui.backup.export_dialog import ExportDialog
from app.ui.backup.import_dialog import ImportDialog
from app.ui.backup.restore_dialog import RestoreDialog
from app.ui.tasks import TaskRunner
from tests.core.importers.helpers import DATA


def _restore_dialog(qtbot, workspace: Workspace) -> RestoreDialog:
    dialog = RestoreDialog(
        TaskRunner(),
        needs_passphrase=file_needs_passphrase,
        open_backup=open_backup_file,
        preview=workspace.preview_restore,
        restore=workspace.restore,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_restore_shows_what_will_change_before_changing_it(qtbot, workspace, tmp_path) -> None:
    entry = workspace.journal.create("Kept safe", "In the backup.")
    pair = backup_keys.generate()
    key_file = tmp_path / "key.txt"
    backup_keys.write_key_file(key_file, pair, datetime.now().astimezone())
    backup = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        tmp_path / "b.tend.age",
        recipients=[pair.public_key],
    ).path
    workspace.journal.delete_forever([entry.id])
    dialog = _restore_dialog(qtbot, workspace)

    dialog.backup_file.edit.setText(str(backup))
    qtbot.waitUntil(lambda: dialog.key_file.isVisibleTo(dialog))  # read from its header
    assert not dialog.passphrase.isVisibleTo(dialog)
    dialog.key_file.edit.setText(str(key_file))
    dialog.check.click()
    qtbot.waitUntil(dialog.start.isEnabled, timeout=10_000)

    assert "Entries: 1 new" in dialog.summary.toPlainText()
    assert workspace.journal.count() == 0  # nothing changed yet
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        dialog.start.click()
    assert workspace.journal.get(entry.id).title == "Kept safe"


def test_restore_explains_a_damaged_file(qtbot, workspace, tmp_path) -> None:
    pair = backup_keys.generate()
    key_file = tmp_path / "key.txt"
    backup_keys.write_key_file(key_file, pair, datetime.now().astimezone())
    backup = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        tmp_path / "b.tend.age",
        recipients=[pair.public_key],
    ).path
    backup.write_bytes(backup.read_bytes() + b"!")
    dialog = _restore_dialog(qtbot, workspace)
    dialog.backup_file.edit.setText(str(backup))
    dialog.key_file.edit.setText(str(key_file))
    dialog.check.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "extra bytes" in dialog.message.text()
    assert not dialog.start.isEnabled()


def test_import_asks_for_renamed_daylio_moods_then_imports(qtbot, workspace) -> None:
    writer = StoredCheckInWriter(workspace.vault.database)
    sink = JournalImportSink(workspace.journal, checkin_writer=writer)
    dialog = ImportDialog(TaskRunner(), lambda batch, progress: import_batch(batch, sink, progress))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(0)
    dialog.source.edit.setText(str(DATA / "daylio-export-renamed-moods.csv"))
    dialog.read.click()
    qtbot.waitUntil(lambda: bool(dialog.mood_boxes), timeout=10_000)

    assert set(dialog.mood_boxes) == {"super", "so-so", "down"}
    assert not dialog.start.isEnabled()
    for label, value in {"super": 5, "so-so": 3, "down": 2}.items():
        dialog.mood_boxes[label].setValue(value)
    assert "Check-ins: 3" in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start.click()
    assert sorted(c.mood for c in workspace.checkins.list_between()) == [2, 3, 5]


def test_import_preview_for_day_one(qtbot, workspace) -> None:
    sink = JournalImportSink(workspace.journal)
    dialog = ImportDialog(TaskRunner(), lambda batch, progress: import_batch(batch, sink, progress))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(2)
    dialog.source.edit.setText(str(DATA / "dayone-export.zip"))
    dialog.read.click()
    qtbot.waitUntil(dialog.start.isEnabled, timeout=10_000)
    assert "Entries: 3" in dialog.preview.toPlainText()
    assert "New year, new plan" in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start.click()
    assert workspace.journal.count() == 3


def test_export_needs_the_warning_acknowledged(qtbot, workspace, tmp_path) -> None:
    workspace.journal.create("One", "Entry.")
    dialog = ExportDialog(
        TaskRunner(),
        lambda folder, progress: export_markdown(workspace.journal, folder, progress),
        lambda path, progress: export_entries_csv(workspace.journal, path, progress),
        tmp_path,
    )
    qtbot.addWidget(dialog)
    assert not dialog.start.isEnabled()
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        dialog.start.click()
    assert blocker.args[0] == "markdown" and blocker.args[2] == 1
    assert len(list((tmp_path / "tend-export").iterdir())) == 1


def test_auto_settings_generate_a_key_and_save(qtbot, tmp_path) -> None:
    saved: list[AutoBackupSettings] = []
    earlier = datetime.now().astimezone() - timedelta(days=1)
    settings = AutoBackupSettings(
        last_success_at=earlier.isoformat(),
        last_failure_at=(earlier + timedelta(hours=2)).isoformat(),
        last_failure_message="The backup folder isn't there.",
    )

    def generate(path: Path) -> str:
        pair = backup_keys.generate()
        backup_keys.write_key_file(path, pair, datetime.now().astimezone())
        return pair.public_key

    dialog = AutoBackupSettingsDialog(settings, saved.append, generate, tmp_path)
    qtbot.addWidget(dialog)
    assert "didn't work" in dialog.status.text() and "isn't there" in dialog.status.text()

    dialog.write_key_to(tmp_path / "key.txt")
    assert dialog.public_key.text().startswith("age1")
    assert "somewhere other than this computer" in dialog.message.text()
    dialog.enabled.setChecked(True)
    dialog.folder.edit.setText(str(tmp_path))
    dialog.keep.setValue(5)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    (chosen,) = saved
    assert chosen.enabled and chosen.keep == 5 and chosen.folder == str(tmp_path)
    assert chosen.recipient == dialog.public_key.text()
    assert (
        backup_keys.public_key_of(backup_keys.read_key_file(tmp_path / "key.txt")[0])
        == chosen.recipient
    )


def test_choosing_a_backup_reads_its_header_off_the_ui_thread(qtbot, workspace, tmp_path) -> None:
    import threading

    asked_on: list[threading.Thread] = []

    def needs(path):
        asked_on.append(threading.current_thread())
        return file_needs_passphrase(path)

    dialog = RestoreDialog(
        TaskRunner(),
        needs_passphrase=needs,
        open_backup=open_backup_file,
        preview=workspace.preview_restore,
        restore=workspace.restore,
    )
    qtbot.addWidget(dialog)
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("just notes\n")
    dialog.backup_file.edit.setText(str(not_a_backup))
    qtbot.waitUntil(lambda: "isn't a Tend backup" in dialog.message.text())
    assert asked_on and threading.current_thread() not in asked_on
