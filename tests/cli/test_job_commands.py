"""`tend job ...` and `tend people ...`, run as a person would run them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_checkin_commands import tend
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def fresh_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "journal"
    home = tmp_path_factory.mktemp("home")
    result = tend(folder, "init", home=home)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def journal_dir(fresh_journal: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(fresh_journal, tmp_path / "journal"))


def _json(result) -> object:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_add_move_and_list_an_opening_with_json(journal_dir: Path) -> None:
    added = _json(
        tend(
            journal_dir,
            "job",
            "add",
            "--role",
            "Analyst",
            "--org",
            "Harbour",
            "--via",
            "person",
            "--json",
        )
    )
    assert (added["role"], added["organisation"], added["via"], added["stage"]) == (
        "Analyst", "Harbour", "person", "noticed",
    )  # fmt: skip
    assert _json(tend(journal_dir, "checkin", "--mood", "3", "--json"))

    moved = tend(journal_dir, "job", "move", added["id"][:8], "applied", "--json")
    data = _json(moved)
    assert data["stage"] == "applied"
    assert data["checkin"] == "added"
    checkins = _json(tend(journal_dir, "checkins", "--json"))
    assert checkins[0]["activities"] == ["Applied for a job"]

    listed = _json(tend(journal_dir, "job", "list", "--open", "--json"))
    assert [item["id"] for item in listed] == [added["id"]]


def test_move_without_a_checkin_says_one_can_be_recorded(journal_dir: Path) -> None:
    added = _json(
        tend(journal_dir, "job", "add", "--role", "Analyst", "--org", "Harbour", "--json")
    )

    moved = tend(journal_dir, "job", "move", added["id"], "interviewing", "--date", "2020-05-01")

    assert moved.returncode == 0, moved.stderr
    assert "no check-in for that day" in moved.stderr
    shown = _json(tend(journal_dir, "job", "show", added["id"], "--json"))
    assert shown["interview_days"] == ["2020-05-01"]


def test_link_an_entry_and_show_it_with_the_opening(journal_dir: Path) -> None:
    added = _json(
        tend(journal_dir, "job", "add", "--role", "Analyst", "--org", "Harbour", "--json")
    )
    entry = _json(
        tend(
            journal_dir,
            "add",
            "--title",
            "Panel notes",
            "--json",
            stdin=f"{PASSPHRASE}\nThey asked about data.\n",
        )
    )
    linked = tend(journal_dir, "job", "link", added["id"], entry["id"])
    assert linked.returncode == 0, linked.stderr

    shown = tend(journal_dir, "job", "show", added["id"])
    assert shown.returncode == 0, shown.stderr
    assert "Panel notes" in shown.stdout
    assert "Noticed" in shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("job", "move", "abcdef12", "applied"), "No opening's id starts with abcdef12"),
        (("job", "move", "abcdef12", "hired"), "is not a stage"),
        (("job", "move", "abcdef12", "applied", "--date", "14/03/2026"), "is not a date"),
        (("job", "add", "--role", "Analyst", "--org", "H", "--via", "fax"), "posting, person"),
        (("people", "add", "Sam", "--talked", "tomorrow"), "is not a date"),
    ],
)
def test_bad_input_gets_a_clear_message_and_exit_code_1(
    journal_dir: Path, args: tuple[str, ...], message: str
) -> None:
    result = tend(journal_dir, *args)

    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_people_add_and_list(journal_dir: Path) -> None:
    person = _json(
        tend(
            journal_dir,
            "people",
            "add",
            "Sam",
            "--met",
            "old team",
            "--talked",
            "2024-02-01",
            "--json",
        )
    )
    assert (person["name"], person["how_we_met"], person["last_talked"]) == (
        "Sam", "old team", "2024-02-01",
    )  # fmt: skip

    listed = tend(journal_dir, "people", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Sam" in listed.stdout and "old team" in listed.stdout


def test_export_csv_openings_warns_it_is_not_encrypted(journal_dir: Path, tmp_path: Path) -> None:
    _json(tend(journal_dir, "job", "add", "--role", "Analyst", "--org", "Harbour", "--json"))
    target = tmp_path / "openings.csv"

    result = tend(journal_dir, "export", "csv", "--openings", str(target))

    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,role,organisation,via,stage")
    assert ",Analyst,Harbour,posting,noticed," in lines[1]
