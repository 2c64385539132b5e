"""Shared helpers for backup tests: a vault with every kind of data, and full comparisons."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from app.core.backup import keys
from app.core.db.tables import SettingRow
from app.core.journal import Entry, EntryFilter
from app.core.workspace import Workspace

MARKER = "zebra-quartz-marker-71"


def fill(workspace: Workspace) -> list[Entry]:
    """Entries with tags (one non-ASCII), a starred one, one in the trash, and settings."""
    journal = workspace.journal
    plus_two = timezone(timedelta(hours=2))
    minus_five = timezone(timedelta(hours=-5))
    made = [
        journal.create(
            "Interview",
            f"It went fine. {MARKER}",
            ["work", "Jobs"],
            created_at=datetime(2026, 3, 14, 9, 30, 15, 123456, tzinfo=plus_two),
        ),
        journal.create(
            "",
            "No title, first line counts\nsecond line",
            ["über"],
            created_at=datetime(2026, 3, 15, 22, 5, tzinfo=minus_five),
            starred=True,
        ),
        journal.create(
            "Walk", "Sun out.", [], created_at=datetime(2026, 4, 1, 7, 0, tzinfo=plus_two)
        ),
    ]
    trashed = journal.create("Draft", "Not sure about this.", ["drafts"])
    journal.move_to_trash(trashed.id)
    with workspace.vault.database.session() as session:
        session.add(SettingRow(key="reminders.times", value=json.dumps(["09:00", "21:00"])))
        session.add(SettingRow(key="watcher.enabled", value="true"))
    return [*made, journal.get(trashed.id)]


def all_entries(workspace: Workspace) -> list[Entry]:
    journal = workspace.journal
    ids = [s.id for s in journal.list_page(limit=10_000)[0]]
    ids += [s.id for s in journal.list_page(EntryFilter(in_trash=True), limit=10_000)[0]]
    return sorted((journal.get(entry_id) for entry_id in ids), key=lambda entry: entry.id)


def all_settings(workspace: Workspace) -> dict[str, object]:
    with workspace.vault.database.reader() as session:
        rows = session.execute(select(SettingRow.key, SettingRow.value))
        return {key: json.loads(value) for key, value in rows}


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


def key_pair() -> keys.KeyPair:
    return keys.generate()
