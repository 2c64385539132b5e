"""Round trips: backed up and restored into a new vault, every field is equal; restored
again into the same vault, nothing is duplicated; edits on both sides lose nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.core.backup import (
    Identities,
    create_backup,
    open_backup_file,
    preview_restore,
    restore_into,
    restore_into_new_vault,
)
from app.core.backup.errors import RestoreTargetError
from app.core.clock import fixed_clock
from app.core.kdf import TEST_PARAMS
from app.core.progress import OperationCancelled
from app.core.vault import VaultFiles
from app.core.workspace import Workspace
from tests.core.backup.helpers import (
    all_checkins,
    all_entries,
    all_settings,
    everything,
    fill,
    key_pair,
)
from tests.core.backup.watcher_data import all_contacts, all_prompts, all_results

BACKUP_DAY = datetime.fromisoformat("2026-11-20T10:00:00+00:00")


def _backup(workspace: Workspace, folder: Path, name: str = "b.tend.age"):
    pair = key_pair()
    result = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        folder / name,
        recipients=[pair.public_key],
        clock=fixed_clock(BACKUP_DAY),
    )
    return result, open_backup_file(result.path, Identities((pair.secret_key,)))


def test_restore_into_new_vault_is_equal_field_by_field(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    _check_every_kind_is_there(workspace)
    result, document = _backup(workspace, tmp_path)
    assert result.counts == {
        "entries": 4,
        "settings": 2,
        "activities": 14,
        "checkins": 3,
        "questionnaires": 3,
        "prompt_history": 3,
        "contacts": 3,
        "safety_plan": 1,
        "openings": 1,
        "search_people": 1,
    }

    created, summary = restore_into_new_vault(
        VaultFiles(tmp_path / "new"), "a new passphrase", document, TEST_PARAMS
    )
    restored = Workspace.open(created.vault)
    try:
        # Entries, tags, settings (the watcher's too), groups and activities (ids, names,
        # hidden, positions, default keys), check-ins (times in their own offsets, activity
        # and entry links), questionnaire results, past prompts (evidence, counts,
        # responses) and trusted contacts: as the services show them and as stored.
        assert everything(restored) == everything(workspace)
        exercise = restored.activities.with_key("exercise")
        assert exercise is not None and exercise.name == "Workout"
        by_section = {section.section: section for section in summary.sections}
        assert by_section["entries"].added == 4 and by_section["settings"].added == 2
        assert by_section["checkins"].added == 3
        for name in ("questionnaires", "prompt_history", "contacts"):
            assert by_section[name].added == 3 and by_section[name].changes == 3
        # The new journal's own defaults became the backup's: three new activities, three
        # defaults changed (renamed, hidden, and the two reordered people count once each).
        activities = by_section["activities"]
        assert (activities.added, activities.replaced) == (3, 4)
        assert activities.added + activities.replaced + activities.unchanged == 14
    finally:
        restored.lock()


def _check_every_kind_is_there(workspace: Workspace) -> None:
    """The filled vault holds every kind of data the round trips are meant to prove."""
    assert {result.kind for result in all_results(workspace)} == {"phq9", "who5"}
    assert any(result.follow_up is not None for result in all_results(workspace))
    prompts = all_prompts(workspace)
    assert {shown.prompt.kind for shown in prompts} == {"support", "crisis"}
    assert {shown.response for shown in prompts} == {"opened_support", "snoozed", None}
    assert all(shown.prompt.evidence for shown in prompts)
    assert any(e.phrase for shown in prompts for e in shown.prompt.evidence)
    assert any(e.value for shown in prompts for e in shown.prompt.evidence)
    settings = workspace.watcher.settings()
    assert settings.region == "gb" and settings.snoozed_until and settings.kinds_off
    assert len(all_contacts(workspace)) == 3


def test_restoring_into_a_new_vault_twice_more_changes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    _, document = _backup(workspace, tmp_path)
    created, _ = restore_into_new_vault(
        VaultFiles(tmp_path / "new"), "a new passphrase", document, TEST_PARAMS
    )
    restored = Workspace.open(created.vault)
    try:
        again = restore_into(restored.vault.database, document)
        third = restore_into(restored.vault.database, document)
        assert again.changes == 0 and third.changes == 0
        assert everything(restored) == everything(workspace)
    finally:
        restored.lock()


def test_restoring_the_same_backup_twice_duplicates_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    _, document = _backup(workspace, tmp_path)
    before = everything(workspace)

    first = restore_into(workspace.vault.database, document)
    second = restore_into(workspace.vault.database, document)

    assert first.changes == 0 and second.changes == 0
    assert everything(workspace) == before
    assert len(all_checkins(workspace)) == 3 and len(all_prompts(workspace)) == 3


def test_restore_into_an_emptied_vault_brings_back_deleted_entries(
    workspace: Workspace, tmp_path: Path
) -> None:
    entries = fill(workspace)
    _, document = _backup(workspace, tmp_path)
    workspace.journal.delete_forever([entries[0].id])

    summary = restore_into(workspace.vault.database, document)
    restore_into(workspace.vault.database, document)

    assert summary.sections[0].added == 1
    assert workspace.journal.get(entries[0].id) == entries[0]
    assert len(all_entries(workspace)) == 4


def test_an_entry_edited_after_the_backup_keeps_the_backup_version_as_a_copy(
    workspace: Workspace, tmp_path: Path
) -> None:
    entries = fill(workspace)
    _, document = _backup(workspace, tmp_path)
    workspace.journal.update(entries[2].id, body="Edited later, in the journal.")

    summary = restore_into(workspace.vault.database, document)
    again = restore_into(workspace.vault.database, document)

    current = workspace.journal.get(entries[2].id)
    assert current.body == "Edited later, in the journal."
    copies = [
        e for e in all_entries(workspace) if e.title == "Walk (copy from backup of 2026-11-20)"
    ]
    assert len(copies) == 1
    assert copies[0].body == "Sun out." and copies[0].created_at == entries[2].created_at
    assert summary.sections[0].added_as_copy == 1
    assert again.changes == 0


def test_a_newer_entry_in_the_backup_replaces_the_journal_version_which_is_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    entries = fill(workspace)
    _, document = _backup(workspace, tmp_path, "first.tend.age")
    # A second computer restores the backup and edits the entry later than this one did.
    created, _ = restore_into_new_vault(
        VaultFiles(tmp_path / "laptop"), "a new passphrase", document, TEST_PARAMS
    )
    tomorrow = fixed_clock(datetime.now().astimezone() + timedelta(days=1))
    laptop = Workspace.open(created.vault, clock=tomorrow)
    laptop.journal.update(entries[0].id, title="Interview, revised", body="Better than I thought.")
    _, newer = _backup(laptop, tmp_path, "laptop.tend.age")
    laptop.lock()
    # Meanwhile this computer changed the same entry, a little earlier.
    workspace.journal.update(entries[0].id, body="Written here, today.")

    summary = restore_into(workspace.vault.database, newer)
    again = restore_into(workspace.vault.database, newer)

    assert workspace.journal.get(entries[0].id).title == "Interview, revised"
    kept = [e for e in all_entries(workspace) if e.title.startswith("Interview (copy kept")]
    assert len(kept) == 1 and kept[0].body == "Written here, today."
    assert kept[0].title == "Interview (copy kept when restoring the backup of 2026-11-20)"
    assert summary.sections[0].replaced_keeping_copy == 1
    assert again.changes == 0


def test_preview_matches_what_restore_then_does_and_writes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    entries = fill(workspace)
    _, document = _backup(workspace, tmp_path)
    workspace.journal.delete_forever([entries[1].id])
    workspace.journal.update(entries[2].id, body="changed")
    before = all_entries(workspace)

    preview = preview_restore(workspace.vault.database, document)
    assert all_entries(workspace) == before
    applied = restore_into(workspace.vault.database, document)

    assert preview.sections == applied.sections
    assert "Entries: 1 new" in preview.lines()[0]


def test_cancelling_a_restore_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    entries = fill(workspace)
    _, document = _backup(workspace, tmp_path)
    workspace.journal.delete_forever([e.id for e in entries])

    def cancel(done: int, total: int) -> None:
        raise OperationCancelled

    with pytest.raises(OperationCancelled):
        restore_into(workspace.vault.database, document, progress=cancel)
    assert all_entries(workspace) == []


def test_settings_merge_keeps_the_journal_values(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace)
    _, document = _backup(workspace, tmp_path)
    from app.core.db.tables import SettingRow

    workspace.watcher.set_enabled(False)
    with workspace.vault.database.session() as session:
        session.delete(session.get(SettingRow, "reminders.times"))

    summary = restore_into(workspace.vault.database, document)

    assert all_settings(workspace)["reminders.times"] == ["09:00", "21:00"]
    assert workspace.watcher.settings().enabled is False
    assert summary.sections[1].added == 1 and summary.sections[1].kept_current == 1


def test_restore_into_new_vault_refuses_a_folder_with_a_journal(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    _, document = _backup(workspace, tmp_path)
    with pytest.raises(RestoreTargetError):
        restore_into_new_vault(workspace.vault.files, "a new passphrase", document, TEST_PARAMS)


def test_failed_restore_into_new_vault_leaves_no_vault(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    _, document = _backup(workspace, tmp_path)
    target = VaultFiles(tmp_path / "new")

    def fail(done: int, total: int) -> None:
        raise OperationCancelled

    with pytest.raises(OperationCancelled):
        restore_into_new_vault(target, "a new passphrase", document, TEST_PARAMS, progress=fail)
    assert not target.exists()
