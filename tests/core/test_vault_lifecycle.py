"""Create, unlock, lock, change the passphrase, recover, replace the recovery key, check."""

from __future__ import annotations

import stat

import pytest

from app.core import recovery_key
from app.core.errors import (
    KeyringUnavailableError,
    UsageError,
    VaultLockedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from app.core.journal import Journal
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from tests.conftest import PASSPHRASE
from tests.support.files import fingerprint

NEW_PASSPHRASE = "a different, longer passphrase"


def reopen(vault_files, passphrase=PASSPHRASE) -> Vault:
    return Vault.open_with_passphrase(vault_files, passphrase)


def assert_opens_with_passphrase(vault_files, passphrase) -> None:
    vault = reopen(vault_files, passphrase)
    vault.lock()


def assert_opens_with_recovery(vault_files, recovery_text) -> None:
    vault = Vault.open_with_recovery_key(vault_files, recovery_text)
    vault.lock()


def test_create_makes_private_files_and_a_readable_recovery_key(created_vault, vault_files):
    assert recovery_key.normalise(created_vault.recovery_key)
    assert vault_files.db.exists()
    assert vault_files.slots.exists()
    assert stat.S_IMODE(vault_files.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(vault_files.db.stat().st_mode) == 0o600
    assert stat.S_IMODE(vault_files.slots.stat().st_mode) == 0o600
    assert not vault_files.db.with_name(".journal.db.creating").exists()


def test_short_passphrase_is_refused_and_nothing_is_created(vault_files):
    with pytest.raises(UsageError, match="at least 8 characters"):
        Vault.create(vault_files, "short", TEST_PARAMS)
    assert not vault_files.exists()


def test_what_is_written_is_there_after_unlocking_again(vault, vault_files):
    entry = Journal(vault.database).create("First", "Body text", ["tag"])
    vault.lock()

    reopened = reopen(vault_files)
    try:
        assert Journal(reopened.database).get(entry.id).body == "Body text"
        assert reopened.vault_id == vault.vault_id
    finally:
        reopened.lock()


def test_locked_vault_refuses_work_and_closes_every_connection(vault, vault_files):
    journal = Journal(vault.database)
    journal.create("Before lock", "text")
    wal = vault_files.sidecars[0]
    assert wal.exists()  # connections are open, so SQLite keeps its write-ahead log

    vault.lock()

    assert vault.is_locked
    with pytest.raises(VaultLockedError):
        journal.create("After lock", "text")
    with pytest.raises(VaultLockedError):
        journal.list_page()
    with pytest.raises(VaultLockedError):
        vault.raw_key()
    with pytest.raises(VaultLockedError):
        vault.check()
    # SQLite removes the WAL and shared-memory files only when the last connection closes.
    assert not any(path.exists() for path in vault_files.sidecars)


def test_lock_twice_is_harmless(vault):
    vault.lock()
    vault.lock()
    assert vault.is_locked


def test_changed_passphrase_replaces_the_old_one_and_recovery_still_works(
    created_vault, vault_files
):
    vault = created_vault.vault
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, TEST_PARAMS)
    vault.lock()

    with pytest.raises(WrongPassphraseError):
        reopen(vault_files, PASSPHRASE)
    assert_opens_with_passphrase(vault_files, NEW_PASSPHRASE)
    assert_opens_with_recovery(vault_files, created_vault.recovery_key)


def test_change_passphrase_with_wrong_current_changes_nothing(vault, vault_files):
    before = vault_files.slots.read_bytes()
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("not the passphrase", NEW_PASSPHRASE, TEST_PARAMS)
    assert vault_files.slots.read_bytes() == before


def test_change_to_a_too_short_passphrase_changes_nothing(vault, vault_files):
    before = vault_files.slots.read_bytes()
    with pytest.raises(UsageError):
        vault.change_passphrase(PASSPHRASE, "short", TEST_PARAMS)
    assert vault_files.slots.read_bytes() == before


def test_changing_the_passphrase_leaves_the_database_file_alone(vault, vault_files):
    vault.lock()
    database_before = fingerprint(vault_files.folder)["journal.db"]
    vault = reopen(vault_files)
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, TEST_PARAMS)
    vault.lock()
    assert fingerprint(vault_files.folder)["journal.db"] == database_before


def test_recovery_key_resets_a_forgotten_passphrase(created_vault, vault_files):
    created_vault.vault.lock()

    vault = Vault.open_with_recovery_key(vault_files, created_vault.recovery_key)
    vault.reset_passphrase_with_recovery_key(
        created_vault.recovery_key, NEW_PASSPHRASE, TEST_PARAMS
    )
    vault.lock()

    with pytest.raises(WrongPassphraseError):
        reopen(vault_files, PASSPHRASE)
    assert_opens_with_passphrase(vault_files, NEW_PASSPHRASE)


def test_wrong_recovery_key_is_refused(vault_files, created_vault):
    with pytest.raises(WrongRecoveryKeyError, match="doesn't match"):
        Vault.open_with_recovery_key(vault_files, recovery_key.generate())


def test_replaced_recovery_key_retires_the_old_one(created_vault, vault_files):
    vault = created_vault.vault
    new_key = vault.replace_recovery_key(PASSPHRASE)
    vault.lock()

    assert new_key != created_vault.recovery_key
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open_with_recovery_key(vault_files, created_vault.recovery_key)
    assert_opens_with_recovery(vault_files, new_key)
    assert_opens_with_passphrase(vault_files, PASSPHRASE)


def test_replacing_the_recovery_key_needs_the_passphrase(created_vault, vault_files):
    before = vault_files.slots.read_bytes()
    with pytest.raises(WrongPassphraseError):
        created_vault.vault.replace_recovery_key("not the passphrase")
    assert vault_files.slots.read_bytes() == before


def test_check_of_a_healthy_vault_passes(vault):
    Journal(vault.database).create("Something", "to check")
    report = vault.check()
    assert report.ok
    assert report.lines() == []


def test_check_reports_a_key_file_from_another_vault(vault, vault_files, tmp_path):
    other = Vault.create(VaultFiles(tmp_path / "other"), PASSPHRASE, TEST_PARAMS)
    other.vault.lock()
    vault_files.slots.write_bytes((tmp_path / "other" / "journal.keys").read_bytes())

    report = vault.check()

    assert not report.ok
    assert report.slot_problems == ("the key file belongs to another journal",)


def test_check_reports_a_damaged_key_file(vault, vault_files):
    vault_files.slots.write_text("{ not json", encoding="utf-8")
    report = vault.check()
    assert report.slot_problems == ("The key file is damaged: it is not readable JSON.",)
    assert "key slots: The key file is damaged" in report.lines()[0]


def test_remembered_key_for_another_vault_is_refused(vault, vault_files):
    key = vault.raw_key()
    vault.lock()
    with pytest.raises(KeyringUnavailableError, match="another journal"):
        Vault.open_with_key(vault_files, key, expected_vault_id="some-other-vault")


def test_raw_key_opens_the_vault_without_the_passphrase(vault, vault_files):
    key = vault.raw_key()
    vault_id = vault.vault_id
    vault.lock()
    reopened = Vault.open_with_key(vault_files, key, expected_vault_id=vault_id)
    try:
        assert reopened.check().ok
    finally:
        reopened.lock()
