"""Making a backup file, and checking one without restoring it.

Before anything is written, the document goes through the very check `restore` runs, so
a backup reported as written can always be read back. A backup to public keys also lists
a one-time key that lives only in memory while the backup is made: Tend decrypts the new
file with it and checks the whole document, so a backup counts as verified only after it
was read back from disk. A passphrase backup is read back and compared byte for byte
instead (a second scrypt run would double the wait).
"""

from __future__ import annotations

import hmac
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from app.core.backup import keys
from app.core.backup.crypto import (
    BackupSecret,
    Identities,
    Passphrase,
    encrypt_to_recipients,
    encrypt_with_passphrase,
)
from app.core.backup.document import BackupDocument, read_document, write_document
from app.core.backup.errors import BackupError, BackupSchemaError, BackupSecretMissingError
from app.core.backup.files import read_backup_file, write_new_file
from app.core.backup.restore import open_backup
from app.core.clock import Clock, system_clock
from app.core.db.database import Database
from app.core.progress import ProgressCallback, report


@dataclass(frozen=True)
class BackupResult:
    path: Path
    created_at: datetime
    size_bytes: int
    counts: dict[str, int]


@dataclass(frozen=True)
class VerifyReport:
    """What a backup holds, found by decrypting and checking it whole (nothing restored)."""

    created_at: datetime
    app_version: str
    vault_id: str
    counts: dict[str, int]


def create_backup(
    database: Database,
    vault_id: str,
    destination: Path,
    *,
    passphrase: Passphrase | None = None,
    recipients: Sequence[str] = (),
    clock: Clock = system_clock,
    progress: ProgressCallback | None = None,
    overwrite: bool = False,
) -> BackupResult:
    """Write an encrypted, verified backup of the whole vault to ``destination``."""
    if (passphrase is None) == (not recipients):
        raise BackupSecretMissingError(
            "A backup is locked either with a passphrase or with a public key; choose one."
        )
    created_at = clock()
    compressed = io.BytesIO()

    def document_progress(done: int, total: int) -> None:
        report(progress, done, total + 2)

    with database.reader() as session:
        counts = write_document(
            session,
            compressed,
            created_at=created_at,
            vault_id=vault_id,
            progress=document_progress,
        )
    total = sum(counts.values()) + 2
    _check_like_restore(compressed.getvalue())
    if passphrase is not None:
        _write_for_passphrase(destination, compressed.getvalue(), passphrase, overwrite)
    else:
        checker = pyrage.x25519.Identity.generate()
        _write_for_recipients(
            destination, compressed, [*recipients, str(checker.to_public())], overwrite
        )
        del compressed
        report(progress, total - 1, total)
        _verify_with(destination, checker)
    report(progress, total, total)
    return BackupResult(destination, created_at, destination.stat().st_size, counts)


def _check_like_restore(document: bytes) -> None:
    """Run restore's own check on the document before any file is written.

    The writer and the reader then accept exactly the same documents: a backup that says
    "written and checked" can always be restored.
    """
    try:
        read_document(document)
    except BackupSchemaError as error:
        raise BackupError(
            f"The journal holds something a backup can't keep ({error.path}: {error.problem}), "
            "so no backup was written. Nothing in your journal was changed."
        ) from error


def _write_for_passphrase(
    destination: Path, compressed: bytes, passphrase: Passphrase, overwrite: bool
) -> None:
    ciphertext = encrypt_with_passphrase(compressed, passphrase)
    write_new_file(destination, lambda handle: handle.write(ciphertext), overwrite=overwrite)
    if not hmac.compare_digest(read_backup_file(destination), ciphertext):
        destination.unlink(missing_ok=True)
        raise BackupError(
            "The backup file read back from disk differs from what Tend wrote, so it was "
            "removed. The disk or the folder's sync tool may be failing; try another folder."
        )


def _write_for_recipients(
    destination: Path, compressed: io.BytesIO, recipients: Sequence[str], overwrite: bool
) -> None:
    def write(handle: BinaryIO) -> None:
        compressed.seek(0)
        encrypt_to_recipients(compressed, handle, recipients)

    write_new_file(destination, write, overwrite=overwrite)


def _verify_with(destination: Path, checker: Any) -> None:
    """Read the new file back and check it whole with the one-time key; remove it if bad."""
    try:
        open_backup(read_backup_file(destination), Identities((str(checker),)))
    except BackupError:
        destination.unlink(missing_ok=True)
        raise


def verify_backup(
    path: Path, secret: BackupSecret, progress: ProgressCallback | None = None
) -> VerifyReport:
    """Decrypt and check the whole backup in memory, without restoring anything."""
    document = open_backup(read_backup_file(path), secret, progress)
    return report_for(document)


def report_for(document: BackupDocument) -> VerifyReport:
    return VerifyReport(
        document.created_at,
        document.app_version,
        document.vault_id,
        {name: len(records) for name, records in document.records.items()},
    )


def validate_recipient(text: str) -> str:
    keys.parse_recipient(text)
    return text.strip()
