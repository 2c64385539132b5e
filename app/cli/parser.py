"""The argument parser for `tend`, shared by the desktop app and the command line."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Collection

from app.cli.registry import CommandRegistry
from app.cli.top_level import TendArgumentParser, top_level_parser

__all__ = ["COMMAND_MODULES", "TendArgumentParser", "build_parser"]

# Commands register themselves, one module per area of app/cli, in this order.
COMMAND_MODULES = (
    "vault_commands",
    "journal_commands",
    "checkin_commands",
    "job_commands",
    "backup_commands",
    "transfer_commands",
    "watch_commands",
    "desktop_commands",
)


def build_parser(modules: Collection[str] | None = None) -> TendArgumentParser:
    """Every command; or, given ``modules``, only theirs in full and the others as names
    with their help (see app/cli/lazy.py), so a command imports no other command's code."""
    from app.cli.lazy import add_named_commands

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

    for name in COMMAND_MODULES:
        if modules is None or name in modules:
            module = importlib.import_module(f"app.cli.{name}")
            module.register(CommandRegistry(commands, common))
        else:
            add_named_commands(commands, name)
    return parser
