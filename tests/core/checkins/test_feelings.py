"""Feeling words with a check-in: from the fixed list, in the order chosen, kept on edit,
gone with the check-in, and carried through backups and exports."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.backup import Identities, create_backup, open_backup_file, restore_into
from app.core.checkins import CheckInValues
from app.core.checkins.feelings import MAX_FEELINGS, clean_feelings, feeling_groups
from app.core.clock import fixed_clock
from app.core.errors import UsageError
from app.core.export.checkins_csv import export_checkins_csv
from app.core.workspace import Workspace
from tests.core.backup.helpers import key_pair

MOMENT = datetime(2026, 3, 14, 9, 45).astimezone()


def test_the_list_is_grouped_by_the_four_scales_and_has_no_repeats() -> None:
    groups = feeling_groups()
    assert [group.scale for group in groups] == ["mood", "energy", "interest", "focus"]
    words = [word for group in groups for word in group.words]
    assert len(words) == len(set(words))
    assert all(word == word.lower().strip() and word for word in words)


def test_words_are_tidied_kept_once_and_checked_against_the_list() -> None:
    assert clean_feelings([" Hopeful", "tired", "hopeful", ""]) == ("hopeful", "tired")
    with pytest.raises(UsageError, match="“gloomy” isn't one of the feeling words"):
        clean_feelings(["gloomy"])
    too_many = [word for group in feeling_groups() for word in group.words][: MAX_FEELINGS + 1]
    with pytest.raises(UsageError, match=f"up to {MAX_FEELINGS} feeling words"):
        clean_feelings(too_many)


def test_a_checkin_keeps_its_words_in_the_order_chosen(workspace: Workspace) -> None:
    saved = workspace.checkins.backfill(
        CheckInValues(mood=2, feelings=("tired", "Hopeful")), MOMENT
    )
    assert saved.feelings == ("tired", "hopeful")
    assert workspace.checkins.get(saved.id).feelings == ("tired", "hopeful")
    # Words alone are enough to save a check-in.
    alone = workspace.checkins.backfill(CheckInValues(feelings=("calm",)), MOMENT)
    assert workspace.checkins.get(alone.id).feelings == ("calm",)


def test_editing_reorders_replaces_and_clears_words(workspace: Workspace) -> None:
    saved = workspace.checkins.backfill(CheckInValues(mood=2, feelings=("tired", "low")), MOMENT)
    edited = workspace.checkins.edit(saved.id, CheckInValues(mood=2, feelings=("low", "tired")))
    assert edited.feelings == ("low", "tired")
    edited = workspace.checkins.edit(saved.id, CheckInValues(mood=2, feelings=("calm",)))
    assert workspace.checkins.get(saved.id).feelings == ("calm",)
    cleared = workspace.checkins.edit(saved.id, CheckInValues(mood=2))
    assert cleared.feelings == ()


def test_deleting_a_checkin_deletes_its_words(workspace: Workspace) -> None:
    saved = workspace.checkins.backfill(CheckInValues(feelings=("tired",)), MOMENT)
    workspace.checkins.delete(saved.id)
    with workspace.vault.database.reader() as session:
        left = session.execute(text("SELECT count(*) FROM checkin_feelings")).scalar()
    assert left == 0


def test_exports_and_batches_carry_the_words(workspace: Workspace, tmp_path: Path) -> None:
    workspace.checkins.backfill(CheckInValues(mood=3, feelings=("curious", "tense")), MOMENT)
    workspace.checkins.backfill(CheckInValues(mood=4), MOMENT + timedelta(hours=1))
    [batch] = list(workspace.checkins.batches(10))
    assert [c.feelings for c in batch] == [("curious", "tense"), ()]
    target = tmp_path / "checkins.csv"
    export_checkins_csv(workspace.checkins, target)
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["feelings"] for row in rows] == ["curious | tense", ""]


def _backup(workspace: Workspace, folder: Path, name: str):  # type: ignore[no-untyped-def]
    pair = key_pair()
    result = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        folder / name,
        recipients=[pair.public_key],
        clock=fixed_clock(datetime.now().astimezone()),
    )
    return open_backup_file(result.path, Identities((pair.secret_key,)))


def test_backup_holds_the_words_and_restore_merges_them_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    saved = workspace.checkins.backfill(CheckInValues(mood=2, feelings=("low", "foggy")), MOMENT)
    document = _backup(workspace, tmp_path, "a.tend.age")
    [record] = document.records["checkins"]  # read back from the document's "feelings"
    assert record.checkin.feelings == ("low", "foggy")
    workspace.checkins.edit(saved.id, CheckInValues(mood=2))  # words dropped, then...
    workspace.checkins.delete(saved.id)  # ...the check-in deleted
    summary = restore_into(workspace.vault.database, document)
    assert workspace.checkins.get(saved.id).feelings == ("low", "foggy")
    assert restore_into(workspace.vault.database, document).changes == 0
    assert summary.changes == 1


def test_search_finds_checkins_by_feeling_words_and_notes(workspace: Workspace) -> None:
    tired = workspace.checkins.backfill(CheckInValues(mood=2, feelings=("tired",)), MOMENT)
    noted = workspace.checkins.backfill(
        CheckInValues(mood=3, note="Tired after the 100% effort interview"),
        MOMENT + timedelta(days=1),
    )
    workspace.checkins.backfill(CheckInValues(mood=4, feelings=("calm",)), MOMENT)
    search = workspace.checkins.search
    assert [c.id for c in search("tire")] == [noted.id, tired.id]  # newest first
    assert [c.id for c in search("tired interview")] == [noted.id]  # every word must match
    assert [c.id for c in search('"TIRED" AND 100%')] == [noted.id]  # operators as words
    assert search("%") == [] and search("   ") == []
