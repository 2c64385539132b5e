"""jrnl JSON and Day One zip exports: real shapes in, stable ids, field paths on errors."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.importers import JournalImportSink, import_batch, preview, read_dayone, read_jrnl
from app.core.importers.errors import ImportFormatError, ImportTooLargeError
from app.core.importers.jrnl import parse_jrnl
from app.core.workspace import Workspace
from tests.core.importers.helpers import DATA

BERLIN = ZoneInfo("Europe/Berlin")


def test_jrnl_export_becomes_entries_with_tags_and_stars() -> None:
    batch = read_jrnl(DATA / "jrnl-export.json", BERLIN)
    titles = [entry.title for entry in batch.entries]
    assert titles == [
        "Started the job search properly today.",
        "Long walk by the river.",
        "First rejection.",
    ]
    walk = batch.entries[1]
    assert walk.tags == ("health",) and walk.starred
    assert walk.created_at == datetime(2026, 2, 3, 18, 40, tzinfo=BERLIN)
    assert batch.entries[0].body.startswith("Made a list")


def test_jrnl_import_twice_adds_nothing(workspace: Workspace) -> None:
    sink = JournalImportSink(workspace.journal)
    assert import_batch(read_jrnl(DATA / "jrnl-export.json"), sink).entries_added == 3
    again = import_batch(read_jrnl(DATA / "jrnl-export.json"), sink)
    assert again.entries_added == 0 and again.entries_already_here == 3
    assert workspace.journal.count() == 3
    assert {tag.name for tag in workspace.journal.tags()} == {"work", "health"}


@pytest.mark.parametrize(
    ("document", "path"),
    [
        (
            {"entries": [{"title": "t", "body": "b", "date": "2026-02-30", "time": "09:00"}]},
            "entries[0].date",
        ),
        (
            {"entries": [{"title": "t", "body": "b", "date": "2026-02-03", "time": "9 am"}]},
            "entries[0].time",
        ),
        ({"entries": [{"title": "t", "date": "2026-02-03", "time": "09:00"}]}, "entries[0].body"),
        (
            {
                "entries": [
                    {
                        "title": "t",
                        "body": "b",
                        "date": "2026-02-03",
                        "time": "09:00",
                        "tags": ["ok", 3],
                    }
                ]
            },
            "entries[0].tags[1]",
        ),
        ({"entries": {}}, "entries"),
        ({"tags": {}}, "(top level)"),
    ],
)
def test_a_malformed_jrnl_file_names_the_field(document: object, path: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_jrnl(json.dumps(document).encode())
    assert f"at {path}:" in caught.value.message


def test_broken_jrnl_json_names_the_line() -> None:
    with pytest.raises(ImportFormatError, match="line 2, column"):
        parse_jrnl(b'{"entries": [\n  {"title": }]}')


def test_day_one_zip_becomes_entries_from_every_journal() -> None:
    batch = read_dayone(DATA / "dayone-export.zip")
    assert len(batch.entries) == 3 and batch.skipped == 1  # the photo-only entry
    plan = next(entry for entry in batch.entries if entry.title == "New year, new plan")
    assert plan.body.startswith("Three applications a week. No more, no less!")
    assert plan.tags == ("work", "hope") and plan.starred
    assert plan.created_at.isoformat() == "2026-01-10T08:30:12+00:00"
    assert plan.updated_at.isoformat() == "2026-01-10T09:01:55+00:00"
    evening = next(entry for entry in batch.entries if entry.body.startswith("Quiet evening"))
    assert evening.title == "" and evening.created_at.utcoffset().total_seconds() == -5 * 3600
    assert preview(batch).first_day.isoformat() == "2025-08-01"


def test_day_one_import_twice_adds_nothing(workspace: Workspace) -> None:
    sink = JournalImportSink(workspace.journal)
    assert import_batch(read_dayone(DATA / "dayone-export.zip"), sink).entries_added == 3
    assert import_batch(read_dayone(DATA / "dayone-export.zip"), sink).entries_added == 0


def _zip(tmp_path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_day_one_field_error_names_the_file_and_path(tmp_path: Path) -> None:
    bad = {
        "metadata": {},
        "entries": [
            {
                "uuid": "8E2E1B5A7C3D4F9A8B6C5D4E3F2A1B0C",
                "creationDate": "last tuesday",
                "text": "x",
            }
        ],
    }
    with pytest.raises(ImportFormatError) as caught:
        read_dayone(_zip(tmp_path, {"Journal.json": json.dumps(bad).encode()}))
    assert "Journal.json: entries[0].creationDate" in caught.value.message


def test_a_zip_without_a_journal_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="holds no journal"):
        read_dayone(_zip(tmp_path, {"photos/a.jpeg": b"x"}))


def test_a_zip_bomb_is_stopped_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.core.importers.limits.MAX_JSON_MEMBER_BYTES", 1024 * 1024)
    bomb = b'{"entries": [' + b" " * (8 * 1024 * 1024) + b"]}"
    path = _zip(tmp_path, {"Journal.json": bomb})
    assert path.stat().st_size < 64 * 1024
    with pytest.raises(ImportTooLargeError):
        read_dayone(path)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(b"PK\x03\x04" + io.BytesIO(b"garbage" * 10).getvalue())
    with pytest.raises(ImportFormatError, match="isn't a readable zip"):
        read_dayone(path)
