"""The argument parser for `tend`, shared by the desktop app and the command line."""

from __future__ import annotations

import argparse

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
from app.cli.top_level import TendArgumentParser, top_level_parser

__all__ = ["TendArgumentParser", "build_parser"]


def build_parser() -> TendArgumentParser:
    parser, commands = top_level_parser()
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
    common.add_argument("--insecure-fast-kdf", action="store_true", help=argparse.SUPPRESS)

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
