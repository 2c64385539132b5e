"""For tests of a service's own behaviour, made without a workspace: a crisis reader that
reads nothing. Tests of the reading itself use the workspace's (tests/core/watcher)."""

from __future__ import annotations

from app.core.watcher.model import ShownPrompt
from app.core.watcher.saved_text import SavedText


def reads_nothing(saved: SavedText) -> ShownPrompt | None:
    return None
