"""Restoring a backup: all or nothing, into the open vault (a merge) or into a new one.

The file is decrypted in memory, decompressed and checked whole before anything is
written; then every section is merged inside ONE transaction, so any failure (a crash,
a full disk, a cancel) leaves the journal exactly as it was. Decrypted data is never
written to a file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.core import kdf
from app.core.backup.crypto import BackupSecret, decrypt
from app.core.backup.document import BackupDocument, decode_text, parse_document, parse_json
from app.core.backup.errors import RestoreTargetError
from app.core.backup.files import read_backup_file
from app.core.backup.sections import SECTIONS, MergeContext, SectionChanges
from app.core.db.database import Database
from app.core.progress import ProgressCallback, report
from app.core.vault import CreatedVault, Vault, VaultFiles


@dataclass(frozen=True)
class RestoreSummary:
    """What a restore changes (or, as a preview, would change), section by section."""

    backup: BackupDocument
    sections: tuple[SectionChanges, ...]

    @property
    def changes(self) -> int:
        return sum(section.changes for section in self.sections)

    def lines(self) -> list[str]:
        """Plain sentences for the preview, one per section with anything to say."""
        lines = []
        for section in self.sections:
            parts = []
            if section.added:
                parts.append(f"{section.added} new")
            if section.replaced_keeping_copy:
                parts.append(
                    f"{section.replaced_keeping_copy} replaced by the backup's newer version "
                    "(your current version kept as a copy)"
                )
            if section.added_as_copy:
                parts.append(
                    f"{section.added_as_copy} kept as a copy because your journal has a newer "
                    "version"
                )
            if section.unchanged:
                parts.append(f"{section.unchanged} already here")
            if section.replaced:
                parts.append(f"{section.replaced} updated to the backup's version")
            if section.kept_current:
                parts.append(f"{section.kept_current} kept as they are in your journal")
            if parts:
                lines.append(f"{section.label.capitalize()}: " + "; ".join(parts) + ".")
        return lines or ["The backup is empty; nothing will change."]


def open_backup(
    data: bytes, secret: BackupSecret, progress: ProgressCallback | None = None
) -> BackupDocument:
    """Decrypt (in memory) and check the whole backup. Raises a BackupError on any fault."""
    # Each step drops what the previous one needed, so at most two copies are alive at once
    # (the peak is the JSON text beside its parsed objects).
    report(progress, 0, 4)
    plaintext = decrypt(data, secret)
    del data
    report(progress, 1, 4)
    text = decode_text(plaintext)
    del plaintext
    report(progress, 2, 4)
    raw = parse_json(text)
    del text
    report(progress, 3, 4)
    document = parse_document(raw)
    report(progress, 4, 4)
    return document


def open_backup_file(
    path: Path, secret: BackupSecret, progress: ProgressCallback | None = None
) -> BackupDocument:
    return open_backup(read_backup_file(path), secret, progress)


def preview_restore(database: Database, document: BackupDocument) -> RestoreSummary:
    """What restoring would change, computed without writing anything."""
    with database.reader() as session:
        return RestoreSummary(document, _merge_all(session, document, apply=False, progress=None))


def restore_into(
    database: Database,
    document: BackupDocument,
    progress: ProgressCallback | None = None,
    *,
    into_new_vault: bool = False,
) -> RestoreSummary:
    """Merge the backup into the open vault in one transaction; returns what changed.

    ``into_new_vault``: the vault was made moments ago for this backup, so what it already
    holds (its default activities) takes the backup's version.
    """
    with database.session() as session:
        changes = _merge_all(
            session, document, apply=True, progress=progress, into_new_vault=into_new_vault
        )
    return RestoreSummary(document, changes)


def restore_into_new_vault(
    files: VaultFiles,
    passphrase: str,
    document: BackupDocument,
    params: kdf.Argon2Params | None = None,
    progress: ProgressCallback | None = None,
) -> tuple[CreatedVault, RestoreSummary]:
    """A new vault (new computer) holding the backup. On failure no vault is left behind."""
    if files.exists():
        raise RestoreTargetError(
            f"{files.folder} already holds a Tend journal. To restore into it, unlock it and "
            "restore there (the backup is merged in); to start fresh, choose an empty folder."
        )
    created = Vault.create(files, passphrase, params)
    try:
        summary = restore_into(created.vault.database, document, progress, into_new_vault=True)
    except BaseException:
        created.vault.lock()
        for path in (files.db, files.slots, *files.sidecars):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise
    return created, summary


def _merge_all(
    session: Session,
    document: BackupDocument,
    *,
    apply: bool,
    progress: ProgressCallback | None,
    into_new_vault: bool = False,
) -> tuple[SectionChanges, ...]:
    total = sum(document.count(section.name) for section in SECTIONS) or 1
    results: list[SectionChanges] = []
    offset = 0
    resolved_ids: dict[str, dict[str, str]] = {}  # shared: later sections follow links
    for section in SECTIONS:
        records: Sequence[object] = document.records.get(section.name, ())
        start = offset

        def section_progress(done: int, _total: int, start: int = start) -> None:
            report(progress, start + done, total)

        context = MergeContext(
            document.created_at, apply, section_progress, into_new_vault, resolved_ids
        )
        results.append(section.merge(session, records, context))
        offset += len(records)
    report(progress, total, total)
    return tuple(results)
