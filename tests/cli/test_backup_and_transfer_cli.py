"""`tend backup …`, `tend import …` and `tend export …` from the command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from app.cli.runner import run
from tests.conftest import PASSPHRASE
from tests.core.importers.helpers import DATA

NEW_PASSPHRASE = "a different passphrase"


def tend(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    data = str(tmp_path / "data")

    def call(stdin: str, *argv: str, data_dir: str = data) -> tuple[int, str, str]:
        return tend(monkeypatch, capsys, stdin, *argv, "--data-dir", data_dir)

    assert call(f"{PASSPHRASE}\n", "init", "--passphrase-stdin")[0] == 0
    for title in ("First", "Second"):
        call(f"{PASSPHRASE}\nSome words.\n", "add", "--passphrase-stdin", "--title", title)
    return call


@pytest.fixture
def key(journal, tmp_path: Path) -> tuple[Path, str]:
    code, out, err = journal("", "backup", "keygen", "--out", str(tmp_path / "key.txt"))
    assert code == 0 and "somewhere other than this computer" in err
    return tmp_path / "key.txt", out.strip().splitlines()[-1]


def test_create_verify_and_restore_into_a_new_folder(journal, key, tmp_path: Path) -> None:
    key_file, public = key
    backup = str(tmp_path / "b.tend.age")
    code, out, _ = journal(
        f"{PASSPHRASE}\n",
        "backup",
        "create",
        "--passphrase-stdin",
        "--out",
        backup,
        "--recipient",
        public,
    )
    assert code == 0 and "2 entries" in out
    assert "0 questionnaire results, 0 past prompts, 0 trusted contacts, 0 safety plans" in out

    code, out, _ = journal("", "backup", "verify", backup, "--identity", str(key_file), "--json")
    assert json.loads(out)["counts"] == {
        "entries": 2,
        "settings": 0,
        "activities": 11,
        "checkins": 0,
        "questionnaires": 0,
        "prompt_history": 0,
        "contacts": 0,
        "safety_plan": 0,
        "openings": 0,
        "search_people": 0,
    }

    other = str(tmp_path / "other")
    code, out, err = journal(
        f"{NEW_PASSPHRASE}\n",
        "backup",
        "restore",
        backup,
        "--new",
        "--identity",
        str(key_file),
        "--passphrase-stdin",
        data_dir=other,
    )
    assert code == 0 and "Entries: 2 new" in out and "recovery key" in err
    code, out, _ = journal(f"{NEW_PASSPHRASE}\n", "list", "--passphrase-stdin", data_dir=other)
    assert "First" in out and "Second" in out


def test_restoring_into_the_open_journal_twice_adds_nothing(journal, key, tmp_path: Path) -> None:
    key_file, public = key
    backup = str(tmp_path / "b.tend.age")
    journal(
        f"{PASSPHRASE}\n",
        "backup",
        "create",
        "--passphrase-stdin",
        "--out",
        backup,
        "--recipient",
        public,
    )
    code, out, _ = journal(
        f"{PASSPHRASE}\n",
        "backup",
        "restore",
        backup,
        "--identity",
        str(key_file),
        "--passphrase-stdin",
        "--json",
    )
    assert code == 0
    assert json.loads(out)["sections"]["entries"] == {
        "added": 0,
        "unchanged": 2,
        "replaced_keeping_copy": 0,
        "added_as_copy": 0,
        "kept_current": 0,
        "replaced": 0,
    }
    assert json.loads(out)["sections"]["activities"]["unchanged"] == 11


def test_a_damaged_backup_exits_with_code_3(journal, key, tmp_path: Path) -> None:
    key_file, public = key
    backup = tmp_path / "b.tend.age"
    journal(
        f"{PASSPHRASE}\n",
        "backup",
        "create",
        "--passphrase-stdin",
        "--out",
        str(backup),
        "--recipient",
        public,
    )
    backup.write_bytes(backup.read_bytes()[:-3])
    code, _, err = journal("", "backup", "verify", str(backup), "--identity", str(key_file))
    assert code == 3 and "cut short" in err


def test_a_recipient_backup_without_identity_asks_for_it(journal, key, tmp_path: Path) -> None:
    _, public = key
    backup = str(tmp_path / "b.tend.age")
    journal(
        f"{PASSPHRASE}\n",
        "backup",
        "create",
        "--passphrase-stdin",
        "--out",
        backup,
        "--recipient",
        public,
    )
    code, _, err = journal("", "backup", "verify", backup)
    assert code == 1 and "--identity" in err


def test_keygen_never_overwrites_a_key(journal, key) -> None:
    key_file, _ = key
    before = key_file.read_text()
    code, _, err = journal("", "backup", "keygen", "--out", str(key_file))
    assert code == 1 and "already exists" in err and key_file.read_text() == before


@pytest.mark.slow
def test_passphrase_backup_from_the_second_stdin_line(journal, tmp_path: Path) -> None:
    backup = str(tmp_path / "p.tend.age")
    code, _, _ = journal(
        f"{PASSPHRASE}\nbackup passphrase here\n",
        "backup",
        "create",
        "--passphrase-stdin",
        "--backup-passphrase-stdin",
        "--out",
        backup,
    )
    assert code == 0
    code, _, err = journal(
        "wrong passphrase!\n", "backup", "verify", backup, "--backup-passphrase-stdin"
    )
    assert code == 2 and "doesn't open this backup" in err


def test_import_dry_run_then_import(journal) -> None:
    source = str(DATA / "jrnl-export.json")
    code, out, _ = journal("", "import", "jrnl", source, "--dry-run")
    assert code == 0 and "Would import 3 entries" in out and "2026-02-02" in out
    code, out, _ = journal(f"{PASSPHRASE}\n", "import", "jrnl", source, "--passphrase-stdin")
    assert code == 0 and "Imported 3 new entries" in out
    code, out, _ = journal(f"{PASSPHRASE}\n", "import", "jrnl", source, "--passphrase-stdin")
    assert "Imported 0 new entries (3 were already here)" in out


def test_daylio_with_renamed_moods_asks_for_a_mapping(journal) -> None:
    source = str(DATA / "daylio-export-renamed-moods.csv")
    code, _, err = journal("", "import", "daylio", source, "--dry-run")
    assert code == 1 and '--mood-map "super=?,so-so=?,down=?"' in err
    code, out, err = journal(
        "", "import", "daylio", source, "--dry-run", "--mood-map", "super=5,so-so=3,down=2"
    )
    assert code == 0 and "3 check-ins" in out and "so-so = 3" in err


def test_daylio_import_brings_in_moods_and_activities_once(journal) -> None:
    source = str(DATA / "daylio-export.csv")
    code, out, _ = journal(
        f"{PASSPHRASE}\n", "import", "daylio", source, "--passphrase-stdin", "--json"
    )
    assert code == 0 and json.loads(out)["checkins_added"] == 5
    code, out, _ = journal(f"{PASSPHRASE}\n", "import", "daylio", source, "--passphrase-stdin")
    assert code == 0 and "Imported 0 new entries and 0 check-ins (9 were already here)." in out
    _, out, _ = journal(f"{PASSPHRASE}\n", "checkins", "--passphrase-stdin", "--json")
    checkins = json.loads(out)
    assert sorted(c["mood"] for c in checkins) == [1, 2, 3, 4, 5]
    assert any("Rejection" in c["activities"] for c in checkins)
    _, out, _ = journal(f"{PASSPHRASE}\n", "activities", "--passphrase-stdin", "--json")
    imported = next(group for group in json.loads(out) if group["name"] == "Imported")
    assert {a["name"] for a in imported["activities"]} >= {"walk", "job search"}


def test_a_malformed_import_names_the_line(journal, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n2026-01-01,x\n")
    code, _, err = journal("", "import", "daylio", str(bad), "--dry-run")
    assert code == 1 and "Line 2" in err


def test_exports_warn_that_files_are_not_encrypted(journal, tmp_path: Path) -> None:
    code, _, err = journal(
        f"{PASSPHRASE}\n", "export", "markdown", str(tmp_path / "md"), "--passphrase-stdin"
    )
    assert code == 0 and "NOT encrypted" in err and len(list((tmp_path / "md").iterdir())) == 2
    code, _, err = journal(
        f"{PASSPHRASE}\n", "export", "csv", str(tmp_path / "e.csv"), "--passphrase-stdin"
    )
    assert code == 0 and "NOT encrypted" in err and (tmp_path / "e.csv").exists()
    journal(f"{PASSPHRASE}\n", "checkin", "--passphrase-stdin", "--mood", "4")
    code, out, err = journal(
        f"{PASSPHRASE}\n",
        "export",
        "csv",
        "--checkins",
        str(tmp_path / "c.csv"),
        "--passphrase-stdin",
    )
    assert code == 0 and "NOT encrypted" in err and "Wrote 1 check-in to" in out
    assert (tmp_path / "c.csv").read_text().startswith("id,time,day,mood,energy,")
