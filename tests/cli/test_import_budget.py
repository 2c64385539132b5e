"""`tend --version`, `tend --help` and the parser's top level import none of the heavy
modules (SQLAlchemy, the database driver, Qt, numpy, the backup crypto, the keyring), so
they answer at about the speed of Python starting. Checked in a fresh interpreter, where
nothing else has imported them first."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from app.cli.lazy import build_parser_for, command_help, light_parser
from app.cli.parser import build_parser

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
print(json.dumps(sorted({{name.split(".")[0] for name in sys.modules}})), file=sys.stderr)
"""


def top_level_modules_after(argv: list[str]) -> tuple[str, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", REPORT_IMPORTS.format(argv=argv)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
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


def test_the_command_list_matches_the_commands_that_register() -> None:
    full = build_parser()
    subparsers = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    registered = [(action.dest, action.help) for action in subparsers._choices_actions]
    assert command_help() == registered


def test_an_unknown_command_is_refused_the_same_way_by_both_parsers() -> None:
    messages = []
    for parser in (light_parser(), build_parser()):
        with pytest.raises(Exception) as caught:
            parser.parse_args(["nonsense"])
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and "invalid choice" in messages[0]


def test_arguments_naming_a_command_build_the_full_parser() -> None:
    assert build_parser_for(["search", "walk"]).format_usage() == build_parser().format_usage()
    args = build_parser_for(["--data-dir", "/somewhere", "--hidden"]).parse_args(
        ["--data-dir", "/somewhere", "--hidden"]
    )
    assert args.command is None and args.hidden and args.data_dir == "/somewhere"
