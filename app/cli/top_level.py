"""The top level of `tend`'s parser: its options and its parser class, light to import.

Kept apart from the commands so `tend --version` and `tend --help` can be answered
without importing them (see app/cli/lazy.py).
"""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

from app import __version__
from app.core.errors import UsageError


class TendArgumentParser(argparse.ArgumentParser):
    """Usage mistakes exit with code 1 (not argparse's 2, which means a wrong passphrase)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def top_level_parser() -> tuple[TendArgumentParser, argparse._SubParsersAction[Any]]:
    """The `tend` parser with its own options, and the place commands are added."""
    parser = TendArgumentParser(
        prog="tend",
        description="Tend: a private, encrypted journal and mood tracker. "
        "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"Tend {__version__}")
    parser.add_argument("--data-dir", help="use this folder for the journal and settings")
    parser.add_argument("--hidden", action="store_true", help="start in the tray, without a window")
    parser.add_argument(
        "--check-in",
        action="store_true",
        help="open a check-in (in the Tend already running, or in a new one)",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=TendArgumentParser
    )
    return parser, commands
