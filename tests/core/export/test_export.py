"""Markdown and CSV exports: every live entry, front matter that YAML-minded tools read,
and never a file written over another."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.core.errors import UsageError
from app.core.export import export_entries_csv, export_markdown
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
    with pytest.raises(UsageError):
        export_entries_csv(workspace.journal, path)
    assert path.read_text() == "mine"
