"""How command modules add their sub-commands, each with the options every command shares."""

from __future__ import annotations

import argparse
from typing import Any


class CommandRegistry:
    def __init__(self, commands: Any, common: argparse.ArgumentParser) -> None:
        self._commands = commands
        self._common = common

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._commands.add_parser(
            name, parents=[self._common], **kwargs
        )
        return parser

    def add_group(self, name: str, dest: str, **kwargs: Any) -> CommandRegistry:
        """A command with actions of its own (`tend backup create`). The shared options
        belong to the actions only, so a value given to one is never reset by another level.
        """
        group: argparse.ArgumentParser = self._commands.add_parser(name, **kwargs)
        actions = group.add_subparsers(dest=dest, metavar="ACTION", required=True)
        return CommandRegistry(actions, self._common)
