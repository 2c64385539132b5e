"""Where one vault's files live: names only, so finding them imports no database code.

The desktop app's first window (unlock or create) needs these paths before anything opens
the database; `app.core.vault` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_FILE_NAME = "journal.db"
SLOTS_FILE_NAME = "journal.keys"


@dataclass(frozen=True)
class VaultFiles:
    """Where one vault's files live inside its data folder."""

    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_FILE_NAME

    @property
    def slots(self) -> Path:
        return self.folder / SLOTS_FILE_NAME

    @property
    def sidecars(self) -> tuple[Path, ...]:
        return (self.db.with_name(DB_FILE_NAME + "-wal"), self.db.with_name(DB_FILE_NAME + "-shm"))

    def exists(self) -> bool:
        return self.db.exists() or self.slots.exists()
