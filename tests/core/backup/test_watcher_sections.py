"""Questionnaire results, past prompts, trusted contacts and the watcher's settings in
backups: kept whole, merged by stable ids, the journal's version kept where both differ."""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.core.backup import (
    Identities,
    create_backup,
    open_backup,
    preview_restore,
    restore_into,
    restore_into_new_vault,
)
from app.core.backup.crypto import decrypt, encrypt_to_recipients
from app.core.backup.document import BackupDocument
from app.core.backup.errors import BackupSchemaError
from app.core.clock import fixed_clock
from app.core.db.watcher_tables import PromptRow
from app.core.kdf import TEST_PARAMS
from app.core.progress import OperationCancelled
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.core.backup.helpers import everything, fill, key_pair
from tests.core.backup.watcher_data import all_contacts, all_prompts, all_results

BACKUP_DAY = datetime.fromisoformat("2026-11-20T10:00:00+00:00")
WATCHER_SECTIONS = ("questionnaires", "prompt_history", "contacts")


def _backup(workspace: Workspace, folder: Path) -> tuple[bytes, Identities]:
    pair = key_pair()
    result = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        folder / "b.tend.age",
        recipients=[pair.public_key],
        clock=fixed_clock(BACKUP_DAY),
    )
    return result.path.read_bytes(), Identities((pair.secret_key,))


def _document_json(data: bytes, identities: Identities) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(gzip.decompress(decrypt(data, identities)))
    return loaded


def _encrypted(document: dict[str, Any], identities: Identities) -> bytes:
    public = pyrage.x25519.Identity.from_str(identities.keys[0]).to_public()
    out = io.BytesIO()
    encrypt_to_recipients(
        io.BytesIO(gzip.compress(json.dumps(document).encode())), out, [str(public)]
    )
    return out.getvalue()


def _changes(summary: Any, name: str) -> Any:
    return next(section for section in summary.sections if section.section == name)


@dataclass(frozen=True)
class Filled:
    """A vault with every kind of data, its backup file and the backup opened."""

    workspace: Workspace
    document: BackupDocument
    data: bytes
    identities: Identities


@pytest.fixture
def filled(workspace: Workspace, tmp_path: Path) -> Filled:
    fill(workspace)
    data, identities = _backup(workspace, tmp_path)
    return Filled(workspace, open_backup(data, identities), data, identities)


def _open_new_vault(folder: Path) -> Workspace:
    return Workspace.open(Vault.create(VaultFiles(folder), "another passphrase", TEST_PARAMS).vault)


# -- what the file holds ------------------------------------------------------------------


def test_the_file_holds_evidence_and_answers_as_json_not_text(filled: Filled) -> None:
    sections = _document_json(filled.data, filled.identities)["sections"]

    names = list(sections)
    first = names.index(WATCHER_SECTIONS[0])
    assert names[first : first + len(WATCHER_SECTIONS)] == list(WATCHER_SECTIONS)
    crisis = next(p for p in sections["prompt_history"]["items"] if p["kind"] == "crisis")
    (evidence,) = crisis["evidence"]
    assert evidence["signal"] == "crisis" and evidence["source"] == "entry"
    assert evidence["phrase"] == "better off without me"
    assert crisis["shown_at"].endswith("+05:30") and crisis["response"] == "opened_support"
    assert crisis["responded_at"].endswith("+05:30")
    support = next(p for p in sections["prompt_history"]["items"] if p["kind"] == "support")
    assert support["signals"] == ["low_energy", "loss_of_interest"]
    assert {"signal", "days_present", "days_with_data", "first_day", "last_day"} == set(
        support["counts"][0]
    )
    assert isinstance(support["evidence"][0]["ids"], list) and support["evidence"][0]["value"]
    phq9 = sections["questionnaires"]["items"][0]
    assert phq9["kind"] == "phq9" and phq9["answers"] == [1, 2, 0, 3, 1, 1, 0, 2, 1]
    assert phq9["score"] == 11 and phq9["follow_up"] == 2
    assert phq9["taken_at"] == "2026-03-20T09:00:00.000000+13:00"
    sam = sections["contacts"]["items"][0]
    assert (sam["name"], sam["reach"]) == ("Sam", "07700 900123")
    assert sam["created_at"] == "2026-02-01T06:30:00.000000+00:00"  # kept in UTC only
    watcher = next(s for s in sections["settings"]["items"] if s["key"] == "watcher")
    assert watcher["value"]["region"] == "gb"  # a JSON object, not text


def test_evidence_may_name_entries_and_check_ins_that_are_not_in_the_backup(
    filled: Filled,
) -> None:
    workspace, document = filled.workspace, filled.document
    known = {entry.id for entry in document.records["entries"]}
    known |= {record.checkin.id for record in document.records["checkins"]}
    named = {
        source_id
        for shown in document.records["prompt_history"]
        for evidence in shown.prompt.evidence
        for source_id in evidence.source_ids
    }
    # The crisis words are in an entry the backup holds; the low days' check-ins were
    # deleted since, and the backup still opens and restores.
    assert named & known and named - known
    assert restore_into(workspace.vault.database, document).changes == 0


# -- the watcher's settings ---------------------------------------------------------------


def test_watcher_settings_round_trip_through_the_settings_section(
    filled: Filled, tmp_path: Path
) -> None:
    workspace, document = filled.workspace, filled.document
    before = workspace.watcher.settings()
    created, _ = restore_into_new_vault(
        VaultFiles(tmp_path / "new"), "a new passphrase", document, TEST_PARAMS
    )
    restored = Workspace.open(created.vault)
    try:
        settings = restored.watcher.settings()
        assert settings == before
        assert settings.region == "gb"
        assert settings.snoozed_until == before.snoozed_until != {}
        assert settings.kinds_off == before.kinds_off != {}
    finally:
        restored.lock()


# -- merging by stable ids ----------------------------------------------------------------


def test_results_and_contacts_removed_since_come_back_once(filled: Filled) -> None:
    workspace, document = filled.workspace, filled.document
    before = everything(workspace)
    workspace.questionnaires.delete(all_results(workspace)[1].id)
    workspace.contacts.remove(all_contacts(workspace)[2].id)
    with workspace.vault.database.session() as session:
        session.delete(session.query(PromptRow).order_by(PromptRow.pk).first())

    preview = preview_restore(workspace.vault.database, document)
    summary = restore_into(workspace.vault.database, document)
    again = restore_into(workspace.vault.database, document)

    assert preview.sections == summary.sections
    for name in WATCHER_SECTIONS:
        assert (_changes(summary, name).added, _changes(summary, name).unchanged) == (1, 2)
    assert "Past prompts: 1 new; 2 already here." in summary.lines()
    assert again.changes == 0
    assert everything(workspace) == before


def test_a_contact_changed_in_the_journal_keeps_the_journal_version(filled: Filled) -> None:
    workspace, document = filled.workspace, filled.document
    sam = all_contacts(workspace)[0]
    workspace.contacts.update(sam.id, reach="sam@example.org")

    summary = restore_into(workspace.vault.database, document)

    assert all_contacts(workspace)[0].reach == "sam@example.org"
    assert len(all_contacts(workspace)) == 3
    contacts = _changes(summary, "contacts")
    assert (contacts.kept_current, contacts.unchanged, contacts.added) == (1, 2, 0)
    assert "Trusted contacts: 2 already here; 1 kept as they are in your journal." in (
        summary.lines()
    )


def test_a_prompt_answered_after_the_backup_keeps_the_journal_answer(filled: Filled) -> None:
    workspace, document = filled.workspace, filled.document
    unanswered = next(shown for shown in all_prompts(workspace) if shown.response is None)
    workspace.watcher.respond(unanswered.id, "dismissed")
    before = everything(workspace)

    summary = restore_into(workspace.vault.database, document)

    assert workspace.watcher.get(unanswered.id).response == "dismissed"
    assert everything(workspace) == before
    prompts = _changes(summary, "prompt_history")
    assert (prompts.kept_current, prompts.unchanged, prompts.added) == (1, 2, 0)


def test_restoring_into_another_journal_adds_everything_once(
    filled: Filled, tmp_path: Path
) -> None:
    workspace, document = filled.workspace, filled.document
    other = _open_new_vault(tmp_path / "other")
    try:
        summary = restore_into(other.vault.database, document)
        again = restore_into(other.vault.database, document)
        for name in WATCHER_SECTIONS:
            assert _changes(summary, name).added == 3
        assert again.changes == 0
        mine, theirs = everything(workspace), everything(other)
        for kind in ("questionnaires", "prompts", "contacts", "watcher settings"):
            assert theirs[kind] == mine[kind]
    finally:
        other.lock()


# -- nothing changes when anything is wrong ------------------------------------------------


@pytest.mark.parametrize(
    ("section", "index", "field", "value", "path"),
    [
        ("questionnaires", 1, "score", 99, "sections.questionnaires.items[1].score"),
        (
            "prompt_history",
            2,
            "evidence",
            [{"date": "2026-05-20", "signal": "sleepy", "source": "checkin"}],
            "sections.prompt_history.items[2].evidence[0].signal",
        ),
        ("contacts", 2, "name", " ", "sections.contacts.items[2].name"),
    ],
)
def test_a_tampered_section_is_refused_by_its_path_and_changes_nothing(
    filled: Filled, tmp_path: Path, section: str, index: int, field: str, value: Any, path: str
) -> None:
    identities = filled.identities
    document = _document_json(filled.data, identities)
    document["sections"][section]["items"][index][field] = value
    tampered = _encrypted(document, identities)
    other = _open_new_vault(tmp_path / "other")
    before = everything(other)
    try:
        with pytest.raises(BackupSchemaError) as caught:
            restore_into(other.vault.database, open_backup(tampered, identities))
        assert caught.value.path == path and path in caught.value.message
        assert everything(other) == before
    finally:
        other.lock()


def test_a_restore_stopped_after_the_last_section_changes_nothing(
    filled: Filled, tmp_path: Path
) -> None:
    document = filled.document
    other = _open_new_vault(tmp_path / "other")
    before = everything(other)

    def stop_at_the_end(done: int, total: int) -> None:
        if done == total:  # every section, the last included, has been written by now
            raise OperationCancelled

    try:
        with pytest.raises(OperationCancelled):
            restore_into(other.vault.database, document, progress=stop_at_the_end)
        assert everything(other) == before
    finally:
        other.lock()
