"""Exports read in batches write exactly the bytes the entry-by-entry reading wrote.

``expected_export.json`` was written by the earlier exporter (one ``Journal.get`` per entry)
from the journal built here; any change in order, tags, times or CSV quoting shows up as a
difference in bytes.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event

from app.core.export import checkins_csv
from app.core.export import source as export_source
from app.core.export.checkins_csv import export_checkins_csv
from app.core.export.csv_file import write_csv
from app.core.export.entries_csv import export_entries_csv
from app.core.export.markdown import export_markdown
from app.core.journal import Journal
from app.core.vault import Vault
from app.core.workspace import Workspace
from tests.core.backup.helpers import fill
from tests.support.clock import ManualClock

EXPECTED = Path(__file__).with_name("expected_export.json")
PLUS_TWO = timezone(timedelta(hours=2))
MINUS_FIVE = timezone(timedelta(hours=-5))


def build_journal(journal: Journal, clock: ManualClock) -> None:
    """Ties on the creation time, tags whose byte order and case-blind order differ,
    a trashed entry, cells a spreadsheet would run, and bodies with and without a last
    newline."""
    same_moment = datetime(2026, 2, 1, 8, 0, tzinfo=PLUS_TWO)
    specs = [
        (
            "00000000-0000-4000-8000-000000000001",
            "Interview",
            "It went fine.",
            ["work", "Jobs"],
            datetime(2026, 3, 14, 9, 30, 15, 123456, tzinfo=PLUS_TWO),
            False,
        ),
        (
            "00000000-0000-4000-8000-000000000002",
            "",
            "No title, first line\nsecond line\n",
            ["über", "apple", "Zebra"],
            datetime(2026, 3, 15, 22, 5, tzinfo=MINUS_FIVE),
            True,
        ),
        (
            "00000000-0000-4000-8000-000000000003",
            "=SUM(A1)",
            "-1 is a number\r\nand @me",
            [],
            same_moment,
            False,
        ),
        (
            "00000000-0000-4000-8000-000000000004",
            "Same minute",
            "Tied with the one before.",
            ["Éclair", "eclair-2"],
            same_moment,
            False,
        ),
        (
            "00000000-0000-4000-8000-000000000005",
            "Draft",
            "Not sure.",
            ["drafts"],
            datetime(2026, 1, 2, 7, 0, tzinfo=PLUS_TWO),
            False,
        ),
        (
            "00000000-0000-4000-8000-000000000006",
            'Quote "me", please',
            "# Heading\n\nText",
            ["a,b"],
            datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC),
            False,
        ),
    ]
    for entry_id, title, body, tags, created, starred in specs:
        clock.advance(minutes=7)
        journal.create(title, body, tags, created_at=created, entry_id=entry_id, starred=starred)
    journal.move_to_trash("00000000-0000-4000-8000-000000000005")


def exported(journal: Journal, folder: Path) -> dict[str, str]:
    markdown = folder / "markdown"
    export_markdown(journal, markdown)
    export_entries_csv(journal, folder / "entries.csv")
    files = {f"markdown/{p.name}": p.read_bytes().decode() for p in sorted(markdown.iterdir())}
    files["entries.csv"] = (folder / "entries.csv").read_bytes().decode()
    return files


@pytest.mark.parametrize("batch_size", [1, 2, 500])
def test_exports_match_the_earlier_bytes_whatever_the_batch_size(
    journal: Journal,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    batch_size: int,
) -> None:
    monkeypatch.setattr(export_source, "BATCH_SIZE", batch_size)
    build_journal(journal, clock)
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert exported(journal, tmp_path) == expected


def test_entry_exports_run_two_queries_per_batch_not_per_entry(
    journal: Journal,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vault: Vault,
) -> None:
    monkeypatch.setattr(export_source, "BATCH_SIZE", 4)
    for number in range(10):
        clock.advance(minutes=1)
        journal.create(f"Day {number}", "Words.", ["work", "sleep"])
    statements: list[str] = []

    def count(*args: object) -> None:
        statement = args[2]
        assert isinstance(statement, str)
        statements.append(statement)

    engine = vault.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        assert export_entries_csv(journal, tmp_path / "entries.csv") == 10
    finally:
        event.remove(engine, "before_cursor_execute", count)
    reads = [s for s in statements if "FROM entries" in s and "count(" not in s]
    # Batches of 4, 4 and 2: three entry queries and three tag queries, nothing per entry.
    assert len(reads) == 3
    assert len([s for s in statements if "entry_tags" in s]) == 3


@pytest.mark.parametrize("batch_size", [1, 3, 500])
def test_check_ins_csv_in_batches_matches_reading_them_all_at_once(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch_size: int
) -> None:
    fill(workspace)
    monkeypatch.setattr(checkins_csv, "BATCH_SIZE", batch_size)
    assert export_checkins_csv(workspace.checkins, tmp_path / "batched.csv") == 3
    everything = workspace.checkins.list_between()
    assert len(everything) == 3 and any(len(c.activities) > 1 for c in everything)
    write_csv(
        tmp_path / "whole.csv", checkins_csv.COLUMNS, map(checkins_csv.checkin_row, everything)
    )
    assert (tmp_path / "batched.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
