"""'On this day' on Home: earlier years' entries and check-ins, only when there are some."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInValues
from app.core.prompts import PromptLibrary
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.home.home_page import HomePage
from app.ui.home.on_this_day import OnThisDayCard
from app.ui.tasks import TaskRunner

TODAY = date(2026, 12, 4)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait_until_idle()


def at(day: date, hour: int = 19) -> datetime:
    return datetime.combine(day, time(hour, 0)).astimezone()


def pinned(vault: Vault, today: date) -> Workspace:
    moment = at(today, 10)
    return Workspace.open(vault, clock=lambda: moment)


def test_card_stays_hidden_without_earlier_years(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    workspace = pinned(vault, TODAY)
    workspace.journal.create("Today", "Only today.", created_at=at(TODAY, 8))
    card = OnThisDayCard(workspace.insights, runner)
    qtbot.addWidget(card)
    card.show()
    card.load(TODAY)
    runner.wait_until_idle()
    assert card.memories == []
    assert card.isHidden()


def test_card_shows_each_earlier_year_and_opens_its_entry(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    workspace = pinned(vault, TODAY)
    entry = workspace.journal.create(
        "First week of the search", "Sent four applications.", created_at=at(date(2025, 12, 4))
    )
    workspace.checkins.backfill(CheckInValues(mood=2), at(date(2024, 12, 4)))
    workspace.checkins.backfill(CheckInValues(mood=3), at(date(2024, 12, 4), 21))
    card = OnThisDayCard(workspace.insights, runner)
    qtbot.addWidget(card)
    card.show()
    card.load(TODAY)
    qtbot.waitUntil(lambda: len(card.memories) == 2)
    assert card.isVisible()
    texts = [label.text() for label in card.findChildren(type(card.caption))]
    assert "A year ago · Thursday 4 December 2025" in texts
    assert "2 years ago · Wednesday 4 December 2024" in texts
    assert "2 check-ins, mood averaged 2.5" in texts
    assert "First week of the search — Sent four applications." in texts
    _see_2025, open_entry, see_2024 = card.buttons
    assert open_entry.accessibleName() == "Open the entry “First week of the search”"
    with qtbot.waitSignal(card.open_entry_requested) as opened:
        qtbot.mouseClick(open_entry, Qt.MouseButton.LeftButton)
    assert opened.args == [entry.id]
    with qtbot.waitSignal(card.day_requested) as asked:
        qtbot.mouseClick(see_2024, Qt.MouseButton.LeftButton)
    assert asked.args == [date(2024, 12, 4)]
    card.clear()  # on lock: no title or preview stays behind
    assert card.isHidden() and card.buttons == [] and card.memories == []


def test_leap_day_entry_shows_on_28_february_of_a_later_year(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    today = date(2026, 2, 28)
    workspace = pinned(vault, today)
    workspace.journal.create("Leap day", "An extra day.", created_at=at(date(2024, 2, 29)))
    card = OnThisDayCard(workspace.insights, runner)
    qtbot.addWidget(card)
    card.load(today)
    qtbot.waitUntil(lambda: len(card.memories) == 1)
    texts = [label.text() for label in card.findChildren(type(card.caption))]
    assert "2 years ago, from 29 February · Thursday 29 February 2024" in texts


def test_home_page_loads_memories_for_the_clocks_today(
    qtbot: QtBot, vault: Vault, runner: TaskRunner
) -> None:
    workspace = pinned(vault, TODAY)
    workspace.journal.create("Snow", "The bus was late.", created_at=at(date(2023, 12, 4)))
    workspace.journal.create("Not this day", "x", created_at=at(date(2023, 12, 5)))
    home = HomePage(workspace, runner, PromptLibrary.load(), workspace.clock)
    qtbot.addWidget(home)
    home.show()
    assert home.on_this_day.isHidden()
    home.refresh()
    qtbot.waitUntil(home.on_this_day.isVisible)
    assert [d.day for d in home.on_this_day.memories] == [date(2023, 12, 4)]
    assert len(home.on_this_day.memories[0].entries) == 1
