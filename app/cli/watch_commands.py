"""tend watch --replay FILE: run the watcher over a history file, without a vault."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.context import CliContext
from app.cli.registry import CommandRegistry
from app.core.errors import ExitCode, UsageError
from app.core.watcher.history_file import parse_history
from app.core.watcher.replay import replay


def register(commands: CommandRegistry) -> None:
    watch = commands.add_parser(
        "watch",
        help="replay the watcher over a history file (JSON Lines), without a vault",
        description="Run the watcher as if at the end of every day from the first date in "
        "FILE to the last, with default settings, and print each prompt as one JSON line.",
    )
    watch.add_argument(
        "--replay", metavar="FILE", required=True, help="a JSON Lines history ('-' for stdin)"
    )
    watch.set_defaults(handler=run_watch)


def run_watch(ctx: CliContext, args: argparse.Namespace) -> int:
    history = parse_history(_read_lines(args.replay))
    prompts = replay(history.checkins, history.entries, phq9=history.phq9)
    # Everything is computed before anything is printed: a failing file prints nothing.
    lines = [json.dumps(prompt.to_json(), ensure_ascii=False) for prompt in prompts]
    for line in lines:
        ctx.out.write(line + "\n")
    return ExitCode.OK


def _read_lines(name: str) -> list[str]:
    # Split on newlines only: JSON text may hold other line separators inside strings.
    if name == "-":
        return sys.stdin.read().split("\n")
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8").split("\n")
    except FileNotFoundError:
        raise UsageError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder, not a history file.") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text.") from None
    except PermissionError:
        raise UsageError(f"Tend isn't allowed to read {path}.") from None
