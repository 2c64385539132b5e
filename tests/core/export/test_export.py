"""Markdown and CSV exports: every live entry and check-in, front matter that YAML-minded
tools read, cells no spreadsheet runs as a formula, and never a file written over another."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.core.checkins import CheckInValues
from app.core.errors import UsageError
from app.core.export.checkins_csv import export_checkins_csv
from app.core.export.entries_csv import export_entries_csv
from app.core.export.markdown import export_markdown
from app.core.workspace import Workspace
from tests.core.backup.helpers import fill


def _front_matter(text: str) -> dict[str, object]:
    lines = text.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    values: dict[str, object] = {}
    for line in lines[1:end]:
        key, _, value = line.partition(": ")
        values[key] = (
            json.loads(value) if value[:1] in '"[' or value in ("true", "false") else value
        )
    return values


def test_markdown_export_writes_one_file_per_live_entry(
    workspace: Workspace, tmp_path: Path
) -> None:
    entries = fill(workspace)
    folder = tmp_path / "export"
    assert export_markdown(workspace.journal, folder) == 3
    files = sorted(folder.iterdir())
    assert len(files) == 3 and all(path.suffix == ".md" for path in files)
    first = next(path for path in files if "interview" in path.name)
    matter = _front_matter(first.read_text())
    assert matter["id"] == entries[0].id and matter["title"] == "Interview"
    assert matter["tags"] == ["Jobs", "work"]
    assert matter["created"] == entries[0].created_at.isoformat()
    assert first.read_text().rstrip().endswith(entries[0].body)
    assert oct(first.stat().st_mode & 0o777) == "0o600"


def test_markdown_export_refuses_a_folder_with_files(workspace: Workspace, tmp_path: Path) -> None:
    fill(workspace)
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "keep.md").write_text("mine")
    with pytest.raises(UsageError, match="isn't empty"):
        export_markdown(workspace.journal, folder)
    assert [path.name for path in folder.iterdir()] == ["keep.md"]


def test_csv_export_has_a_row_per_live_entry(workspace: Workspace, tmp_path: Path) -> None:
    entries = fill(workspace)
    path = tmp_path / "entries.csv"
    assert export_entries_csv(workspace.journal, path) == 3
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == [entries[0].id, entries[1].id, entries[2].id]
    assert rows[1]["body"] == "No title, first line counts\nsecond line"
    assert rows[0]["tags"] == "Jobs | work" and rows[1]["starred"] == "true"


def test_csv_export_never_overwrites(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "entries.csv"
    path.write_text("mine")
    with pytest.raises(UsageError) as refused:
        export_entries_csv(workspace.journal, path)
    assert path.read_text() == "mine"
    # An export is not a backup: the message names neither.
    said = f"{refused.value.title} {refused.value.message}"
    assert "entries.csv already exists" in said
    assert "backup" not in said.lower()


def test_check_ins_csv_has_a_clear_header_and_a_row_each(
    workspace: Workspace, tmp_path: Path
) -> None:
    entries = fill(workspace)
    path = tmp_path / "checkins.csv"
    assert export_checkins_csv(workspace.checkins, path) == 3
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    assert header == [
        "id",
        "time",
        "day",
        "mood",
        "energy",
        "interest",
        "focus",
        "sleep_hours",
        "activities",
        "note",
        "entry_id",
        "feelings",
    ]
    first = rows[0]
    assert first["feelings"] == "disappointed | tired | hopeful"
    assert first["time"] == "2026-03-14T09:45:00+02:00" and first["day"] == "2026-03-14"
    assert (first["mood"], first["energy"], first["focus"], first["sleep_hours"]) == (
        "2",
        "1",
        "3",
        "6.5",
    )
    assert first["activities"] == "Rejection | Workout | Drawing"
    assert first["entry_id"] == entries[0].id
    assert rows[1]["energy"] == "" and rows[1]["time"] == "2026-03-15T22:30:00-05:00"
    assert oct(path.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_a_spreadsheet_would_run_are_quoted(
    workspace: Workspace, tmp_path: Path, start: str
) -> None:
    formula = f'{start}HYPERLINK("http://example.invalid","x")'
    workspace.journal.create(formula, f"{start}1+1", ["plain"])
    workspace.checkins.create(CheckInValues(mood=3, note=f"{start}cmd|' /C calc'!A0"))
    entries_path, checkins_path = tmp_path / "e.csv", tmp_path / "c.csv"
    export_entries_csv(workspace.journal, entries_path)
    export_checkins_csv(workspace.checkins, checkins_path)

    with entries_path.open(newline="", encoding="utf-8") as handle:
        (entry,) = list(csv.DictReader(handle))
    with checkins_path.open(newline="", encoding="utf-8") as handle:
        (checkin,) = list(csv.DictReader(handle))
    assert entry["title"] == "'" + formula and entry["body"] == f"'{start}1+1"
    assert entry["tags"] == "plain"
    assert checkin["note"] == f"'{start}cmd|' /C calc'!A0"
    assert checkin["mood"] == "3"  # ordinary values stay as they are
