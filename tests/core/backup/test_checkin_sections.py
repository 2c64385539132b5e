"""Activities and check-ins in backups: merged by stable ids, links resolved, nothing doubled,
and the newer version of a check-in edited on both sides wins."""

from __future__ import annotations

import copy
import gzip
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.core.backup import (
    Identities,
    create_backup,
    open_backup_file,
    preview_restore,
    restore_into,
    restore_into_new_vault,
)
from app.core.backup.document import read_document
from app.core.backup.errors import BackupSchemaError
from app.core.checkins import CheckInValues
from app.core.clock import fixed_clock
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.core.backup.helpers import all_activities, all_checkins, fill, key_pair
from tests.core.backup.test_document_schema import DOCUMENT, ENTRY

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
    return open_backup_file(result.path, Identities((pair.secret_key,)))


def _open_new_vault(folder: Path) -> Workspace:
    return Workspace.open(Vault.create(VaultFiles(folder), "another passphrase", TEST_PARAMS).vault)


def test_restoring_into_a_journal_with_its_own_defaults_adds_no_duplicate_activity(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    document = _backup(workspace, tmp_path)
    other = _open_new_vault(tmp_path / "other")  # its defaults have other ids
    try:
        summary = restore_into(other.vault.database, document)
        again = restore_into(other.vault.database, document)

        names = [a.name for a in other.activities.all()]
        assert len(names) == len({name.casefold() for name in names})
        keys = [a.builtin_key for a in other.activities.all() if a.builtin_key]
        assert sorted(keys) == sorted(set(keys)) and len(keys) == 11
        # The journal's own defaults keep their names; the backup's new ones are added,
        # and the backup's "Exercise" (not the default) is told apart from the default.
        assert set(names) >= {"Exercise", "Drawing", "Guitar", "Exercise (from backup)"}
        assert len(names) == 14
        activities = next(s for s in summary.sections if s.section == "activities")
        assert activities.added == 3
        assert again.changes == 0
        # Each check-in links to the journal's activity, the default matched by its key.
        first = next(c for c in all_checkins(other) if c.mood == 2)
        rejection = other.activities.with_key("rejection")
        assert rejection is not None and rejection.id in first.activity_ids
        assert set(first.activities) == {"Rejection", "Exercise", "Drawing"}
        assert len(all_checkins(other)) == 3
    finally:
        other.lock()


def test_a_renamed_default_matches_its_default_by_key_not_another_activity_by_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    hobby = workspace.activities.with_key("hobby")
    assert hobby is not None
    workspace.activities.rename(hobby.id, "Reading")
    document = _backup(workspace, tmp_path)
    other = _open_new_vault(tmp_path / "other")
    try:
        custom = other.activities.add("reading", other.activities.list_grouped()[0].id)
        restore_into(other.vault.database, document)
        reading = [a for a in other.activities.all() if a.name.casefold() == "reading"]
        assert [a.id for a in reading] == [custom.id]  # the backup's hobby matched by key
        assert other.activities.with_key("hobby").name == "Hobby"  # type: ignore[union-attr]
    finally:
        other.lock()


def test_a_check_in_deleted_since_the_backup_comes_back_with_its_links(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    before = all_checkins(workspace)
    document = _backup(workspace, tmp_path)
    linked = next(c for c in before if c.mood == 2)
    workspace.checkins.delete(linked.id)

    preview = preview_restore(workspace.vault.database, document)
    applied = restore_into(workspace.vault.database, document)

    assert preview.sections == applied.sections
    assert "Check-ins: 1 new; 2 already here." in applied.lines()
    assert all_checkins(workspace) == before
    assert workspace.checkins.get(linked.id).entry_id == linked.entry_id


def test_a_check_in_edited_later_in_the_journal_keeps_the_journal_version(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    document = _backup(workspace, tmp_path)
    checkin = next(c for c in all_checkins(workspace) if c.mood == 4)
    workspace.checkins.edit(checkin.id, CheckInValues(mood=5, note="better, on reflection"))

    summary = restore_into(workspace.vault.database, document)

    assert workspace.checkins.get(checkin.id).mood == 5
    assert len(all_checkins(workspace)) == 3  # no copy: it would count twice in the day
    section = next(s for s in summary.sections if s.section == "checkins")
    assert (section.kept_current, section.replaced, section.added) == (1, 0, 0)
    assert "Check-ins: 2 already here; 1 kept as they are in your journal." in summary.lines()


def test_a_newer_check_in_in_the_backup_replaces_the_journal_version(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    document = _backup(workspace, tmp_path, "first.tend.age")
    checkin = next(c for c in all_checkins(workspace) if c.mood == 2)
    created, _ = restore_into_new_vault(
        VaultFiles(tmp_path / "laptop"), "a new passphrase", document, TEST_PARAMS
    )
    tomorrow = fixed_clock(datetime.now().astimezone() + timedelta(days=1))
    laptop = Workspace.open(created.vault, clock=tomorrow)
    drawing = next(a for a in laptop.activities.all() if a.name == "Drawing")
    laptop.checkins.edit(checkin.id, CheckInValues(mood=3, activity_ids=(drawing.id,)))
    newer = _backup(laptop, tmp_path, "laptop.tend.age")
    laptop.lock()
    workspace.checkins.edit(checkin.id, CheckInValues(mood=1))  # earlier than the laptop

    summary = restore_into(workspace.vault.database, newer)
    again = restore_into(workspace.vault.database, newer)

    restored = workspace.checkins.get(checkin.id)
    assert (restored.mood, restored.activities, restored.note) == (3, ("Drawing",), "")
    assert len(all_checkins(workspace)) == 3
    section = next(s for s in summary.sections if s.section == "checkins")
    assert section.replaced == 1
    assert again.changes == 0


def test_activities_of_the_open_journal_keep_its_names_and_order(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace)
    document = _backup(workspace, tmp_path)
    workout = workspace.activities.with_key("exercise")
    assert workout is not None
    workspace.activities.rename(workout.id, "Gym")
    before = all_activities(workspace)

    summary = restore_into(workspace.vault.database, document)

    assert all_activities(workspace) == before
    assert "Activities: 13 already here; 1 kept as they are in your journal." in summary.lines()


# -- the document ----------------------------------------------------------------------

GROUP_ID = "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9"
ACTIVITY_ID = "2c3d4e5f-6071-4829-93a4-b5c6d7e8f901"
CHECKIN = {
    "id": "4e5f6071-8293-4a4b-8c6d-7e8f90112233",
    "at": "2026-11-19T08:30:00.000000-05:00",
    "mood": 2,
    "energy": None,
    "interest": 3,
    "focus": None,
    "sleep_hours": 7.5,
    "activity_ids": [ACTIVITY_ID],
    "activities": ["Walk"],
    "note": "",
    "entry_id": ENTRY["id"],
    "updated_at": "2026-11-19T08:31:00.000000-05:00",
}


def _document(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(DOCUMENT)
    activity = {"id": ACTIVITY_ID, "name": "Walk", "hidden": False, "position": 0}
    group = {"id": GROUP_ID, "name": "Outside", "position": 0, "activities": [activity]}
    document["sections"]["activities"] = {"version": 1, "items": [group]}
    document["sections"]["checkins"] = {"version": 1, "items": [copy.deepcopy(CHECKIN)]}
    for dotted, value in changes.items():
        target: Any = document["sections"]
        steps = [int(step) if step.isdigit() else step for step in dotted.split("__")]
        for step in steps[:-1]:
            target = target[step]
        target[steps[-1]] = value
    return document


def _read(document: dict[str, Any]):
    return read_document(gzip.compress(json.dumps(document).encode()))


def test_a_check_in_keeps_its_time_in_its_own_offset() -> None:
    (record,) = _read(_document()).records["checkins"]
    assert record.checkin.at.isoformat() == "2026-11-19T08:30:00-05:00"
    assert record.checkin.day.isoformat() == "2026-11-19"
    assert record.checkin.activity_ids == (ACTIVITY_ID,)
    (activity,) = _read(_document()).records["activities"]
    assert (activity.name, activity.group_id) == ("Walk", GROUP_ID)


@pytest.mark.parametrize(
    ("changes", "path", "words"),
    [
        (
            {"checkins__items__0__activity_ids": ["9e5f6071-8293-4a4b-8c6d-7e8f90112233"]},
            "sections.checkins.items[0].activity_ids[0]",
            "no activity",
        ),
        (
            {"checkins__items__0__entry_id": "9e5f6071-8293-4a4b-8c6d-7e8f90112233"},
            "sections.checkins.items[0].entry_id",
            "no entry",
        ),
        ({"checkins__items__0__mood": 6}, "sections.checkins.items[0].mood", "from 1 to 5"),
        ({"checkins__items__0__focus": 2.5}, "sections.checkins.items[0].focus", "whole"),
        ({"checkins__items__0__sleep_hours": 25}, "sections.checkins.items[0].sleep_hours", "24"),
        (
            {"checkins__items__0__sleep_hours": "7"},
            "sections.checkins.items[0].sleep_hours",
            "number",
        ),
        (
            {"checkins__items__0__at": "2026-11-19T08:30:00"},
            "sections.checkins.items[0].at",
            "offset",
        ),
        ({"checkins__items__0__note": "x" * 1001}, "sections.checkins.items[0].note", "longer"),
        (
            {"checkins__items__0__weather": "rain"},
            "sections.checkins.items[0].weather",
            "isn't part",
        ),
        (
            {"checkins__items__0__activity_ids": [ACTIVITY_ID, ACTIVITY_ID]},
            "sections.checkins.items[0].activity_ids",
            "twice",
        ),
        (
            {"activities__items__0__activities__0__name": ""},
            "sections.activities.items[0].activities[0].name",
            "empty",
        ),
        (
            {"activities__items__0__activities__0__hidden": "no"},
            "sections.activities.items[0].activities[0].hidden",
            "true or false",
        ),
        (
            {"activities__items__0__name": "y" * 61},
            "sections.activities.items[0].name",
            "longer than 60",
        ),
    ],
)
def test_a_wrong_field_is_refused_with_its_path(
    changes: dict[str, Any], path: str, words: str
) -> None:
    with pytest.raises(BackupSchemaError) as caught:
        _read(_document(**changes))
    assert caught.value.path == path
    assert words in caught.value.problem


def test_two_activities_with_one_name_are_refused() -> None:
    document = _document()
    group = document["sections"]["activities"]["items"][0]
    group["activities"].append(
        {"id": "3d4e5f60-7182-4939-a4b5-c6d7e8f90112", "name": "WALK", "position": 1}
    )
    with pytest.raises(BackupSchemaError) as caught:
        _read(document)
    assert caught.value.path == "sections.activities.items[0].activities[1].name"
    assert "twice" in caught.value.problem
