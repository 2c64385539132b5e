"""Every command, against every kind of damage: one clear line, its exit code, no byte changed.

The journal's folder is fingerprinted (SHA-256 of every file) before and after each
command, so a command that "repaired", truncated or checkpointed anything would fail.
`init` must refuse to write a new journal over any of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import ExitCode
from app.core.journal import Journal
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from tests.conftest import PASSPHRASE
from tests.reliability.cli_in_process import InProcessCli, Outcome
from tests.reliability.conftest import make_closed_journal
from tests.reliability.damage import DAMAGES, Damage, copy_with_live_wal, flip
from tests.support.files import fingerprint

JRNL_FILE = Path(__file__).resolve().parents[1] / "data" / "importers" / "jrnl-export.json"
BACKUP_SECRET = "a separate backup passphrase"


def commands(data_dir: Path, scratch: Path) -> list[tuple[tuple[str, ...], str]]:
    """(argv, stdin) for every command that opens the journal."""
    where = ("--data-dir", str(data_dir), "--passphrase-stdin")
    unlock = PASSPHRASE + "\n"
    return [
        (("list", *where), unlock),
        (("show", "abcdef12", *where), unlock),
        (("search", "library", *where), unlock),
        (("add", "--title", "today", *where), unlock + "a new entry\n"),
        (("check", *where), unlock),
        (("checkin", "--mood", "3", *where), unlock),
        (("checkins", *where), unlock),
        (("activities", *where), unlock),
        (
            ("backup", "create", "--out", str(scratch / "b.tend.age"), *where),
            unlock,
        ),
        (("export", "csv", str(scratch / "entries.csv"), *where), unlock),
        (("export", "markdown", str(scratch / "md"), *where), unlock),
        (("import", "jrnl", str(JRNL_FILE), *where), unlock),
        (("passwd", *where), unlock + "another long passphrase\n"),
        (("remember", *where), unlock),
    ]


def assert_refused_cleanly(outcome: Outcome, message: str, code: ExitCode) -> None:
    assert not outcome.traceback, outcome.err
    last = outcome.err.strip().splitlines()[-1]
    assert last.startswith("tend: "), outcome.err
    assert message in last, (outcome.argv, outcome.err)
    assert outcome.code == code, (outcome.argv, outcome.code, outcome.err)
    assert outcome.out == "", outcome.out


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda damage: damage.name)
def test_every_command_names_the_damage_and_changes_nothing(
    damage: Damage, tmp_path: Path, tend: InProcessCli
) -> None:
    files = make_closed_journal(tmp_path / "data")
    damage.apply(files)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    before = fingerprint(files.folder)

    for argv, stdin in commands(files.folder, scratch):
        outcome = tend(*argv, stdin=stdin)
        assert_refused_cleanly(outcome, damage.message, ExitCode.DAMAGED_VAULT)
        assert fingerprint(files.folder) == before, outcome.argv

    assert list(scratch.iterdir()) == []  # no backup, export or half-file was written


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda damage: damage.name)
def test_init_refuses_to_write_over_a_damaged_journal(
    damage: Damage, tmp_path: Path, tend: InProcessCli
) -> None:
    files = make_closed_journal(tmp_path / "data")
    damage.apply(files)
    before = fingerprint(files.folder)

    outcome = tend(
        "init", "--data-dir", str(files.folder), "--passphrase-stdin", stdin="a new passphrase\n"
    )

    assert_refused_cleanly(outcome, "already holds a Tend journal", ExitCode.USAGE)
    assert fingerprint(files.folder) == before


def test_damaged_write_ahead_log_is_refused_before_it_drops_writes(
    tmp_path: Path, tend: InProcessCli
) -> None:
    live = VaultFiles(tmp_path / "live")
    created = Vault.create(live, PASSPHRASE, TEST_PARAMS)
    journal = Journal(created.vault.database)
    for number in range(10):
        journal.create(f"Written after the last checkpoint {number}", "words " * 300)
    copy = copy_with_live_wal(live, tmp_path / "copy")
    created.vault.lock()
    flip(copy.sidecars[0], 32 + 24 + 100)  # inside the first frame's page
    before = fingerprint(copy.folder)
    scratch = tmp_path / "scratch"
    scratch.mkdir()

    for argv, stdin in [*commands(copy.folder, scratch)]:
        outcome = tend(*argv, stdin=stdin)
        assert_refused_cleanly(outcome, "write-ahead log", ExitCode.DAMAGED_VAULT)
        assert fingerprint(copy.folder) == before, outcome.argv
    init = tend("init", "--data-dir", str(copy.folder), "--passphrase-stdin", stdin="x" * 12)
    assert_refused_cleanly(init, "already holds a Tend journal", ExitCode.USAGE)


def test_a_sound_write_ahead_log_still_opens_with_every_write(
    tmp_path: Path, tend: InProcessCli
) -> None:
    live = VaultFiles(tmp_path / "live")
    created = Vault.create(live, PASSPHRASE, TEST_PARAMS)
    journal = Journal(created.vault.database)
    for number in range(10):
        journal.create(f"Kept in the log {number}", "words " * 300)
    copy = copy_with_live_wal(live, tmp_path / "copy")
    created.vault.lock()

    outcome = tend(
        "list", "--data-dir", str(copy.folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )

    assert outcome.code == ExitCode.OK, outcome.err
    assert outcome.out.count("Kept in the log") == 10
