"""What the support page shows, gathered in one call that runs off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.questionnaires import QuestionnaireResult, QuestionnaireService
from app.core.watcher.model import ShownPrompt, WatcherSettings
from app.core.watcher_service import WatcherService


@dataclass(frozen=True)
class SupportSnapshot:
    results: tuple[QuestionnaireResult, ...]  # oldest first, ready to draw over time
    history: tuple[ShownPrompt, ...]  # newest first
    settings: WatcherSettings
    today: date


def load_support_snapshot(
    questionnaires: QuestionnaireService, watcher: WatcherService
) -> SupportSnapshot:
    return SupportSnapshot(
        results=tuple(questionnaires.results()),
        history=tuple(watcher.history()),
        settings=watcher.settings(),
        today=watcher.today(),
    )
