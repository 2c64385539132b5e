"""A parser for `tend` without its commands' code, for when no command is given.

`tend --version`, `tend --help` and starting the desktop app need only the top level:
the names and one-line help of the commands, read from cli_commands.json. Importing the
commands themselves would import the vault, SQLAlchemy and the backup code (about half a
second on a small machine). As soon as a command's name appears in the arguments, the
full parser is built instead.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from app.cli.top_level import TendArgumentParser, top_level_parser
from app.core.resources import load_json


def command_help() -> list[tuple[str, str]]:
    """Every command's name and one-line help, in the order `--help` lists them."""
    return [(name, text) for name, text in load_json("cli_commands.json")["commands"]]


def names_a_command(arguments: Sequence[str]) -> bool:
    # A value that happens to equal a command's name (`--data-dir add`) only costs the
    # full parser, never a wrong answer.
    names = {name for name, _ in command_help()}
    return any(argument in names for argument in arguments)


def light_parser() -> TendArgumentParser:
    """The top level as the full parser has it, with every command present but empty."""
    parser, commands = top_level_parser()
    for name, text in command_help():
        commands.add_parser(name, help=text, add_help=False)
    return parser


def build_parser_for(arguments: Sequence[str]) -> argparse.ArgumentParser:
    if names_a_command(arguments):
        from app.cli.parser import build_parser

        return build_parser()
    return light_parser()
