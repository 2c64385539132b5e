"""Bad input gets its own error and message, and the files on disk stay exactly as they were.

Each test fingerprints the whole data folder before and after, so a write to the database,
the key file or a new -wal/-shm file left behind would all fail it.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.core.errors import (
    DamagedVaultError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from app.core.journal import Journal, NewEntry
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.core.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.support.files import fingerprint

PAGE = 4096
TEXT = "today I walked to the library and read about gardens while the rain kept on"
WORDS = TEXT.split()


@pytest.fixture
def locked_vault(vault, vault_files):
    """A closed vault holding enough entries to span many pages."""
    drafts = [
        NewEntry(f"Entry {index}", " ".join(WORDS[(index + n) % len(WORDS)] for n in range(150)))
        for index in range(60)
    ]
    Journal(vault.database).create_many(drafts)
    vault.lock()
    assert vault_files.db.stat().st_size > 20 * PAGE
    return vault_files


def flip_bytes(path, offset, count=16):
    data = bytearray(path.read_bytes())
    for index in range(offset, offset + count):
        data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def open_vault(vault_files, passphrase=PASSPHRASE):
    return Vault.open_with_passphrase(vault_files, passphrase)


def test_wrong_passphrase_a_hundred_times_leaves_files_untouched(locked_vault):
    before = fingerprint(locked_vault.folder)
    for attempt in range(100):
        with pytest.raises(WrongPassphraseError, match="doesn't match this journal"):
            open_vault(locked_vault, f"wrong passphrase {attempt}")
    assert fingerprint(locked_vault.folder) == before
    opened = open_vault(locked_vault)  # and the right one still works afterwards
    opened.lock()


def test_wrong_recovery_key_leaves_files_untouched(locked_vault):
    before = fingerprint(locked_vault.folder)
    for typed in ("0000-0000-0000-0000-0000-0000-0000-0000", "not a recovery key"):
        with pytest.raises(WrongRecoveryKeyError):
            Vault.open_with_recovery_key(locked_vault, typed)
    assert fingerprint(locked_vault.folder) == before


def test_damaged_page_in_the_middle_is_found_and_named(locked_vault):
    flip_bytes(locked_vault.db, 2 * PAGE + 200)  # inside page 3
    before = fingerprint(locked_vault.folder)

    vault = open_vault(locked_vault)
    try:
        report = vault.check()
        journal = Workspace.open(vault).journal
        with pytest.raises(DamagedVaultError, match="Part of the journal file is damaged"):
            journal.list_page()
    finally:
        vault.lock()

    assert not report.ok
    assert any("page 3" in problem for problem in report.cipher_problems)
    assert report.structure_problems  # SQLite's own check sees it too
    assert fingerprint(locked_vault.folder) == before


def test_damaged_first_page_is_damage_not_a_wrong_passphrase(locked_vault):
    flip_bytes(locked_vault.db, 1000)
    before = fingerprint(locked_vault.folder)

    with pytest.raises(DamagedVaultError, match="first page is damaged") as caught:
        open_vault(locked_vault)

    assert not isinstance(caught.value, WrongPassphraseError)
    assert fingerprint(locked_vault.folder) == before


def test_damaged_salt_is_damage_not_a_wrong_passphrase(locked_vault):
    flip_bytes(locked_vault.db, 0, count=4)
    before = fingerprint(locked_vault.folder)
    with pytest.raises(DamagedVaultError, match="first page is damaged"):
        open_vault(locked_vault)
    assert fingerprint(locked_vault.folder) == before


@pytest.mark.parametrize("keep", [PAGE + 100, 5 * PAGE + 1, 4000])
def test_file_cut_mid_page_is_reported_as_cut_short(locked_vault, keep):
    locked_vault.db.write_bytes(locked_vault.db.read_bytes()[:keep])
    before = fingerprint(locked_vault.folder)
    with pytest.raises(DamagedVaultError, match="cut short"):
        open_vault(locked_vault)
    assert fingerprint(locked_vault.folder) == before


def test_file_cut_at_a_page_boundary_is_damaged(locked_vault):
    data = locked_vault.db.read_bytes()
    locked_vault.db.write_bytes(data[: (len(data) // PAGE // 2) * PAGE])
    before = fingerprint(locked_vault.folder)
    with pytest.raises(DamagedVaultError, match="damaged or cut short"):
        open_vault(locked_vault)
    assert fingerprint(locked_vault.folder) == before


def test_empty_file_is_reported_as_empty(locked_vault):
    locked_vault.db.write_bytes(b"")
    before = fingerprint(locked_vault.folder)
    with pytest.raises(DamagedVaultError, match="is empty"):
        open_vault(locked_vault)
    assert fingerprint(locked_vault.folder) == before


def test_plain_sqlite_file_is_not_a_journal(locked_vault):
    locked_vault.db.unlink()
    with sqlite3.connect(locked_vault.db) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('hello')")
    connection.close()
    before = fingerprint(locked_vault.folder)

    with pytest.raises(DamagedVaultError, match="ordinary, unencrypted SQLite database"):
        open_vault(locked_vault)

    assert fingerprint(locked_vault.folder) == before


def test_missing_slot_file_says_so(locked_vault):
    locked_vault.slots.unlink()
    before = fingerprint(locked_vault.folder)
    with pytest.raises(DamagedVaultError, match=r"key file journal\.keys is missing"):
        open_vault(locked_vault)
    assert fingerprint(locked_vault.folder) == before


def test_missing_database_beside_a_slot_file_says_so(locked_vault):
    locked_vault.db.unlink()
    before = fingerprint(locked_vault.folder)
    with pytest.raises(DamagedVaultError, match=r"journal file journal\.db is missing"):
        open_vault(locked_vault)
    assert fingerprint(locked_vault.folder) == before


def test_empty_folder_has_no_journal(vault_files):
    vault_files.folder.mkdir(parents=True)
    with pytest.raises(VaultNotFoundError, match="no Tend journal"):
        open_vault(vault_files)
    assert list(vault_files.folder.iterdir()) == []


def _edit_slots(vault_files, change):
    document = json.loads(vault_files.slots.read_text(encoding="utf-8"))
    change(document)
    vault_files.slots.write_text(json.dumps(document), encoding="utf-8")


def _drop_passphrase_slot(document):
    document["slots"] = [slot for slot in document["slots"] if slot["kind"] != "passphrase"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda files: files.slots.write_bytes(b'{"format": "tend-keys'), "not readable JSON"),
        (lambda files: files.slots.write_bytes(b"\x00" * 300), "not readable JSON"),
        (
            lambda files: _edit_slots(files, lambda doc: doc.update(format="other-app")),
            "isn't one of Tend's key files",
        ),
        (
            lambda files: _edit_slots(files, lambda doc: doc["slots"][0].update(salt="%%%")),
            "salt is not valid",
        ),
        (
            lambda files: _edit_slots(
                files, lambda doc: doc["slots"][0].update(wrapped_key="AAAA====")
            ),
            "wrapped key has the wrong size",
        ),
        (lambda files: _edit_slots(files, _drop_passphrase_slot), "no passphrase slot"),
    ],
    ids=["bad-json", "zeroed", "wrong-format", "bad-base64", "bad-padding", "missing-slot"],
)
def test_corrupted_slot_file_is_damage_with_a_reason(locked_vault, damage, message):
    damage(locked_vault)
    before = fingerprint(locked_vault.folder)

    with pytest.raises(DamagedVaultError, match=message):
        open_vault(locked_vault)

    assert fingerprint(locked_vault.folder) == before


def test_wrapped_key_altered_in_place_is_refused_as_a_wrong_passphrase(locked_vault):
    # AES-GCM cannot tell a tampered wrap from a wrong key; either way nothing is opened.
    def tamper(document):
        slot = next(s for s in document["slots"] if s["kind"] == "passphrase")
        slot["wrapped_key"] = ("B" if slot["wrapped_key"][0] == "A" else "A") + slot["wrapped_key"][
            1:
        ]

    _edit_slots(locked_vault, tamper)
    before = fingerprint(locked_vault.folder)
    with pytest.raises(WrongPassphraseError):
        open_vault(locked_vault)
    assert fingerprint(locked_vault.folder) == before


def test_init_refuses_to_overwrite_an_existing_vault(locked_vault):
    before = fingerprint(locked_vault.folder)
    with pytest.raises(VaultExistsError, match="already holds a Tend journal"):
        Vault.create(locked_vault, "another passphrase entirely", TEST_PARAMS)
    assert fingerprint(locked_vault.folder) == before


@pytest.mark.parametrize("present", ["journal.keys", "journal.db"])
def test_init_refuses_a_folder_with_only_one_of_the_files(vault_files, present):
    vault_files.folder.mkdir(parents=True)
    (vault_files.folder / present).write_bytes(b"left over from before")
    before = fingerprint(vault_files.folder)
    with pytest.raises(VaultExistsError):
        Vault.create(vault_files, "another passphrase entirely", TEST_PARAMS)
    assert fingerprint(vault_files.folder) == before
