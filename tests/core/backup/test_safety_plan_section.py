"""The safety plan in backups: kept whole, restored into a new journal, merged by the
newer update time, and old backups without the section still restore."""

from __future__ import annotations

import copy
import gzip
import json
from datetime import datetime, timedelta, timezone
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
from app.core.backup.crypto import decrypt
from app.core.backup.document import BackupDocument, parse_document, read_document
from app.core.backup.errors import BackupSchemaError
from app.core.clock import fixed_clock
from app.core.kdf import TEST_PARAMS
from app.core.safety_plan import SafetyPlan, SafetyPlanService
from app.core.vault import VaultFiles
from app.core.workspace import Workspace
from tests.core.backup.helpers import key_pair
from tests.core.backup.test_document_schema import DOCUMENT
from tests.support.crisis_text import reads_nothing

BACKUP_DAY = datetime.fromisoformat("2026-11-20T10:00:00+00:00")
PLUS_TWO = timezone(timedelta(hours=2))
WRITTEN = datetime(2026, 11, 10, 22, 40, 5, 123456, tzinfo=PLUS_TWO)
PLAN = SafetyPlan(
    warning_signs="Not answering messages; staying up all night",
    coping_on_my_own="Cold water on my face, the breathing app, a walk round the block",
    people_and_places="The library café; football on Sundays",
    people_to_ask="Sam, 07700 900123\nMum",
    professionals="Dr Rahman, 0161 496 0000; Samaritans 116 123",
    safer_surroundings="Pills stay at Mum's",
    reasons_for_living="My niece. The allotment. Seeing spring again. ünïcode ✓",
)


def _plans(workspace: Workspace, moment: datetime) -> SafetyPlanService:
    return SafetyPlanService(
        workspace.vault.database, fixed_clock(moment), read_crisis=reads_nothing
    )


def _backup(workspace: Workspace, folder: Path) -> tuple[BackupDocument, dict[str, Any]]:
    pair = key_pair()
    result = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        folder / "b.tend.age",
        recipients=[pair.public_key],
        clock=fixed_clock(BACKUP_DAY),
    )
    identities = Identities((pair.secret_key,))
    raw = json.loads(gzip.decompress(decrypt(result.path.read_bytes(), identities)))
    return open_backup_file(result.path, identities), raw


def _changes(summary: Any) -> Any:
    return next(s for s in summary.sections if s.section == "safety_plan")


def _document_with(plan_items: list[dict[str, Any]] | None) -> BackupDocument:
    document = copy.deepcopy(DOCUMENT)
    if plan_items is not None:
        document["sections"]["safety_plan"] = {"version": 1, "items": plan_items}
    return parse_document(document)


def _item(plan: SafetyPlan, at: datetime) -> dict[str, Any]:
    return {**dict(plan.steps()), "updated_at": at.isoformat()}


def test_the_plan_round_trips_into_a_new_journal_word_for_word_with_its_time(
    workspace: Workspace, tmp_path: Path
) -> None:
    saved = _plans(workspace, WRITTEN).save(PLAN)
    document, raw = _backup(workspace, tmp_path)
    (item,) = raw["sections"]["safety_plan"]["items"]
    assert item["reasons_for_living"] == PLAN.reasons_for_living
    assert item["updated_at"] == "2026-11-10T22:40:05.123456+02:00"

    created, summary = restore_into_new_vault(
        VaultFiles(tmp_path / "new"), "a new passphrase", document, TEST_PARAMS
    )
    try:
        restored = SafetyPlanService(created.vault.database, read_crisis=reads_nothing).get()
        assert restored == saved
        assert restored.updated_at is not None and restored.updated_at.utcoffset() == timedelta(
            hours=2
        )
        assert _changes(summary).added == 1
        again = restore_into(created.vault.database, document)
        assert _changes(again).unchanged == 1 and again.changes == 0
    finally:
        created.vault.lock()


def test_a_journal_without_a_plan_writes_an_empty_section(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, raw = _backup(workspace, tmp_path)
    assert raw["sections"]["safety_plan"] == {"version": 1, "items": []}


def test_an_old_backup_without_the_section_restores_and_leaves_the_plan_alone(
    workspace: Workspace, tmp_path: Path
) -> None:
    old = _document_with(None)
    assert "safety_plan" not in old.records
    created, summary = restore_into_new_vault(
        VaultFiles(tmp_path / "new"), "a new passphrase", old, TEST_PARAMS
    )
    try:
        assert (
            SafetyPlanService(created.vault.database, read_crisis=reads_nothing).get()
            == SafetyPlan()
        )
        assert _changes(summary).changes == 0
    finally:
        created.vault.lock()
    kept = _plans(workspace, WRITTEN).save(PLAN)
    restore_into(workspace.vault.database, old)
    assert workspace.safety_plan.get() == kept


def test_the_backups_newer_plan_replaces_the_journals_older_one(workspace: Workspace) -> None:
    _plans(workspace, WRITTEN).save(SafetyPlan(warning_signs="older words"))
    newer = WRITTEN + timedelta(days=3)
    document = _document_with([_item(PLAN, newer)])

    preview = preview_restore(workspace.vault.database, document)
    assert _changes(preview).replaced == 1
    assert workspace.safety_plan.get().warning_signs == "older words"  # a preview writes nothing

    summary = restore_into(workspace.vault.database, document)
    assert _changes(summary).replaced == 1
    restored = workspace.safety_plan.get()
    assert restored.same_words(PLAN) and restored.updated_at == newer
    assert any(line.startswith("Safety plan: 1 updated") for line in summary.lines())


@pytest.mark.parametrize("backup_offset", [timedelta(days=-3), timedelta(0)])
def test_the_journals_plan_is_kept_when_it_is_newer_or_as_new(
    workspace: Workspace, backup_offset: timedelta
) -> None:
    kept = _plans(workspace, WRITTEN).save(SafetyPlan(reasons_for_living="journal's words"))
    document = _document_with([_item(PLAN, WRITTEN + backup_offset)])
    summary = restore_into(workspace.vault.database, document)
    assert _changes(summary).kept_current == 1
    assert workspace.safety_plan.get() == kept


def test_an_emptied_plan_that_is_newer_stays_empty(workspace: Workspace) -> None:
    _plans(workspace, WRITTEN).save(PLAN)
    cleared = _plans(workspace, WRITTEN + timedelta(days=1)).save(SafetyPlan())
    restore_into(workspace.vault.database, _document_with([_item(PLAN, WRITTEN)]))
    assert workspace.safety_plan.get() == cleared


def test_the_same_words_at_another_time_count_as_already_here(workspace: Workspace) -> None:
    kept = _plans(workspace, WRITTEN).save(PLAN)
    summary = restore_into(
        workspace.vault.database, _document_with([_item(PLAN, WRITTEN + timedelta(days=9))])
    )
    assert _changes(summary).unchanged == 1 and _changes(summary).changes == 0
    assert workspace.safety_plan.get() == kept


def test_a_plan_with_only_some_steps_fills_the_rest_with_nothing() -> None:
    document = _document_with([{"reasons_for_living": "Tea", "updated_at": "2026-11-01T08:00Z"}])
    (plan,) = document.records["safety_plan"]
    assert plan.reasons_for_living == "Tea" and plan.warning_signs == ""


@pytest.mark.parametrize(
    ("items", "named", "words"),
    [
        ([{"warning_signs": "x"}], "safety_plan.items[0].updated_at", "missing"),
        ([{"warning_signs": 3, "updated_at": "2026-11-01T08:00Z"}], "warning_signs", "text"),
        (
            [{"updated_at": "2026-11-01T08:00Z", "mood": "x"}],
            "safety_plan.items[0].mood",
            "isn't part",
        ),
        (
            [{"updated_at": "2026-11-01T08:00Z"}, {"updated_at": "2026-11-02T08:00Z"}],
            "safety_plan.items",
            "1",
        ),
        ([{"updated_at": "yesterday"}], "safety_plan.items[0].updated_at", "time"),
    ],
)
def test_a_bad_plan_in_the_document_is_named_by_its_path(
    items: list[Any], named: str, words: str
) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["sections"]["safety_plan"] = {"version": 1, "items": items}
    with pytest.raises(BackupSchemaError) as raised:
        read_document(gzip.compress(json.dumps(document).encode()))
    assert named in str(raised.value) and words in str(raised.value)
