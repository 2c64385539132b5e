"""The watcher: notices lasting low energy, interest, focus or mood, and crisis words.

Pure functions over plain data (see docs/watcher.md). Start with ``engine.evaluate_day``
and ``replay.replay``.
"""

from app.core.watcher.engine import evaluate_day
from app.core.watcher.model import (
    CRISIS,
    SIGNALS,
    SUPPORT,
    Evidence,
    PriorPrompt,
    Prompt,
    SignalCount,
    WatcherSettings,
)
from app.core.watcher.replay import replay

__all__ = [
    "CRISIS",
    "SIGNALS",
    "SUPPORT",
    "Evidence",
    "PriorPrompt",
    "Prompt",
    "SignalCount",
    "WatcherSettings",
    "evaluate_day",
    "replay",
]
