"""Openings and people in backups: round trip into a new journal, merge by id into the
open one (adding what it lacks, keeping its own versions), and strict checks."""

from __future__ import annotations

import copy
import gzip
import json
from datetime import date, datetime, timedelta, timezone
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
from app.core.backup.document import BackupDocument, parse_document
from app.core.backup.errors import BackupSchemaError
from app.core.clock import fixed_clock
from app.core.jobsearch import Stage, Via
from app.core.kdf import TEST_PARAMS
from app.core.vault import VaultFiles
from app.core.workspace import Workspace
from tests.core.backup.helpers import key_pair
from tests.core.backup.test_document_schema import DOCUMENT, ENTRY
from tests.support.clock import ManualClock

BACKUP_DAY = datetime.fromisoformat("2026-11-20T10:00:00+00:00")
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def space(vault) -> Workspace:
    return Workspace.open(vault, ManualClock(NOW))


def _fill(space: Workspace) -> dict[str, str]:
    jobs = space.jobs
    entry = space.journal.create("Panel notes", "They asked about data.")
    opening = jobs.openings.add("Data analyst", "Harbour Trust", via=Via.PERSON, note="ünïcode ✓")
    jobs.move_opening(opening.id, Stage.APPLIED, date(2026, 11, 2))
    jobs.move_opening(opening.id, Stage.INTERVIEWING, date(2026, 11, 10))
    jobs.openings.link_entry(opening.id, entry.id)
    person = jobs.people.add("Sam", "old team", date(2026, 11, 1))
    jobs.people.link_opening(person.id, opening.id)
    return {"opening": opening.id, "person": person.id, "entry": entry.id}


def _backup(space: Workspace, folder: Path) -> tuple[BackupDocument, dict[str, Any]]:
    pair = key_pair()
    result = create_backup(
        space.vault.database,
        space.vault.vault_id,
        folder / "b.tend.age",
        recipients=[pair.public_key],
        clock=fixed_clock(BACKUP_DAY),
    )
    identities = Identities((pair.secret_key,))
    raw = json.loads(gzip.decompress(decrypt(result.path.read_bytes(), identities)))
    return open_backup_file(result.path, identities), raw


@pytest.fixture
def backed_up(space: Workspace, tmp_path: Path) -> tuple[dict[str, str], BackupDocument]:
    """The ids of a filled job search, and a backup made of it."""
    ids = _fill(space)
    document, _ = _backup(space, tmp_path)
    return ids, document


def _changes(summary: Any, name: str) -> Any:
    return next(s for s in summary.sections if s.section == name)


def test_openings_and_people_round_trip_into_a_new_journal(
    space: Workspace, tmp_path: Path
) -> None:
    ids = _fill(space)
    before_opening = space.jobs.openings.get(ids["opening"])
    before_person = space.jobs.people.get(ids["person"])
    document, raw = _backup(space, tmp_path)
    (item,) = raw["sections"]["openings"]["items"]
    assert [stage["stage"] for stage in item["stages"]] == ["noticed", "applied", "interviewing"]
    assert item["entry_ids"] == [ids["entry"]]
    assert raw["sections"]["search_people"]["items"][0]["opening_ids"] == [ids["opening"]]

    created, summary = restore_into_new_vault(
        VaultFiles(tmp_path / "new"), "a new passphrase", document, TEST_PARAMS
    )
    try:
        restored = Workspace.open(created.vault, ManualClock(NOW))
        assert restored.jobs.openings.get(ids["opening"]) == before_opening
        assert restored.jobs.people.get(ids["person"]) == before_person
        assert _changes(summary, "openings").added == 1
        assert _changes(summary, "search_people").added == 1
        again = restore_into(created.vault.database, document)
        assert _changes(again, "openings").unchanged == 1
        assert again.changes == 0
    finally:
        created.vault.lock()


def test_a_merge_adds_missing_stage_changes_and_keeps_the_journals_words(
    space: Workspace, backed_up: tuple[dict[str, str], BackupDocument]
) -> None:
    ids, document = backed_up
    # After the backup: one stage change taken back, the role reworded, one opening deleted.
    opening = space.jobs.openings.get(ids["opening"])
    interview = opening.history[-1]
    space.jobs.openings.remove_stage_change(opening.id, interview.id)
    space.jobs.openings.edit(opening.id, role="Senior data analyst")
    other = space.jobs.openings.add("Planner", "Quay")

    summary = restore_into(space.vault.database, document)

    merged = space.jobs.openings.get(opening.id)
    assert merged.role == "Senior data analyst"
    assert [change.id for change in merged.history] == [c.id for c in opening.history]
    assert _changes(summary, "openings").kept_current == 1
    assert space.jobs.openings.get(other.id).role == "Planner"


def _restore_counting_openings(space: Workspace, document: BackupDocument) -> tuple[int, int, int]:
    """Preview, then restore; returns the openings' (new, already here, kept as in the
    journal) counts, which the preview must have given too."""
    previewed = _changes(preview_restore(space.vault.database, document), "openings")
    restored = _changes(restore_into(space.vault.database, document), "openings")
    assert previewed == restored
    return restored.added, restored.unchanged, restored.kept_current


def test_an_opening_with_fewer_stages_gains_the_missing_ones_and_counts_once_as_changed(
    space: Workspace, backed_up: tuple[dict[str, str], BackupDocument]
) -> None:
    ids, document = backed_up
    full = space.jobs.openings.get(ids["opening"])
    # Two stage changes taken back after the backup; the opening's words stay the same.
    for change in full.history[1:]:
        space.jobs.openings.remove_stage_change(full.id, change.id)
    assert len(space.jobs.openings.get(full.id).history) == 1

    counts = _restore_counting_openings(space, document)

    merged = space.jobs.openings.get(full.id)
    assert [change.id for change in merged.history] == [change.id for change in full.history]
    assert counts == (0, 0, 1)


def test_an_opening_missing_an_entry_link_gets_it_back_and_counts_once_as_changed(
    space: Workspace, backed_up: tuple[dict[str, str], BackupDocument]
) -> None:
    ids, document = backed_up
    space.jobs.openings.unlink_entry(ids["opening"], ids["entry"])

    counts = _restore_counting_openings(space, document)

    assert space.jobs.openings.get(ids["opening"]).entry_ids == (ids["entry"],)
    assert counts == (0, 0, 1)


def test_an_opening_the_journal_already_has_unchanged_is_counted_as_already_here(
    space: Workspace, backed_up: tuple[dict[str, str], BackupDocument]
) -> None:
    ids, document = backed_up
    before = space.jobs.openings.get(ids["opening"])

    counts = _restore_counting_openings(space, document)

    assert space.jobs.openings.get(ids["opening"]) == before
    assert counts == (0, 1, 0)


def test_a_deleted_opening_comes_back_from_the_backup_with_its_links(
    space: Workspace, backed_up: tuple[dict[str, str], BackupDocument]
) -> None:
    ids, document = backed_up
    space.jobs.delete_opening(ids["opening"])

    summary = restore_into(space.vault.database, document)

    assert _changes(summary, "openings").added == 1
    back = space.jobs.openings.get(ids["opening"])
    assert back.entry_ids == (ids["entry"],)
    assert space.jobs.people.get(ids["person"]).opening_ids == (ids["opening"],)


def test_an_old_backup_without_the_sections_restores_as_before(
    space: Workspace, tmp_path: Path
) -> None:
    ids = _fill(space)
    old = parse_document(copy.deepcopy(DOCUMENT))
    assert "openings" not in old.records

    restore_into(space.vault.database, old)

    assert space.jobs.openings.get(ids["opening"]).role == "Data analyst"


def _with_openings(items: list[dict[str, Any]]) -> dict[str, Any]:
    document = copy.deepcopy(DOCUMENT)
    document["sections"]["openings"] = {"version": 1, "items": items}
    return document


GOOD = {
    "id": "5b0e9c1e-2f7a-4d7e-9a51-2f0c8a3c1d11",
    "role": "Analyst",
    "created_at": "2026-11-01T09:00:00+01:00",
    "updated_at": "2026-11-01T09:00:00+01:00",
    "stages": [
        {
            "id": "7d3a4c5b-1e2f-4a6b-8c9d-0e1f2a3b4c5d",
            "stage": "noticed",
            "day": "2026-11-01",
            "recorded_at": "2026-11-01T09:00:00+01:00",
        }
    ],
}


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda item: item.update(via="fax"), "sections.openings.items[0].via"),
        (lambda item: item.update(stages=[]), "sections.openings.items[0].stages"),
        (lambda item: item["stages"][0].update(stage="hired"), "stages[0].stage"),
        (lambda item: item["stages"][0].update(day="14/03/2026"), "stages[0].day"),
        (lambda item: item.update(salary=100), "items[0].salary"),
        (
            lambda item: item.update(entry_ids=["5b0e9c1e-2f7a-4d7e-9a51-2f0c8a3c1d99"]),
            "entry_ids[0]",
        ),
    ],
)
def test_a_wrong_opening_is_refused_naming_its_path(change, path: str) -> None:
    item = copy.deepcopy(GOOD)
    change(item)

    with pytest.raises(BackupSchemaError) as raised:
        parse_document(_with_openings([item]))

    assert path in str(raised.value)


def test_a_well_formed_opening_is_accepted() -> None:
    document = parse_document(_with_openings([copy.deepcopy(GOOD)]))

    assert len(document.records["openings"]) == 1


PERSON = {
    "id": "2a4b6c8d-1e3f-4a5b-8c7d-9e0f1a2b3c4d",
    "name": "Sam",
    "how_we_met": "old team",
    "created_at": "2026-11-01T09:00:00+00:00",
    "opening_ids": [GOOD["id"]],
}
UNKNOWN_ID = "5b0e9c1e-2f7a-4d7e-9a51-2f0c8a3c1d99"
NO_ENTRY = "no entry in the backup's entries section has this id"
NO_OPENING = "no opening in the backup's openings section has this id"


def _linked_document(
    opening_entry_ids: list[str], person_opening_ids: list[str], *, with_openings: bool = True
) -> dict[str, Any]:
    document = _with_openings([{**copy.deepcopy(GOOD), "entry_ids": opening_entry_ids}])
    if not with_openings:
        del document["sections"]["openings"]
    person = {**copy.deepcopy(PERSON), "opening_ids": person_opening_ids}
    document["sections"]["search_people"] = {"version": 1, "items": [person]}
    return document


def test_links_to_records_the_backup_holds_are_accepted() -> None:
    document = parse_document(_linked_document([ENTRY["id"]], [GOOD["id"]]))

    assert document.records["openings"][0].entry_ids == (ENTRY["id"],)
    assert document.records["search_people"][0].opening_ids == (GOOD["id"],)


@pytest.mark.parametrize(
    ("document", "path", "problem"),
    [
        (
            _linked_document([ENTRY["id"], UNKNOWN_ID], [GOOD["id"]]),
            "sections.openings.items[0].entry_ids[1]",
            NO_ENTRY,
        ),
        (
            _linked_document([ENTRY["id"]], [GOOD["id"], UNKNOWN_ID]),
            "sections.search_people.items[0].opening_ids[1]",
            NO_OPENING,
        ),
        (
            _linked_document([], [GOOD["id"]], with_openings=False),
            "sections.search_people.items[0].opening_ids[0]",
            NO_OPENING,
        ),
    ],
    ids=["opening-to-entry", "person-to-opening", "person-to-opening-without-openings"],
)
def test_a_link_to_a_record_the_backup_lacks_names_the_section_and_the_id(
    document: dict[str, Any], path: str, problem: str
) -> None:
    with pytest.raises(BackupSchemaError) as raised:
        parse_document(document)

    assert (raised.value.path, raised.value.problem) == (path, problem)
    # The message names where the link is and what it should point to, never journal text.
    for words in (GOOD["role"], PERSON["name"], PERSON["how_we_met"], ENTRY["body"]):
        assert words not in str(raised.value)
