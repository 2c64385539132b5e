"""One tag key everywhere: "Über", "über" and "U\u0308ber" are one tag whether entries are
written one by one, many at once, imported or restored, and the first spelling stays."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.backup import Identities, create_backup, open_backup_file, restore_into
from app.core.clock import fixed_clock
from app.core.importers import JournalImportSink, import_batch
from app.core.importers.jrnl import parse_jrnl
from app.core.journal import EntryFilter
from app.core.journal.model import NewEntry, TagCount
from app.core.journal.tags import normalise_tags, tag_key
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.core.backup.helpers import key_pair

SPELLINGS = ("Über", "über", "U\u0308BER")  # the last: U plus a combining diaeresis
ONE_TAG = [TagCount("Über", 3)]


@pytest.fixture
def second(tmp_path: Path):
    vault = Vault.create(VaultFiles(tmp_path / "second"), PASSPHRASE, TEST_PARAMS).vault
    yield Workspace.open(vault)
    vault.lock()


def test_the_key_folds_case_and_composition() -> None:
    assert {tag_key(name) for name in SPELLINGS} == {"über"}
    assert tag_key("uber") != tag_key("über")
    assert normalise_tags(["#über ", "Über", "Work"]) == ["Work", "über"]


def test_create_puts_every_spelling_under_one_tag(workspace: Workspace) -> None:
    journal = workspace.journal
    made = [journal.create(body=f"entry {n}", tags=[name]) for n, name in enumerate(SPELLINGS)]

    assert journal.tags() == ONE_TAG
    assert [journal.get(entry.id).tags for entry in made] == [("Über",)] * 3
    assert journal.count(EntryFilter(tag="ÜBER")) == 3


def test_update_with_another_spelling_keeps_the_one_tag(workspace: Workspace) -> None:
    journal = workspace.journal
    entry = journal.create(body="x", tags=["Über"])
    journal.update(entry.id, tags=["über"])
    assert journal.get(entry.id).tags == ("Über",)
    assert journal.tags() == [TagCount("Über", 1)]


@pytest.mark.parametrize("batch_size", [1, 1000])
def test_create_many_agrees_with_create(workspace: Workspace, batch_size: int) -> None:
    drafts = [
        NewEntry(title="", body=f"entry {n}", tags=(name,)) for n, name in enumerate(SPELLINGS)
    ]
    workspace.journal.create_many(drafts, batch_size=batch_size)
    assert workspace.journal.tags() == ONE_TAG


def test_an_import_agrees_with_create(workspace: Workspace) -> None:
    workspace.journal.create(body="already here", tags=["Über"])
    document = {
        "tags": {},
        "entries": [
            {
                "title": "t",
                "body": f"b {n}",
                "date": "2026-02-02",
                "time": f"09:1{n}",
                "tags": [f"@{name}"],
                "starred": False,
            }
            for n, name in enumerate(SPELLINGS[1:])
        ],
    }
    batch = parse_jrnl(json.dumps(document).encode(), "jrnl.json", UTC)
    import_batch(batch, JournalImportSink(workspace.journal))
    assert workspace.journal.tags() == ONE_TAG


def test_a_restore_agrees_with_create(
    workspace: Workspace, second: Workspace, tmp_path: Path
) -> None:
    for n, name in enumerate(SPELLINGS[1:]):
        second.journal.create(body=f"in the backup {n}", tags=[name])
    pair = key_pair()
    result = create_backup(
        second.vault.database,
        second.vault.vault_id,
        tmp_path / "b.tend.age",
        recipients=[pair.public_key],
        clock=fixed_clock(datetime(2026, 11, 20, tzinfo=UTC)),
    )
    workspace.journal.create(body="already here", tags=["Über"])

    restore_into(
        workspace.vault.database, open_backup_file(result.path, Identities((pair.secret_key,)))
    )

    assert workspace.journal.tags() == ONE_TAG
    assert workspace.journal.count(EntryFilter(tag="über")) == 3
