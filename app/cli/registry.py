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
