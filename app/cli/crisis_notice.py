"""After `tend add` or `tend checkin`: read what was just written for crisis words.

When they call for it, a short, kind message with the person's crisis line goes to
standard error, and the prompt is kept in the vault unanswered, so the window shows the
crisis card when it next opens. The exit code stays 0: what was written is saved.
"""

from __future__ import annotations

from app.cli.context import CliContext
from app.core.support.crisis_message import crisis_message, region_for, region_from_environment
from app.core.support.resources import load_support_resources
from app.core.workspace import Workspace


def read_what_was_written(workspace: Workspace) -> str | None:
    """The message to give, or None. Call it with the vault still open."""
    shown = workspace.watcher.read_crisis_words()
    if shown is None:
        return None
    region = region_for(
        load_support_resources(), workspace.watcher.settings().region, region_from_environment()
    )
    return crisis_message(region)


def say_if_needed(ctx: CliContext, message: str | None) -> None:
    if message is not None:
        ctx.say(message)
