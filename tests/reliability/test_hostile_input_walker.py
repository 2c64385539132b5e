"""Every command in `tend --help`, fed every hostile input from the reliability report.

No run may end in a Python traceback; every exit code must be one of the documented ones
(README.md and docs/errors.md), and the code each input is documented to give. A command
added to the CLI without an entry in COMMANDS fails this test, so the walk stays complete.
"""

from __future__ import annotations

import argparse
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from app.cli.parser import build_parser
from app.core.errors import ExitCode
from tests.conftest import PASSPHRASE
from tests.reliability import hostile
from tests.reliability.cli_in_process import InProcessCli
from tests.reliability.conftest import make_closed_journal
from tests.reliability.damage import flip

BACKUP_SECRET = "a separate backup passphrase"
NEW_PASSPHRASE = "another long passphrase"
DOCUMENTED_CODES = {int(code) for code in ExitCode}


@dataclass
class World:
    journal: Path
    folder_for_db: Path
    damaged_page: Path
    files: dict[str, Path]
    scratch: Path
    runs: int = 0

    def out(self, name: str) -> str:
        self.runs += 1
        return str(self.scratch / f"{self.runs}-{name}")


@dataclass(frozen=True)
class Invocation:
    argv: tuple[str, ...]
    data_dir: Path | None
    secrets: tuple[bytes, ...] = ()  # lines read before anything else, in order
    rest: bytes = b""  # what follows them (the body for `add`)
    opens_journal: bool = True
    extra: tuple[str, ...] = field(default=())

    def full_argv(self) -> tuple[str, ...]:
        where = () if self.data_dir is None else ("--data-dir", str(self.data_dir))
        return (*self.argv, *self.extra, *where, "--passphrase-stdin")

    def stdin(self) -> bytes:
        return b"".join(line + b"\n" for line in self.secrets) + self.rest


P = PASSPHRASE.encode()
B = BACKUP_SECRET.encode()

COMMANDS: dict[tuple[str, ...], Callable[[World], Invocation]] = {
    ("init",): lambda w: Invocation(("init",), w.scratch / f"new-{w.runs}", (P,)),
    ("passwd",): lambda w: Invocation(("passwd",), w.journal, (P, P)),
    ("check",): lambda w: Invocation(("check",), w.journal, (P,)),
    ("remember",): lambda w: Invocation(("remember",), w.journal, (P,)),
    ("forget",): lambda w: Invocation(("forget",), w.journal, opens_journal=False),
    ("add",): lambda w: Invocation(("add", "--title", "t"), w.journal, (P,), b"a body\n"),
    ("list",): lambda w: Invocation(("list",), w.journal, (P,)),
    ("show",): lambda w: Invocation(("show", "abcdef12"), w.journal, (P,)),
    ("search",): lambda w: Invocation(("search", "library"), w.journal, (P,)),
    ("checkin",): lambda w: Invocation(("checkin", "--mood", "3"), w.journal, (P,)),
    ("checkins",): lambda w: Invocation(("checkins",), w.journal, (P,)),
    ("activities",): lambda w: Invocation(("activities",), w.journal, (P,)),
    ("job", "add"): lambda w: Invocation(
        ("job", "add", "--role", "Analyst", "--org", "Harbour"), w.journal, (P,)
    ),
    ("job", "list"): lambda w: Invocation(("job", "list"), w.journal, (P,)),
    ("job", "move"): lambda w: Invocation(("job", "move", "abcdef12", "applied"), w.journal, (P,)),
    ("job", "show"): lambda w: Invocation(("job", "show", "abcdef12"), w.journal, (P,)),
    ("job", "link"): lambda w: Invocation(("job", "link", "abcdef12", "abcdef12"), w.journal, (P,)),
    ("people", "add"): lambda w: Invocation(("people", "add", "Sam"), w.journal, (P,)),
    ("people", "list"): lambda w: Invocation(("people", "list"), w.journal, (P,)),
    ("backup", "create"): lambda w: Invocation(
        ("backup", "create", "--out", w.out("b.tend.age"), "--backup-passphrase-stdin"),
        w.journal,
        (P, B),
    ),
    ("backup", "verify"): lambda w: Invocation(
        ("backup", "verify", str(w.files["backup"]), "--backup-passphrase-stdin"),
        w.journal,
        (P, B),
        opens_journal=False,
    ),
    ("backup", "restore"): lambda w: Invocation(
        ("backup", "restore", str(w.files["backup"]), "--backup-passphrase-stdin"),
        w.journal,
        (P, B),
    ),
    ("backup", "keygen"): lambda w: Invocation(
        ("backup", "keygen", "--out", w.out("key.txt")), w.journal, opens_journal=False
    ),
    ("import",): lambda w: Invocation(("import", "jrnl", str(w.files["jrnl"])), w.journal, (P,)),
    ("export", "markdown"): lambda w: Invocation(
        ("export", "markdown", w.out("md")), w.journal, (P,)
    ),
    ("export", "csv"): lambda w: Invocation(("export", "csv", w.out("e.csv")), w.journal, (P,)),
    ("watch",): lambda w: Invocation(
        ("watch", "--replay", str(w.files["history"])), None, opens_journal=False
    ),
    ("install-desktop",): lambda w: Invocation(("install-desktop",), None, opens_journal=False),
}

# A hostile input: for a command, the invocation carrying it and the documented exit code,
# or None when the input means nothing to that command.
Hostile = Callable[[tuple[str, ...], Invocation, World], "tuple[Invocation, ExitCode] | None"]


def passphrase_not_utf8(path, call, world):
    if not call.secrets:
        return None
    return replace(call, secrets=(hostile.NOT_UTF8, *call.secrets[1:])), ExitCode.WRONG_PASSPHRASE


def body_not_utf8(path, call, world):
    if path != ("add",):
        return None
    return replace(call, rest=b"before " + hostile.NOT_UTF8 + b" after"), ExitCode.USAGE


def _other_journal(folder_of: Callable[[World], Path]) -> Hostile:
    def case(path, call, world):
        if path == ("init",):
            return replace(call, data_dir=folder_of(world)), ExitCode.USAGE  # never over it
        if not call.opens_journal:
            return None
        return replace(call, data_dir=folder_of(world)), ExitCode.DAMAGED_VAULT

    return case


def limit_too_large(path, call, world):
    if path not in (("list",), ("search",)):
        return None
    return replace(call, extra=("--limit", hostile.HUGE_LIMIT)), ExitCode.USAGE


def year_one(path, call, world):
    option = {("checkin",): "--at", ("list",): "--since", ("checkins",): "--since"}.get(path)
    if option is None:
        return None
    return replace(call, extra=(option, "0001-01-01")), ExitCode.USAGE


def spaces_only_new_passphrase(path, call, world):
    spaces = b" " * 12
    if path == ("init",):
        return replace(call, secrets=(spaces,)), ExitCode.USAGE
    if path == ("passwd",):
        return replace(call, secrets=(P, spaces)), ExitCode.USAGE
    return None


def _hostile_file(command: tuple[str, ...], argv: Callable[[World], tuple[str, ...]], code):
    def case(path, call, world):
        if path != command:
            return None
        return replace(call, argv=argv(world)), code

    return case


def _import(kind: str, name: str, dry_run: bool = False) -> Hostile:
    options = ("--dry-run",) if dry_run else ()
    return _hostile_file(
        ("import",), lambda w: ("import", kind, str(w.files[name]), *options), ExitCode.USAGE
    )


HOSTILE: dict[str, Hostile] = {
    "passphrase line not UTF-8": passphrase_not_utf8,
    "body not UTF-8": body_not_utf8,
    "journal.db is a folder": _other_journal(lambda w: w.folder_for_db),
    "damaged page in the middle": _other_journal(lambda w: w.damaged_page),
    "--limit 10**20": limit_too_large,
    "dates in year 1": year_one,
    "new passphrase of spaces": spaces_only_new_passphrase,
    "jrnl dated 0001-01-01": _import("jrnl", "jrnl year 1"),
    "jrnl with a lone surrogate": _import("jrnl", "jrnl surrogate"),
    "jrnl with a lone surrogate, dry run": _import("jrnl", "jrnl surrogate", dry_run=True),
    "jrnl with a 5,000-digit number": _import("jrnl", "jrnl huge number"),
    "Day One with a lone surrogate": _import("dayone", "dayone surrogate"),
    "Daylio dated 0001-01-01": _import("daylio", "daylio year 1"),
    "Daylio at 9999-12-31 23:59 in New York": _import("daylio", "daylio 9999"),
    "backup with a lone surrogate (verify)": _hostile_file(
        ("backup", "verify"),
        lambda w: ("backup", "verify", str(w.files["bad backup"]), "--backup-passphrase-stdin"),
        ExitCode.DAMAGED_VAULT,
    ),
    "backup with a lone surrogate (restore)": _hostile_file(
        ("backup", "restore"),
        lambda w: ("backup", "restore", str(w.files["bad backup"]), "--backup-passphrase-stdin"),
        ExitCode.DAMAGED_VAULT,
    ),
    "history with a 5,000-digit number": _hostile_file(
        ("watch",), lambda w: ("watch", "--replay", str(w.files["huge history"])), ExitCode.USAGE
    ),
}


def commands_in_help(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set:
    found: set[tuple[str, ...]] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = commands_in_help(sub, (*prefix, name))
                found |= inner or {(*prefix, name)}
    return found


@pytest.fixture
def world(tmp_path: Path, tend: InProcessCli, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    journal = make_closed_journal(tmp_path / "journal", entries=5).folder
    damaged = make_closed_journal(tmp_path / "damaged", entries=60)
    flip(damaged.db, 4196)
    folder_for_db = tmp_path / "folder-for-db"
    shutil.copytree(journal, folder_for_db)
    (folder_for_db / "journal.db").unlink()
    (folder_for_db / "journal.db").mkdir()
    files_dir = tmp_path / "files"
    files_dir.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    backup = scratch / "good.tend.age"
    made = tend(
        "backup", "create", "--out", str(backup), "--backup-passphrase-stdin",
        "--data-dir", str(journal), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{BACKUP_SECRET}\n",
    )  # fmt: skip
    assert made.code == ExitCode.OK, made.err
    history = files_dir / "history.jsonl"
    history.write_text('{"type": "checkin", "at": "2026-03-01T20:15", "mood": 3}\n')
    files = {
        "backup": backup,
        "bad backup": hostile.backup_with_body(
            backup, files_dir / "bad.tend.age", BACKUP_SECRET, f'"{hostile.LONE_SURROGATE}"'
        ),
        "history": history,
        "huge history": hostile.history_with_huge_number(files_dir / "huge.jsonl"),
        "jrnl": hostile.jrnl_file(files_dir / "jrnl.json"),
        "jrnl year 1": hostile.jrnl_file(files_dir / "jrnl1.json", date="0001-01-01"),
        "jrnl surrogate": hostile.jrnl_file(
            files_dir / "jrnl2.json", body=f'"{hostile.LONE_SURROGATE}"'
        ),
        "jrnl huge number": hostile.jrnl_with_huge_number(files_dir / "jrnl3.json"),
        "dayone surrogate": hostile.dayone_zip(
            files_dir / "dayone.zip", f'"{hostile.LONE_SURROGATE}"'
        ),
        "daylio year 1": hostile.daylio_file(files_dir / "daylio1.csv", "0001-01-01"),
        "daylio 9999": hostile.daylio_file(files_dir / "daylio2.csv", "9999-12-31", "23:59"),
    }
    yield World(journal, folder_for_db, damaged.folder, files, scratch)
    monkeypatch.delenv("TZ")
    time.tzset()


def test_the_walk_covers_every_command_in_help() -> None:
    assert commands_in_help(build_parser()) == set(COMMANDS)


def test_no_hostile_input_makes_any_command_print_a_traceback(
    world: World, tend: InProcessCli
) -> None:
    walked = 0
    for path in sorted(COMMANDS):
        for name, case in HOSTILE.items():
            planned = case(path, COMMANDS[path](world), world)
            if planned is None:
                continue
            call, expected = planned
            outcome = tend(*call.full_argv(), stdin=call.stdin())
            where = f"`tend {' '.join(path)}` with {name}"
            assert not outcome.traceback, f"{where}:\n{outcome.err}"
            assert outcome.code in DOCUMENTED_CODES, where
            assert outcome.code == expected, f"{where}: {outcome.code}\n{outcome.err}"
            assert outcome.err.strip().splitlines()[-1].startswith("tend"), where
            walked += 1
    assert walked >= 60
