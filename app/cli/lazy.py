"""`tend`'s parser without the code of commands that were not asked for.

`tend --version`, `tend --help` and starting the desktop app need only the top level: the
names and one-line help of the commands, read from cli_commands.json. A command needs its
own module only. Importing every command module would import the backup code, the
importers and the rest (about half a second on a small machine, more under load).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from functools import cache
from typing import Any

from app.cli.parser import TendArgumentParser, build_parser
from app.core.resources import load_json


@cache  # read once: each command group asks for it
def command_table() -> tuple[tuple[str, str, str], ...]:
    """(name, one-line help, module) of every command, in the order `--help` lists them."""
    return tuple(
        (name, text, module) for name, text, module in load_json("cli_commands.json")["commands"]
    )


def modules_named_in(arguments: Sequence[str]) -> set[str]:
    # A value that happens to equal a command's name (`--data-dir add`) only costs the
    # import of one more module, never a wrong answer.
    given = set(arguments)
    return {module for name, _, module in command_table() if name in given}


def add_named_commands(commands: argparse._SubParsersAction[Any], module: str) -> None:
    """The module's commands as names with their help and no options of their own."""
    for name, text, owner in command_table():
        if owner == module:
            commands.add_parser(name, help=text, add_help=False)


def light_parser() -> TendArgumentParser:
    """The top level as the full parser has it, with every command present but empty."""
    return build_parser(modules=())


def build_parser_for(arguments: Sequence[str]) -> TendArgumentParser:
    """What parsing ``arguments`` needs: the modules of the commands they name, no more."""
    return build_parser(modules=modules_named_in(arguments))
