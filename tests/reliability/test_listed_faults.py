"""Each fault from the reliability report: a clear one-line message, its exit code, nothing
changed. Every test here failed (most with a Python traceback) before the fix it covers.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.db import engine as db_engine
from app.core.errors import ExitCode
from app.core.journal import Journal
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from tests.conftest import PASSPHRASE
from tests.reliability import hostile
from tests.reliability.cli_in_process import InProcessCli, Outcome
from tests.reliability.conftest import make_closed_journal
from tests.reliability.damage import flip
from tests.support.cli import REPO_ROOT, isolated_environment
from tests.support.cli import tend as tend_process
from tests.support.files import fingerprint

UNLOCK = PASSPHRASE + "\n"
BACKUP_SECRET = "a separate backup passphrase"


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    files = VaultFiles(tmp_path / "data")
    created = Vault.create(files, PASSPHRASE, TEST_PARAMS)
    Journal(created.vault.database).create("First", "Something to keep.")
    created.vault.lock()
    return files.folder


def where(folder: Path) -> tuple[str, ...]:
    return ("--data-dir", str(folder), "--passphrase-stdin")


def assert_one_clear_line(outcome: Outcome, code: ExitCode, *phrases: str) -> None:
    assert not outcome.traceback, outcome.err
    assert outcome.code == code, (outcome.code, outcome.err)
    lines = [line for line in outcome.err.splitlines() if line.startswith("tend")]
    assert len(lines) == 1, outcome.err
    for phrase in phrases:
        assert phrase in lines[0], outcome.err


def entry_count(tend: InProcessCli, folder: Path) -> int:
    listed = tend("list", "--json", "--limit", "1000", *where(folder), stdin=UNLOCK)
    assert listed.code == ExitCode.OK, listed.err
    return listed.out.count('"id":')


# -- 1. what the journal accepts, a backup can hold --------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "phrase"),
    [
        ("", "before\x00after", "NUL character"),
        ("x" * 10_001, "fine", "longer than 10,000 characters"),
        ("", "y" * 10_000_001, "longer than 10,000,000 characters"),
    ],
    ids=["NUL in the body", "over-long title", "over-long body"],
)
def test_text_a_backup_could_not_hold_is_refused_at_the_door(
    tend: InProcessCli, journal_dir: Path, title: str, body: str, phrase: str
) -> None:
    outcome = tend("add", "--title", title, *where(journal_dir), stdin=UNLOCK + body)

    assert_one_clear_line(outcome, ExitCode.USAGE, phrase, "Nothing was saved")
    assert entry_count(tend, journal_dir) == 1


def test_backup_create_runs_restores_own_check_and_writes_nothing_it_could_not_restore(
    tend: InProcessCli, journal_dir: Path, tmp_path: Path
) -> None:
    # Data from before the door was closed: written straight into the table.
    vault = Vault.open_with_passphrase(VaultFiles(journal_dir), PASSPHRASE)
    with vault.database.session() as session:
        session.execute(text("UPDATE entries SET body = 'before' || char(0) || 'after'"))
    vault.lock()
    out = tmp_path / "never.tend.age"

    outcome = tend(
        "backup", "create", "--out", str(out), "--backup-passphrase-stdin",
        *where(journal_dir), stdin=UNLOCK + BACKUP_SECRET + "\n",
    )  # fmt: skip

    assert_one_clear_line(outcome, ExitCode.DAMAGED_VAULT, "no backup was written", ".body")
    assert not out.exists()
    assert list(tmp_path.glob("*.partial")) == []


def test_backup_holding_a_broken_character_is_refused_by_verify_and_restore(
    tend: InProcessCli, journal_dir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.tend.age"
    made = tend(
        "backup", "create", "--out", str(good), "--backup-passphrase-stdin",
        *where(journal_dir), stdin=UNLOCK + BACKUP_SECRET + "\n",
    )  # fmt: skip
    assert made.code == ExitCode.OK, made.err
    bad = hostile.backup_with_body(
        good, tmp_path / "bad.tend.age", BACKUP_SECRET, f'"a{hostile.LONE_SURROGATE}b"'
    )
    before = fingerprint(journal_dir)

    verified = tend(
        "backup", "verify", str(bad), "--backup-passphrase-stdin", stdin=BACKUP_SECRET + "\n"
    )
    restored = tend(
        "backup", "restore", str(bad), "--backup-passphrase-stdin",
        *where(journal_dir), stdin=UNLOCK + BACKUP_SECRET + "\n",
    )  # fmt: skip

    for outcome in (verified, restored):
        assert_one_clear_line(outcome, ExitCode.DAMAGED_VAULT, "broken character", ".body")
    assert fingerprint(journal_dir) == before


# -- 3. imports ---------------------------------------------------------------------------


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry run", "import"])
@pytest.mark.parametrize(
    ("kind", "make", "phrase"),
    [
        ("jrnl", lambda p: hostile.jrnl_file(p, date="0001-01-01"), "between the years"),
        (
            "jrnl",
            lambda p: hostile.jrnl_file(p, body=f'"x{hostile.LONE_SURROGATE}y"'),
            "broken character",
        ),
        ("jrnl", hostile.jrnl_with_huge_number, "a number far too long"),
        (
            "dayone",
            lambda p: hostile.dayone_zip(p, f'"x{hostile.LONE_SURROGATE}y"'),
            "broken character",
        ),
        ("daylio", lambda p: hostile.daylio_file(p, "0001-01-01"), "between the years"),
        ("daylio", lambda p: hostile.daylio_file(p, "9999-12-31", "23:59"), "between the years"),
    ],
    ids=[
        "jrnl year 1",
        "jrnl lone surrogate",
        "jrnl 5000 digits",
        "Day One lone surrogate",
        "Daylio year 1",
        "Daylio 9999-12-31 23:59",
    ],
)
def test_hostile_import_files_are_refused_before_anything_is_written(
    tend: InProcessCli,
    journal_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    make: object,
    phrase: str,
    dry_run: bool,
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    monkeypatch.setattr(time, "tzset", time.tzset)  # undone below, with TZ
    try:
        source = make(tmp_path / f"export.{'zip' if kind == 'dayone' else 'txt'}")  # type: ignore[operator]
        options = ("--dry-run",) if dry_run else ()
        outcome = tend("import", kind, str(source), *options, *where(journal_dir), stdin=UNLOCK)
    finally:
        monkeypatch.undo()
        time.tzset()

    assert_one_clear_line(outcome, ExitCode.USAGE, phrase, "Nothing was imported")
    assert entry_count(tend, journal_dir) == 1


# -- 3. standard input, numbers, dates ---------------------------------------------------


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"], ids=["UTF-8 locale", "C locale"])
def test_a_passphrase_line_that_is_not_utf8_is_a_wrong_passphrase(
    tend: InProcessCli, journal_dir: Path, errors: str
) -> None:
    outcome = tend("list", *where(journal_dir), stdin=hostile.NOT_UTF8 + b"\n", errors=errors)

    assert_one_clear_line(outcome, ExitCode.WRONG_PASSPHRASE, "isn't valid UTF-8")


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"], ids=["UTF-8 locale", "C locale"])
def test_a_body_that_is_not_utf8_is_refused_and_nothing_is_saved(
    tend: InProcessCli, journal_dir: Path, errors: str
) -> None:
    stdin = UNLOCK.encode() + b"before " + hostile.NOT_UTF8 + b" after\n"
    outcome = tend("add", *where(journal_dir), stdin=stdin, errors=errors)

    assert_one_clear_line(outcome, ExitCode.USAGE, "isn't valid UTF-8", "nothing was saved")
    assert entry_count(tend, journal_dir) == 1


@pytest.mark.parametrize("command", [("list",), ("search", "keep")])
def test_a_limit_too_large_for_sqlite_is_a_usage_error(
    tend: InProcessCli, journal_dir: Path, command: tuple[str, ...]
) -> None:
    outcome = tend(*command, "--limit", hostile.HUGE_LIMIT, *where(journal_dir), stdin=UNLOCK)

    assert_one_clear_line(outcome, ExitCode.USAGE, "--limit", "1 to 1,000,000")


def test_checkin_at_year_one_says_which_dates_work(tend: InProcessCli, journal_dir: Path) -> None:
    outcome = tend(
        "checkin", "--mood", "3", "--at", "0001-01-01", *where(journal_dir), stdin=UNLOCK
    )

    assert_one_clear_line(outcome, ExitCode.USAGE, "between the years 1900 and 9998")
    assert "_local_moment" not in outcome.err


# -- 3. a full disk, a busy journal ------------------------------------------------------


def test_init_on_a_full_disk_exits_4_and_leaves_nothing_behind(
    tend: InProcessCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite's own "database or disk is full": no page may be added to the new file.
    monkeypatch.setattr(
        db_engine, "CONNECTION_PRAGMAS", (*db_engine.CONNECTION_PRAGMAS, "PRAGMA max_page_count=1")
    )
    folder = tmp_path / "data"

    outcome = tend("init", *where(folder), stdin="a good long passphrase\n")

    assert_one_clear_line(outcome, ExitCode.ENVIRONMENT, "full")
    assert sorted(p.name for p in folder.iterdir()) == []


def test_init_when_the_key_file_hits_enospc_exits_4_and_leaves_nothing_behind(
    tend: InProcessCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    folder = tmp_path / "data"

    outcome = tend("init", *where(folder), stdin="a good long passphrase\n")

    assert_one_clear_line(outcome, ExitCode.ENVIRONMENT, "is full")
    assert sorted(p.name for p in folder.iterdir()) == []


HOLD_WRITE_LOCK = """
import sys, time
from pathlib import Path
from app.core.vault import Vault, VaultFiles
vault = Vault.open_with_passphrase(VaultFiles(Path(sys.argv[1])), sys.argv[2])
raw = vault.database.engine.raw_connection()
raw.driver_connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[3]))
raw.driver_connection.execute("COMMIT")
raw.close()
vault.lock()
"""


def hold_write_lock(folder: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the journal's write lock, like a long import."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(folder), PASSPHRASE, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def finish(holder: subprocess.Popen[str]) -> None:
    holder.wait(timeout=30)
    assert holder.stdout is not None
    holder.stdout.close()


@pytest.mark.slow
def test_add_waits_its_turn_while_another_process_writes(
    tend: InProcessCli, journal_dir: Path
) -> None:
    holder = hold_write_lock(journal_dir, 7)  # longer than the 5 s the driver waited before
    try:
        started = time.monotonic()
        outcome = tend("add", "--title", "Waited", *where(journal_dir), stdin=UNLOCK + "text")
        waited = time.monotonic() - started
    finally:
        finish(holder)

    assert outcome.code == ExitCode.OK, outcome.err
    assert waited > 5  # it really waited for the lock rather than failing
    assert entry_count(tend, journal_dir) == 2


@pytest.mark.slow
def test_add_gives_up_with_exit_4_when_the_busy_timeout_runs_out(
    tend: InProcessCli, journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_SECONDS", 1)
    holder = hold_write_lock(journal_dir, 8)
    try:
        outcome = tend("add", "--title", "Too late", *where(journal_dir), stdin=UNLOCK + "text")
    finally:
        finish(holder)

    assert_one_clear_line(
        outcome, ExitCode.ENVIRONMENT, "Another program is writing", "Nothing was changed"
    )
    assert entry_count(tend, journal_dir) == 1


# -- the same, as a person's shell runs it ----------------------------------------------


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_in_a_real_process_damage_and_bad_bytes_end_in_one_line_not_a_traceback(
    tmp_path: Path, locale: str
) -> None:
    env = {**isolated_environment(tmp_path), "LC_ALL": locale, "LANG": locale}
    damaged = make_closed_journal(tmp_path / "damaged")
    flip(damaged.db, 4196)
    sound = make_closed_journal(tmp_path / "sound", entries=1)

    page = tend_process("search", "library", "--passphrase-stdin", data_dir=damaged.folder,
                stdin=UNLOCK, env=env)  # fmt: skip
    bad_line = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "list",
            "--passphrase-stdin",
            "--data-dir",
            str(sound.folder),
        ],
        input=hostile.NOT_UTF8 + b"\n",
        capture_output=True,
        cwd=REPO_ROOT,
        env={**env, "PYTHONPATH": str(REPO_ROOT)},
        timeout=60,
        check=False,
    )

    assert page.returncode == ExitCode.DAMAGED_VAULT, page.stderr
    assert "Traceback" not in page.stderr and "Part of the journal file" in page.stderr
    assert bad_line.returncode == ExitCode.WRONG_PASSPHRASE, bad_line.stderr
    assert b"Traceback" not in bad_line.stderr and b"isn't valid UTF-8" in bad_line.stderr


def test_an_os_error_in_the_middle_of_a_command_is_one_line_with_exit_4(
    tend: InProcessCli, journal_dir: Path, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be", encoding="utf-8")

    outcome = tend("export", "markdown", str(not_a_folder), *where(journal_dir), stdin=UNLOCK)

    assert_one_clear_line(outcome, ExitCode.ENVIRONMENT, "notes.txt", "Nothing was changed")
    assert not_a_folder.read_text(encoding="utf-8") == "a file where a folder should be"
