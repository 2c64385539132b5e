"""Backup files on disk: read with a size cap, written through a temp file and one rename.

Only ciphertext ever reaches these files; the plaintext document stays in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.core.atomic_file import write_new_file as write_new
from app.core.backup.errors import NOTHING_CHANGED, BackupDestinationError, BackupError

MAX_BACKUP_FILE_BYTES = 2 << 30
BACKUP_SUFFIX = ".tend.age"


def read_backup_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BACKUP_FILE_BYTES:
            raise BackupError(
                f"{path.name} is far larger than any Tend backup, so Tend won't open it. "
                f"Check that you chose the right file. {NOTHING_CHANGED}"
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise BackupDestinationError(f"There is no file at {path}.") from error
    except IsADirectoryError as error:
        raise BackupDestinationError(f"{path} is a folder; choose a backup file.") from error
    except PermissionError as error:
        raise BackupDestinationError(f"Tend isn't allowed to read {path}.") from error


def write_new_file(path: Path, write: Callable[[BinaryIO], object], *, overwrite: bool) -> None:
    """Write through a private temp file beside ``path``, fsync, then rename into place."""
    write_new(path, write, overwrite=overwrite, refused=BackupDestinationError, what="backup")
