"""`tend checkin`, `tend checkins` and `tend activities`, run as a person would run them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


def tend(
    data_dir: Path,
    *args: str,
    stdin: str = PASSPHRASE + "\n",
    tz: str = "UTC",
    home: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": tz}
    if home is not None:
        env["HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "app", *args, "--data-dir", str(data_dir), "--passphrase-stdin"],
        input=stdin,
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


@pytest.fixture(scope="module")
def fresh_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `tend init` per module; each test gets its own copy of the new journal."""
    folder = tmp_path_factory.mktemp("template") / "journal"
    home = tmp_path_factory.mktemp("home")
    result = tend(folder, "init", home=home)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def journal_dir(fresh_journal: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(fresh_journal, tmp_path / "journal"))


def test_checkin_saves_every_option_and_lists_it_back(journal_dir: Path) -> None:
    saved = tend(
        journal_dir,
        "checkin",
        "--mood", "4",
        "--energy", "2",
        "--focus", "3",
        "--sleep", "6.5",
        "--activity", "exercise",
        "--activity", "Friends",
        "--note", "a long walk",
        "--feeling", "Tired",
        "--feeling", "hopeful",
        "--json",
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    created = json.loads(saved.stdout)
    assert (created["mood"], created["energy"], created["interest"], created["focus"]) == (
        4, 2, None, 3,
    )  # fmt: skip
    assert created["sleep_hours"] == 6.5
    assert created["activities"] == ["Exercise", "Friends"]
    assert created["note"] == "a long walk"
    assert created["feelings"] == ["tired", "hopeful"]

    listed = tend(journal_dir, "checkins", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [created]

    plain = tend(journal_dir, "checkins")
    assert (
        "mood 4  energy 2  interest –  focus 3  sleep 6.5 h  Exercise, Friends  "
        "feeling tired, hopeful" in plain.stdout
    )


def test_backfill_is_read_in_the_local_time_zone_and_lands_on_that_day(journal_dir: Path) -> None:
    # 23:30 in New York on the spring-forward day is 03:30 UTC the next morning.
    result = tend(
        journal_dir, "checkin", "--mood", "2", "--at", "2026-03-08 23:30", "--json",
        tz="America/New_York",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    created = json.loads(result.stdout)
    assert created["at"] == "2026-03-08T23:30:00-04:00"
    assert created["day"] == "2026-03-08"

    tend(journal_dir, "checkin", "--mood", "5", "--at", "2026-03-10", tz="America/New_York")
    only_the_8th = tend(journal_dir, "checkins", "--since", "2026-03-08", "--until", "2026-03-09",
                        "--json")  # fmt: skip
    assert [c["day"] for c in json.loads(only_the_8th.stdout)] == ["2026-03-08"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--mood", "6"), "argument --mood: '6' is not a whole number from 1 (very low)"),
        (("--energy", "high"), "argument --energy: 'high' is not a whole number"),
        (("--sleep", "30"), "argument --sleep: '30' is not a number of hours from 0 to 24"),
        (("--mood", "3", "--at", "yesterday"), "argument --at: 'yesterday' is not a time"),
        ((), "Nothing to check in"),
        (("--feeling", "gloomy"), "“gloomy” isn't one of the feeling words. Choose from: hopeful"),
    ],
)
def test_bad_values_are_usage_errors_before_the_vault_opens(
    journal_dir: Path, args: tuple[str, ...], message: str
) -> None:
    # No passphrase on stdin: the command must fail on the values, never ask for it.
    result = tend(journal_dir, "checkin", *args, stdin="")
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--activity", "Skydiving"), "didn't match any activity"),
        (("--mood", "3", "--at", "2099-01-01 09:00"), "can't be dated in the future"),
    ],
)
def test_values_the_journal_refuses_are_usage_errors_and_nothing_is_saved(
    journal_dir: Path, args: tuple[str, ...], message: str
) -> None:
    result = tend(journal_dir, "checkin", *args)
    assert result.returncode == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert json.loads(tend(journal_dir, "checkins", "--json").stdout) == []


def test_wrong_passphrase_exits_2_and_saves_nothing(journal_dir: Path) -> None:
    result = tend(journal_dir, "checkin", "--mood", "3", stdin="not the passphrase\n")
    assert result.returncode == 2
    assert json.loads(tend(journal_dir, "checkins", "--json").stdout) == []


def test_checkins_refuses_a_backwards_range(journal_dir: Path) -> None:
    result = tend(journal_dir, "checkins", "--since", "2026-03-09", "--until", "2026-03-01")
    assert result.returncode == 1 and "--since comes after --until" in result.stderr


def test_empty_listing_says_so(journal_dir: Path) -> None:
    result = tend(journal_dir, "checkins")
    assert result.returncode == 0 and result.stdout.strip() == "No check-ins yet."


def test_activities_lists_groups_and_hidden_on_request(journal_dir: Path) -> None:
    result = tend(journal_dir, "activities", "--json")
    assert result.returncode == 0, result.stderr
    groups = {g["name"]: [a["name"] for a in g["activities"]] for g in json.loads(result.stdout)}
    assert groups["Job search"][3] == "Rejection"
    assert groups["People"] == ["Friends", "Family"]
