"""Ways a journal's files get damaged on disk, each applied to a closed journal."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.vault import VaultFiles
from tests.support.sqlcipher_pages import PAGE_SIZE


@dataclass(frozen=True)
class Damage:
    name: str
    apply: Callable[[VaultFiles], None]
    message: str  # what the one line must say


def flip(path: Path, offset: int, count: int = 40) -> None:
    data = bytearray(path.read_bytes())
    for index in range(offset, offset + count):
        data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def _missing(files: VaultFiles) -> None:
    files.db.unlink()


def _empty(files: VaultFiles) -> None:
    files.db.write_bytes(b"")


def _directory(files: VaultFiles) -> None:
    files.db.unlink()
    files.db.mkdir()
    (files.db / "something").write_text("not a journal")


def _plain_sqlite(files: VaultFiles) -> None:
    files.db.unlink()
    with sqlite3.connect(files.db) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()


def _truncated(files: VaultFiles) -> None:
    data = files.db.read_bytes()
    files.db.write_bytes(data[: PAGE_SIZE + PAGE_SIZE // 2])


def _first_page(files: VaultFiles) -> None:
    flip(files.db, 1000)


def _middle_page(files: VaultFiles) -> None:
    flip(files.db, 4196)  # page 2, as in the report


def _key_file_damaged(files: VaultFiles) -> None:
    flip(files.slots, 20, 30)


def _key_file_missing(files: VaultFiles) -> None:
    files.slots.unlink()


def _key_file_wrong_version(files: VaultFiles) -> None:
    document = json.loads(files.slots.read_text(encoding="utf-8"))
    document["version"] = 99
    files.slots.write_text(json.dumps(document), encoding="utf-8")


def _key_file_huge_number(files: VaultFiles) -> None:
    files.slots.write_text('{"format": "tend-keyslots", "version": ' + "9" * 5000 + "}")


def _key_file_directory(files: VaultFiles) -> None:
    files.slots.unlink()
    files.slots.mkdir()


DAMAGES = (
    Damage("missing", _missing, "is missing"),
    Damage("empty", _empty, "is empty"),
    Damage("directory", _directory, "is a folder, not a file"),
    Damage("plain SQLite", _plain_sqlite, "ordinary, unencrypted SQLite database"),
    Damage("truncated", _truncated, "cut short"),
    Damage("first page flipped", _first_page, "first page is damaged"),
    Damage("middle page flipped", _middle_page, "Part of the journal file is damaged"),
    Damage("key file damaged", _key_file_damaged, "key file is damaged"),
    Damage("key file missing", _key_file_missing, "key file journal.keys is missing"),
    Damage("key file wrong version", _key_file_wrong_version, "newer version of Tend"),
    Damage("key file with a 5,000-digit number", _key_file_huge_number, "key file is damaged"),
    Damage("key file is a folder", _key_file_directory, "journal.keys in"),
)


def copy_with_live_wal(live: VaultFiles, target: Path) -> VaultFiles:
    """A copy of the folder taken while the journal is open: its WAL holds the last writes."""
    target.mkdir(parents=True)
    for path in (live.db, live.slots, live.sidecars[0]):
        shutil.copy2(path, target / path.name)
    return VaultFiles(target)
