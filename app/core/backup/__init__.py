"""Encrypted backups (age v1): create, verify, restore, and automatic backups.

The document format is described field by field in docs/backup-format.md.
"""

from app.core.backup.create import BackupResult, VerifyReport, create_backup, verify_backup
from app.core.backup.crypto import BackupSecret, Identities, Passphrase, needs_passphrase
from app.core.backup.document import BackupDocument, read_document
from app.core.backup.restore import (
    RestoreSummary,
    open_backup,
    open_backup_file,
    preview_restore,
    restore_into,
    restore_into_new_vault,
)

__all__ = [
    "BackupDocument",
    "BackupResult",
    "BackupSecret",
    "Identities",
    "Passphrase",
    "RestoreSummary",
    "VerifyReport",
    "create_backup",
    "needs_passphrase",
    "open_backup",
    "open_backup_file",
    "preview_restore",
    "read_document",
    "restore_into",
    "restore_into_new_vault",
    "verify_backup",
]
