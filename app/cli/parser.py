"""The argument parser for `tend`, shared by the desktop app and the command line."""

from __future__ import annotations

import argparse
from typing import NoReturn

from app import __version__
from app.cli import (
    backup_commands,
    checkin_commands,
    desktop_commands,
    journal_commands,
    transfer_commands,
    vault_commands,
    watch_commands,
)
from app.cli.registry import CommandRegistry
from app.core.errors import UsageError


class TendArgumentParser(argparse.ArgumentParser):
    """Usage mistakes exit with code 1 (not argparse's 2, which means a wrong passphrase)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> TendArgumentParser:
    parser = TendArgumentParser(
        prog="tend",
        description="Tend: a private, encrypted journal and mood tracker. "
        "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"Tend {__version__}")
    common = TendArgumentParser(add_help=False)
    # SUPPRESS: an unset --data-dir after the command must not erase one given before it.
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="use this folder for the journal and settings",
    )
    common.add_argument("--json", action="store_true", help="print machine-readable JSON")
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )
    common.add_argument("--no-keyring", action="store_true", help="don't use a remembered key")

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
    # Commands register themselves here explicitly, one module per area.
    for module in (
        vault_commands,
        journal_commands,
        checkin_commands,
        backup_commands,
        transfer_commands,
        watch_commands,
        desktop_commands,
    ):
        module.register(CommandRegistry(commands, common))
    return parser
