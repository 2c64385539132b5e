"""`tend --version`, `tend --help` and the parser's top level import none of the heavy
modules (SQLAlchemy, the database driver, Qt, numpy, the backup crypto, the keyring), so
they answer at about the speed of Python starting. Checked in a fresh interpreter, where
nothing else has imported them first."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from app.cli.lazy import build_parser_for, command_table, light_parser
from app.cli.parser import build_parser
from tests.support.cli import PASSPHRASE, REPO_ROOT
from tests.support.cli_commands_table import registered_commands

if TYPE_CHECKING:
    from tests.cli.conftest import CliJournal

HEAVY = (
    "sqlalchemy",
    "alembic",
    "sqlcipher3",
    "PySide6",
    "numpy",
    "pyrage",
    "cryptography",
    "keyring",
    "argon2",
)
REPORT_IMPORTS = """
import json, sys
from app.main import main
try:
    main({argv!r})
except SystemExit:
    pass
names = {{".".join(name.split(".")[:{depth}]) for name in sys.modules}}
print(json.dumps(sorted(names)), file=sys.stderr)
"""


def top_level_modules_after(
    argv: list[str], depth: int = 1, env: dict[str, str] | None = None, stdin: str = ""
) -> tuple[str, set[str]]:
    """What ``tend ARGV`` printed, and the modules it imported (names cut to ``depth``)."""
    done = subprocess.run(
        [sys.executable, "-c", REPORT_IMPORTS.format(argv=argv, depth=depth)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
        input=stdin,
        cwd=REPO_ROOT,
    )
    last_line = done.stderr.strip().splitlines()[-1]
    return done.stdout, set(json.loads(last_line))


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["-h"]])
def test_version_and_help_import_no_heavy_module(argv: list[str]) -> None:
    output, modules = top_level_modules_after(argv)
    assert "Tend" in output or "usage: tend" in output
    assert modules.isdisjoint(HEAVY), sorted(modules.intersection(HEAVY))


def test_a_command_still_gets_the_full_parser() -> None:
    # The check of the budget above would pass vacuously if commands were never imported.
    _, modules = top_level_modules_after(["list", "--help"])
    assert "sqlalchemy" in modules


def test_the_light_parser_shows_the_same_help_as_the_full_one() -> None:
    assert light_parser().format_help() == build_parser().format_help()


def test_the_command_table_names_each_command_with_the_module_that_registers_it() -> None:
    registered = [tuple(row) for row in registered_commands()]
    assert list(command_table()) == registered, (
        "app/resources/cli_commands.json is out of date: run "
        "`python -m tests.support.cli_commands_table`"
    )


def test_a_command_imports_no_other_command_module() -> None:
    _, modules = top_level_modules_after(["list", "--help"], depth=3)
    assert "app.cli.journal_commands" in modules
    assert "app.cli.backup_commands" not in modules and "app.cli.transfer_commands" not in modules


def test_a_command_gets_its_full_options_and_the_others_their_names() -> None:
    parser = build_parser_for(["search", "walk"])
    args = parser.parse_args(["search", "walk", "--limit", "3"])
    assert args.query == ["walk"] and args.limit == 3
    assert parser.format_help() == build_parser().format_help()


def test_an_unknown_command_is_refused_the_same_way_by_both_parsers() -> None:
    messages = []
    for parser in (light_parser(), build_parser()):
        with pytest.raises(Exception) as caught:
            parser.parse_args(["nonsense"])
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and "invalid choice" in messages[0]


def test_arguments_naming_no_command_parse_the_top_level_options() -> None:
    args = build_parser_for(["--data-dir", "/somewhere", "--hidden"]).parse_args(
        ["--data-dir", "/somewhere", "--hidden"]
    )
    assert args.command is None and args.hidden and args.data_dir == "/somewhere"


# What a search, a listing or one entry never needs: the services of the rest of the app.
NOT_FOR_READING = (
    "app.core.backup",
    "app.core.importers",
    "app.core.insights",
    "app.core.watcher",
    "app.core.checkins",
    "app.ui",
    "PySide6",
    "numpy",
    "pyrage",
)


@pytest.mark.parametrize(
    "argv", [["search", "panel"], ["list", "--limit", "3"], ["show", "interview"]]
)
def test_reading_commands_open_only_the_journal(cli_journal: CliJournal, argv: list[str]) -> None:
    if argv[0] == "show":
        argv = ["show", cli_journal.ids["interview"]]
    output, modules = top_level_modules_after(
        [*argv, "--passphrase-stdin", "--data-dir", str(cli_journal.data_dir)],
        depth=3,
        env=cli_journal.env,
        stdin=PASSPHRASE + "\n",
    )
    assert "No entries" not in output and output.strip()  # it really read the journal
    loaded = {name for name in modules if name.startswith(NOT_FOR_READING)}
    assert not loaded, sorted(loaded)


def test_exporting_the_entries_opens_only_the_journal(
    cli_journal: CliJournal, tmp_path: Path
) -> None:
    written = tmp_path / "entries.csv"
    data_dir = str(cli_journal.data_dir)
    _, modules = top_level_modules_after(
        ["export", "csv", str(written), "--passphrase-stdin", "--data-dir", data_dir],
        depth=3,
        env=cli_journal.env,
        stdin=PASSPHRASE + "\n",
    )
    assert "interview" in written.read_text(encoding="utf-8").lower()  # it really exported
    loaded = {name for name in modules if name.startswith((*NOT_FOR_READING, "app.core.jobsearch"))}
    assert not loaded, sorted(loaded)


def test_adding_an_entry_still_reads_it_for_crisis_words(cli_journal: CliJournal) -> None:
    # The budget above would pass vacuously if no command imported the watcher at all.
    _, modules = top_level_modules_after(
        ["add", "--passphrase-stdin", "--data-dir", str(cli_journal.data_dir)],
        depth=3,
        env=cli_journal.env,
        stdin=PASSPHRASE + "\nA quiet evening.\n",
    )
    assert "app.core.watcher" in modules
