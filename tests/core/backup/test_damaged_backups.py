"""Seven kinds of unusable backup: each is refused with its own message, the journal is
unchanged, and no plaintext is left in the data folder or the temp folder."""

from __future__ import annotations

import base64
import gzip
import io
import json
import tempfile
from pathlib import Path

import pyrage
import pytest

from app.core.backup import Identities, Passphrase, create_backup, open_backup, restore_into
from app.core.backup import errors as backup_errors
from app.core.backup.crypto import decrypt, encrypt_to_recipients, encrypt_with_passphrase
from app.core.errors import TendError
from app.core.workspace import Workspace
from tests.core.backup.helpers import MARKER, all_entries, files_containing, fill, key_pair

BACKUP_PASSPHRASE = "a separate backup passphrase"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder every library would use during the test, so it can be scanned."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def valid(workspace: Workspace, tmp_path: Path) -> tuple[bytes, Identities]:
    """A good backup (to a public key) of a journal that then loses its entries."""
    entries = fill(workspace)
    pair = key_pair()
    out = tmp_path / "backups"
    out.mkdir()
    result = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        out / "b.tend.age",
        recipients=[pair.public_key],
    )
    workspace.journal.delete_forever([entry.id for entry in entries])
    return result.path.read_bytes(), Identities((pair.secret_key,))


def _flip_mac(data: bytes) -> bytes:
    end = data.index(b"\n---") + 1
    line_end = data.index(b"\n", end)
    mac = bytearray(base64.b64decode(data[end + 4 : line_end] + b"="))
    mac[7] ^= 0x01
    return data[:end] + b"--- " + base64.b64encode(bytes(mac)).rstrip(b"=") + data[line_end:]


def _flip_payload(data: bytes) -> bytes:
    body_start = data.index(b"\n", data.index(b"\n---") + 1) + 1
    damaged = bytearray(data)
    damaged[(body_start + len(data)) // 2] ^= 0x20
    return bytes(damaged)


def _bad_schema(identities: Identities) -> bytes:
    document = {
        "format": "tend-backup",
        "version": 1,
        "created_at": "2026-11-20T10:00:00Z",
        "app_version": "0.1.0",
        "vault_id": "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        "sections": {
            "entries": {
                "version": 1,
                "items": [
                    {
                        "id": "0b0c0d0e-0000-4000-8000-000000000001",
                        "body": MARKER,
                        "created_at": "2026-03-14T09:30:00+01:00",
                    },
                    {
                        "id": "0b0c0d0e-0000-4000-8000-000000000002",
                        "body": MARKER,
                        "created_at": "the fourteenth of March",
                    },
                ],
            }
        },
    }
    out = io.BytesIO()
    public = pyrage.x25519.Identity.from_str(identities.keys[0]).to_public()
    encrypt_to_recipients(
        io.BytesIO(gzip.compress(json.dumps(document).encode())), out, [str(public)]
    )
    return out.getvalue()


DAMAGES = {
    "tampered header": (_flip_mac, backup_errors.BackupHeaderDamagedError, "header"),
    "flipped payload byte": (_flip_payload, backup_errors.BackupPayloadDamagedError, "changed"),
    "truncated": (lambda data: data[:-10], backup_errors.BackupTruncatedError, "cut short"),
    "appended byte": (lambda data: data + b"\n", backup_errors.BackupTrailingDataError, "extra"),
    "not age": (lambda data: b"PK\x03\x04" + data[4:], backup_errors.NotAnAgeFileError, "isn't"),
}


@pytest.mark.parametrize("kind", list(DAMAGES))
def test_damaged_backup_is_refused_and_changes_nothing(
    kind: str,
    valid: tuple[bytes, Identities],
    workspace: Workspace,
    private_tmp: Path,
    data_dir: Path,
) -> None:
    data, identities = valid
    damage, error_class, words = DAMAGES[kind]
    before = all_entries(workspace)

    with pytest.raises(error_class) as caught:
        restore_into(workspace.vault.database, open_backup(damage(data), identities))

    assert type(caught.value) is error_class
    assert (
        words in caught.value.message
        and "Nothing in your journal was changed" in caught.value.message
    )
    assert all_entries(workspace) == before
    assert files_containing(data_dir, MARKER.encode()) == []
    assert files_containing(private_tmp, MARKER.encode()) == []


def test_a_document_off_the_schema_names_the_path(
    valid: tuple[bytes, Identities], workspace: Workspace, private_tmp: Path, data_dir: Path
) -> None:
    _, identities = valid
    before = all_entries(workspace)

    with pytest.raises(backup_errors.BackupSchemaError) as caught:
        restore_into(workspace.vault.database, open_backup(_bad_schema(identities), identities))

    assert caught.value.path == "sections.entries.items[1].created_at"
    assert "sections.entries.items[1].created_at" in caught.value.message
    assert MARKER not in caught.value.message
    assert all_entries(workspace) == before
    assert files_containing(data_dir, MARKER.encode()) == []
    assert files_containing(private_tmp, MARKER.encode()) == []


def test_every_kind_of_damage_has_its_own_message(valid: tuple[bytes, Identities]) -> None:
    data, identities = valid
    messages = set()
    for damage, _, _ in DAMAGES.values():
        with pytest.raises(TendError) as caught:
            open_backup(damage(data), identities)
        messages.add(caught.value.message)
    with pytest.raises(TendError) as caught:
        open_backup(_bad_schema(identities), identities)
    messages.add(caught.value.message)
    with pytest.raises(TendError) as caught:
        open_backup(data, Identities((key_pair().secret_key,)))
    messages.add(caught.value.message)
    assert len(messages) == len(DAMAGES) + 2


@pytest.mark.parametrize("cut", [1, 16, 17, 200])
def test_truncation_anywhere_in_the_last_chunk_reads_as_cut_short(
    cut: int, valid: tuple[bytes, Identities]
) -> None:
    data, identities = valid
    with pytest.raises(backup_errors.BackupTruncatedError):
        decrypt(data[:-cut], identities)


def test_a_file_cut_inside_its_header_reads_as_cut_short(valid: tuple[bytes, Identities]) -> None:
    data, identities = valid
    with pytest.raises(backup_errors.BackupTruncatedError):
        decrypt(data[:40], identities)


def test_the_wrong_key_file_is_named_as_such(valid: tuple[bytes, Identities]) -> None:
    data, _ = valid
    with pytest.raises(backup_errors.BackupWrongIdentityError):
        decrypt(data, Identities((key_pair().secret_key,)))


def test_a_key_file_offered_to_a_passphrase_backup_says_what_is_needed(
    valid: tuple[bytes, Identities],
) -> None:
    data, _ = valid
    with pytest.raises(backup_errors.BackupSecretMissingError):
        decrypt(data, Passphrase("anything at all"))


@pytest.fixture(scope="module")
def passphrase_backup() -> tuple[bytes, bytes]:
    """A passphrase backup, made once: scrypt is deliberately slow (about 2 s here)."""
    plaintext = gzip.compress(json.dumps({"marker": MARKER}).encode())
    return encrypt_with_passphrase(plaintext, Passphrase(BACKUP_PASSPHRASE)), plaintext


@pytest.mark.slow
def test_wrong_passphrase_is_refused_with_its_own_message(
    passphrase_backup: tuple[bytes, bytes], private_tmp: Path
) -> None:
    data, _ = passphrase_backup
    with pytest.raises(backup_errors.BackupWrongPassphraseError) as caught:
        decrypt(data, Passphrase("not the backup passphrase"))
    assert "passphrase doesn't open this backup" in caught.value.message
    assert caught.value.exit_code == 2
    assert files_containing(private_tmp, MARKER.encode()) == []


@pytest.mark.slow
def test_a_flipped_byte_in_a_passphrase_backup_is_found_with_the_passphrase(
    passphrase_backup: tuple[bytes, bytes],
) -> None:
    data, _ = passphrase_backup
    with pytest.raises(backup_errors.BackupPayloadDamagedError) as caught:
        decrypt(_flip_payload(data), Passphrase(BACKUP_PASSPHRASE))
    assert "changed after it was written" in caught.value.message
