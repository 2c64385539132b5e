"""Real vaults written by every earlier schema revision open, migrate to head and keep every
record; the copy Tend writes before migrating opens too (tests/data/old_vaults)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.core import keyslots
from app.core.clock import from_utc_text
from app.core.db import engine as db_engine
from app.core.db import schema
from app.core.journal import EntryFilter
from app.core.vault import Vault
from app.core.vault_files import DB_FILE_NAME, SLOTS_FILE_NAME, VaultFiles
from app.core.workspace import Workspace
from tests.reliability.old_vaults import (
    PASSPHRASE,
    copy_vault,
    expected_tables,
    revisions_on_disk,
    rows_as_stored,
)

REVISIONS = revisions_on_disk()


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return schema.current_revision(connection)


def assert_every_record_kept(engine: Engine, revision: str) -> None:
    """Each table the old vault was filled with holds exactly its rows, column for column."""
    with engine.connect() as connection:
        for table in expected_tables(revision):
            assert rows_as_stored(connection, table) == list(table.rows), table.table


def test_every_revision_before_head_has_an_old_vault() -> None:
    older = set(schema.KNOWN_REVISIONS) - {schema.HEAD_REVISION}
    assert older <= set(REVISIONS)
    assert {"0001", "0002", "0003", "0004"} <= set(REVISIONS)


@pytest.mark.parametrize("revision", REVISIONS)
def test_an_old_vault_is_what_its_revision_wrote(tmp_path: Path, revision: str) -> None:
    """The committed files really are that revision's (checked without Tend migrating them)."""
    folder = copy_vault(revision, tmp_path / "vault")
    vault_files = VaultFiles(folder)
    raw_key = keyslots.unwrap_with_passphrase(keyslots.read(vault_files.slots), PASSPHRASE)
    engine = db_engine.create_keyed_engine(vault_files.db, raw_key)
    try:
        assert stored_revision(engine) == revision
        assert_every_record_kept(engine, revision)
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", REVISIONS)
def test_an_old_vault_migrates_to_head_keeping_every_record(tmp_path: Path, revision: str) -> None:
    folder = copy_vault(revision, tmp_path / "vault")
    vault = Vault.open_with_passphrase(VaultFiles(folder), PASSPHRASE)
    try:
        assert stored_revision(vault.database.engine) == schema.HEAD_REVISION
        assert_every_record_kept(vault.database.engine, revision)
        assert vault.check().ok
        assert_the_services_read_every_record(Workspace.open(vault), revision)
    finally:
        vault.lock()


def assert_the_services_read_every_record(workspace: Workspace, revision: str) -> None:
    """What the app shows after the upgrade: the same records, through its own services."""
    tables = {table.table: table.rows for table in expected_tables(revision)}
    tag_names = {row["pk"]: row["name"] for row in tables["tags"]}
    journal = workspace.journal
    for row in tables["entries"]:
        entry = journal.get(row["id"])
        tags = {
            tag_names[link["tag_pk"]]
            for link in tables["entry_tags"]
            if link["entry_pk"] == row["pk"]
        }
        assert (entry.title, entry.body, entry.starred) == (
            row["title"],
            row["body"],
            bool(row["starred"]),
        )
        assert set(entry.tags) == tags
        assert entry.created_at == from_utc_text(row["created_at"], row["created_offset_min"])
        assert (entry.deleted_at is None) == (row["deleted_at"] is None)
    live = [row for row in tables["entries"] if row["deleted_at"] is None]
    assert journal.count() == len(live)
    assert journal.count(EntryFilter(in_trash=True)) == len(tables["entries"]) - len(live)
    # The full-text index came through the migrations: an old entry is found by a word in it.
    assert [hit.id for hit in journal.search("sapphire")] == [tables["entries"][0]["id"]]
    if "checkins" in tables:
        by_id = {checkin.id: checkin for checkin in workspace.checkins.list_between()}
        assert set(by_id) == {row["id"] for row in tables["checkins"]}
        for row in tables["checkins"]:
            checkin = by_id[row["id"]]
            assert checkin.at == from_utc_text(row["at"], row["offset_min"])
            scales = (checkin.mood, checkin.energy, checkin.interest, checkin.focus)
            assert scales == (row["mood"], row["energy"], row["interest"], row["focus"])
            assert (checkin.sleep_hours, checkin.note, checkin.entry_id) == (
                row["sleep_hours"],
                row["note"],
                row["entry_id"],
            )
            linked = [
                link for link in tables["checkin_activities"] if link["checkin_pk"] == row["pk"]
            ]
            assert len(checkin.activities) == len(linked)
        assert "Drawing" in {activity.name for activity in workspace.activities.all()}
    if "trusted_contacts" in tables:
        contacts = workspace.contacts.list()
        assert [(c.id, c.name, c.reach, c.note) for c in contacts] == [
            (row["id"], row["name"], row["reach"], row["note"])
            for row in tables["trusted_contacts"]
        ]
        results = {result.id: result for result in workspace.questionnaires.results()}
        for row in tables["questionnaire_results"]:
            assert (results[row["id"]].kind, results[row["id"]].score) == (
                row["kind"],
                row["score"],
            )
        prompts = {shown.id: shown for shown in workspace.watcher.history()}
        assert set(prompts) == {row["id"] for row in tables["watcher_prompts"]}
        for row in tables["watcher_prompts"]:
            shown = prompts[row["id"]]
            assert (shown.prompt.kind, shown.prompt.summary, shown.response) == (
                row["kind"],
                row["summary"],
                row["response"],
            )
            assert len(shown.prompt.evidence) == 1


@pytest.mark.parametrize("revision", REVISIONS)
def test_the_copy_kept_before_migrating_opens_as_the_old_revision(
    tmp_path: Path, revision: str
) -> None:
    folder = copy_vault(revision, tmp_path / "vault")
    vault = Vault.open_with_passphrase(VaultFiles(folder), PASSPHRASE)
    raw_key = vault.raw_key()
    vault.lock()
    copy = folder / f"{DB_FILE_NAME}.before-{revision}"
    if revision == schema.HEAD_REVISION:
        # A vault already at head is opened as it is: nothing to migrate, no copy.
        assert not copy.exists()
        return

    engine = db_engine.create_keyed_engine(copy, raw_key)
    try:
        assert stored_revision(engine) == revision
        assert db_engine.run_outside_transaction(engine, "PRAGMA integrity_check") == [("ok",)]
        assert_every_record_kept(engine, revision)
    finally:
        engine.dispose()

    # Put back in place of the journal (what a person would do to undo an upgrade), it opens
    # with the same passphrase and migrates again, keeping every record.
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(copy, restored / DB_FILE_NAME)
    shutil.copy(folder / SLOTS_FILE_NAME, restored / SLOTS_FILE_NAME)
    reopened = Vault.open_with_passphrase(VaultFiles(restored), PASSPHRASE)
    try:
        assert stored_revision(reopened.database.engine) == schema.HEAD_REVISION
        assert_every_record_kept(reopened.database.engine, revision)
    finally:
        reopened.lock()
