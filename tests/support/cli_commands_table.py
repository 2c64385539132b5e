"""Write app/resources/cli_commands.json from what the command modules register.

    python -m tests.support.cli_commands_table

Run it after adding a command or changing a command's one-line help;
tests/cli/test_import_budget.py fails until the table matches the modules.
"""

from __future__ import annotations

import argparse
import importlib
import json
from typing import Any

from app.cli.parser import COMMAND_MODULES
from app.cli.registry import CommandRegistry
from app.cli.top_level import top_level_parser
from app.core.resources import resource_path

COMMENT = (
    "The commands `tend --help` lists, in order: name, one-line help, and the module in "
    "app/cli that registers it. Read so that `tend --version` and `--help` import no "
    "command, and a command imports only its own module. Written by "
    "`python -m tests.support.cli_commands_table`; tests/cli/test_import_budget.py checks it."
)


def registered_commands() -> list[list[str]]:
    """[name, help, module] of every command, as the modules register them, in order."""
    rows: list[list[str]] = []
    for name in COMMAND_MODULES:
        _, commands = top_level_parser()
        module = importlib.import_module(f"app.cli.{name}")
        module.register(CommandRegistry(commands, argparse.ArgumentParser(add_help=False)))
        rows += [[action.dest, str(action.help), name] for action in commands._choices_actions]
    return rows


def main() -> None:
    table: dict[str, Any] = {"_comment": COMMENT, "commands": registered_commands()}
    path = resource_path("cli_commands.json")
    path.write_text(json.dumps(table, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(table['commands'])} commands written to {path.name}")


if __name__ == "__main__":
    main()
