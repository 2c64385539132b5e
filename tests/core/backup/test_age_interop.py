"""Interop with the real age tool: it reads Tend's backups, and Tend restores what it wrote.

age asks for passphrases on a terminal only, so the passphrase tests drive it through a
pseudo-terminal; the key-file tests need no terminal.
"""

from __future__ import annotations

import gzip
import json
import os
import pty
import select
import subprocess
import time
from pathlib import Path

import pytest

from app.core.backup import Identities, Passphrase, create_backup, open_backup, restore_into
from app.core.backup import keys as backup_keys
from app.core.workspace import Workspace
from tests.conftest import require_tool
from tests.core.backup.helpers import MARKER, all_entries, fill

HAND_WRITTEN = {
    "format": "tend-backup",
    "version": 1,
    "created_at": "2026-11-20T10:00:00Z",
    "app_version": "written by hand",
    "vault_id": "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
    "sections": {
        "entries": {
            "version": 1,
            "items": [
                {
                    "id": "3c1d6a0e-8f2b-4d7c-9e1a-2b3c4d5e6f70",
                    "title": "Written without Tend",
                    "body": "Typed into a text editor, encrypted with age.",
                    "tags": ["by hand"],
                    "created_at": "2026-11-19T21:15:00+01:00",
                }
            ],
        },
        "settings": {"version": 1, "items": [{"key": "theme.accent", "value": "teal"}]},
    },
}
AGE_PASSPHRASE = "interop passphrase for age"


def _key_file(tmp_path: Path) -> tuple[Path, backup_keys.KeyPair]:
    pair = backup_keys.generate()
    path = tmp_path / "backup-key.txt"
    backup_keys.write_key_file(path, pair, __import__("datetime").datetime.now().astimezone())
    return path, pair


def test_age_decrypts_a_tend_backup_with_the_key_file_tend_wrote(
    workspace: Workspace, tmp_path: Path
) -> None:
    age = require_tool("age")
    fill(workspace)
    key_file, pair = _key_file(tmp_path)
    result = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        tmp_path / "b.tend.age",
        recipients=[pair.public_key],
    )

    plain = subprocess.run(
        [age, "-d", "-i", str(key_file), str(result.path)], capture_output=True, check=True
    ).stdout
    document = json.loads(gzip.decompress(plain))

    bodies = [item["body"] for item in document["sections"]["entries"]["items"]]
    assert document["format"] == "tend-backup"
    assert any(MARKER in body for body in bodies)
    assert len(bodies) == 4


def test_tend_restores_a_hand_written_document_that_age_encrypted(
    workspace: Workspace, tmp_path: Path
) -> None:
    age = require_tool("age")
    key_file, pair = _key_file(tmp_path)
    encrypted = subprocess.run(
        [age, "-r", pair.public_key],
        input=json.dumps(HAND_WRITTEN).encode(),
        capture_output=True,
        check=True,
    ).stdout

    document = open_backup(encrypted, Identities(backup_keys.read_key_file(key_file)))
    restore_into(workspace.vault.database, document)

    (entry,) = all_entries(workspace)
    assert entry.title == "Written without Tend" and entry.tags == ("by hand",)
    assert entry.created_at.isoformat() == "2026-11-19T21:15:00+01:00"


def test_tend_reads_age_armored_output(workspace: Workspace, tmp_path: Path) -> None:
    age = require_tool("age")
    _, pair = _key_file(tmp_path)
    armored = subprocess.run(
        [age, "-a", "-r", pair.public_key],
        input=gzip.compress(json.dumps(HAND_WRITTEN).encode()),
        capture_output=True,
        check=True,
    ).stdout
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    document = open_backup(armored, Identities((pair.secret_key,)))
    assert document.count("entries") == 1


def _run_with_terminal(argv: list[str], answers: list[str], timeout: float = 60) -> bytes:
    """Run ``argv`` on a pseudo-terminal, typing each answer when a prompt appears."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child becomes age
        os.execv(argv[0], argv)
    output = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
                if pending and b":" in chunk:
                    os.write(fd, pending.pop(0).encode() + b"\n")
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, output
    return output


@pytest.mark.slow
def test_tend_restores_what_age_encrypted_with_a_passphrase(
    workspace: Workspace, tmp_path: Path
) -> None:
    age = require_tool("age")
    source = tmp_path / "hand.json"
    source.write_text(json.dumps(HAND_WRITTEN))
    target = tmp_path / "hand.json.age"
    _run_with_terminal(
        [age, "-p", "-o", str(target), str(source)], [AGE_PASSPHRASE, AGE_PASSPHRASE]
    )

    document = open_backup(target.read_bytes(), Passphrase(AGE_PASSPHRASE))
    restore_into(workspace.vault.database, document)

    assert [entry.title for entry in all_entries(workspace)] == ["Written without Tend"]


@pytest.mark.slow
def test_age_decrypts_a_passphrase_backup_tend_made(workspace: Workspace, tmp_path: Path) -> None:
    age = require_tool("age")
    fill(workspace)
    result = create_backup(
        workspace.vault.database,
        workspace.vault.vault_id,
        tmp_path / "p.tend.age",
        passphrase=Passphrase(AGE_PASSPHRASE),
    )
    out = tmp_path / "plain.json.gz"
    _run_with_terminal([age, "-d", "-o", str(out), str(result.path)], [AGE_PASSPHRASE])

    document = json.loads(gzip.decompress(out.read_bytes()))
    assert len(document["sections"]["entries"]["items"]) == 4
