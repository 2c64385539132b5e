"""After `tend add`, `tend checkin`, `tend job add` or `tend people add`: read what was just
written for crisis words.

When they call for it, a short, kind message with the person's crisis line goes to
standard error, and the prompt is kept in the vault unanswered, so the window shows the
crisis card when it next opens. The exit code stays 0: what was written is saved.
"""

from __future__ import annotations

from app.cli.context import CliContext
from app.core.support.crisis_message import crisis_message, region_for, region_from_environment
from app.core.support.resources import load_support_resources
from app.core.watcher.model import ShownPrompt
from app.core.workspace import Workspace


def read_what_was_written(workspace: Workspace) -> str | None:
    """The message to give, or None. Call it with the vault still open."""
    shown = workspace.watcher.read_crisis_words()
    if shown is None:
        return None
    return _message(workspace)


def listen_for_crisis(workspace: Workspace) -> list[ShownPrompt]:
    """Before saving an opening or a person: the crisis prompts its save keeps land here."""
    heard: list[ShownPrompt] = []
    workspace.crisis_text.listen(heard.append)
    return heard


def message_if_heard(workspace: Workspace, heard: list[ShownPrompt]) -> str | None:
    """The message to give after such a save, or None. Call it with the vault still open."""
    return _message(workspace) if heard else None


def _message(workspace: Workspace) -> str:
    region = region_for(
        load_support_resources(), workspace.watcher.settings().region, region_from_environment()
    )
    return crisis_message(region)


def say_if_needed(ctx: CliContext, message: str | None) -> None:
    if message is not None:
        ctx.say(message)
