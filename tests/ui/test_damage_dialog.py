"""A damaged page found while the window is open: a dialog that says so, never a crash."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.errors import DamagedPageError, UsageError
from app.ui.app_context import AppContext
from app.ui.controller import AppController

MESSAGE = (
    "Part of journal.db is damaged (page 2). Nothing was changed. "
    "Restore your latest backup to get your journal back."
)


def test_a_damaged_page_in_a_background_task_opens_a_dialog_not_the_crash_dialog(
    qtbot: QtBot, opened: AppController, app_context: AppContext, monkeypatch: object
) -> None:
    crashes: list[object] = []
    app_context.runner.unexpected_failure.connect(crashes.append)

    def read_damaged_page(progress: object) -> None:
        raise DamagedPageError(MESSAGE)

    app_context.runner.run(read_damaged_page)
    qtbot.waitUntil(lambda: opened.damage_dialog is not None and opened.damage_dialog.isVisible())
    dialog = opened.damage_dialog
    assert dialog is not None
    assert dialog.text() == MESSAGE
    assert dialog.windowTitle() == DamagedPageError.title
    assert crashes == []
    dialog.close()


def test_other_expected_problems_still_go_to_the_banner(
    qtbot: QtBot, opened: AppController, app_context: AppContext
) -> None:
    posted: list[tuple[object, ...]] = []
    app_context.notices.posted.connect(lambda *args: posted.append(args))

    def mistake(progress: object) -> None:
        raise UsageError("That date isn't one Tend can read.")

    app_context.runner.run(mistake)
    qtbot.waitUntil(lambda: bool(posted))
    assert posted[0][1] == "That date isn't one Tend can read."
    assert opened.damage_dialog is None
