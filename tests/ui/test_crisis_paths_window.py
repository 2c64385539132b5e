"""The window reads crisis words by when they were written, and shows prompts kept while
it was closed: an entry begun before midnight and finished after it, and a prompt kept by
`tend add`, both bring the crisis card to Home. The clock is injected."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault
from app.core.workspace import Workspace
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.watcher.prompt_card import PromptCard
from tests.conftest import PASSPHRASE
from tests.support.clock import ManualClock

ZONE = timezone(timedelta(hours=1))
LATE = datetime(2026, 11, 3, 23, 50, tzinfo=ZONE)
AFTER_MIDNIGHT = datetime(2026, 11, 4, 0, 20, tzinfo=ZONE)


@pytest.fixture
def clock(app_context: AppContext) -> ManualClock:
    manual = ManualClock(LATE)
    app_context.clock = manual
    return manual


@pytest.fixture
def late_window(
    clock: ManualClock, controller: AppController, app_context: AppContext
) -> Iterator[AppController]:
    created = Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS)
    controller._open(created.vault)
    yield controller
    close_dialogs(controller)


def close_dialogs(controller: AppController) -> None:
    if controller.features is not None:
        for dialog in controller.features.watcher.dialogs:
            dialog.close()


def crisis_cards_on_home(controller: AppController) -> list[PromptCard]:
    assert controller.features is not None
    home = controller.features.home
    return [
        card
        for card in home.findChildren(PromptCard)
        if card.shown.prompt.kind == "crisis" and not card.isHidden()
    ]


def type_and_save(qtbot: QtBot, controller: AppController, text: str) -> None:
    window = controller.main_window
    assert window is not None
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.body, text)
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=5000)


def test_words_typed_after_midnight_into_an_entry_begun_before_it_bring_the_crisis_card(
    qtbot: QtBot, late_window: AppController, clock: ManualClock
) -> None:
    window, features = late_window.main_window, late_window.features
    assert window is not None and features is not None and late_window.workspace is not None
    window.new_entry()
    type_and_save(qtbot, late_window, "Another rejection tonight.")
    entry_id = window.journal_page.editor.entry_id
    assert entry_id is not None
    begun = late_window.workspace.journal.get(entry_id)
    assert begun.created_at.date() == LATE.date()
    # The watcher looks after typing pauses; nothing before midnight calls for it.
    qtbot.wait(1800)
    late_window.context.runner.wait_until_idle()
    assert crisis_cards_on_home(late_window) == []

    clock.now = AFTER_MIDNIGHT
    type_and_save(qtbot, late_window, " I want to end my life.")

    qtbot.waitUntil(lambda: len(crisis_cards_on_home(late_window)) == 1, timeout=8000)
    (card,) = crisis_cards_on_home(late_window)
    assert card.shown.prompt.day == AFTER_MIDNIGHT.date()
    assert card.shown.prompt.evidence[0].source_ids == (entry_id,)
    # Every character typed is in the entry, begun the day before.
    saved = late_window.workspace.journal.get(entry_id)
    assert saved.body == "Another rejection tonight. I want to end my life."
    assert saved.created_at.date() == LATE.date()


def test_a_crisis_prompt_kept_by_the_command_line_shows_on_home_at_unlock(
    qtbot: QtBot, clock: ManualClock, controller: AppController, app_context: AppContext
) -> None:
    clock.now = AFTER_MIDNIGHT
    created = Vault.create(app_context.paths.vault, PASSPHRASE, TEST_PARAMS)
    cli = Workspace.open(created.vault, clock)
    cli.journal.create("", "I want to kill myself.")
    kept = cli.watcher.read_crisis_words()  # what `tend add` does
    assert kept is not None
    cli.lock()

    clock.advance(hours=2)
    controller._open(Vault.open_with_passphrase(app_context.paths.vault, PASSPHRASE))
    try:
        qtbot.waitUntil(lambda: len(crisis_cards_on_home(controller)) == 1, timeout=8000)
        (card,) = crisis_cards_on_home(controller)
        assert card.shown.id == kept.id
        assert controller.workspace is not None
        qtbot.waitUntil(lambda: controller.workspace.watcher.waiting_crisis_prompts() == [])  # type: ignore[union-attr]
    finally:
        close_dialogs(controller)


def test_new_crisis_words_replace_the_crisis_card_rather_than_stack_another(
    qtbot: QtBot, late_window: AppController, clock: ManualClock
) -> None:
    window = late_window.main_window
    assert window is not None
    clock.now = AFTER_MIDNIGHT
    window.new_entry()
    type_and_save(qtbot, late_window, "I want to end my life.")
    qtbot.waitUntil(lambda: len(crisis_cards_on_home(late_window)) == 1, timeout=8000)
    (first,) = crisis_cards_on_home(late_window)

    clock.advance(minutes=5)
    type_and_save(qtbot, late_window, " I want to kill myself.")
    qtbot.waitUntil(
        lambda: (
            [c.shown.id for c in crisis_cards_on_home(late_window)] not in ([], [first.shown.id])
        ),
        timeout=8000,
    )
    (second,) = crisis_cards_on_home(late_window)
    assert "kill myself" in (second.shown.prompt.evidence[0].phrase or "")


def test_crisis_words_saved_by_locking_just_before_midnight_are_shown_at_the_next_unlock(
    qtbot: QtBot, late_window: AppController, clock: ManualClock, app_context: AppContext
) -> None:
    window = late_window.main_window
    assert window is not None
    late_window.context.runner.wait_until_idle()  # the look at unlock is over
    clock.now = LATE + timedelta(minutes=9)
    window.new_entry()
    qtbot.keyClicks(window.journal_page.editor.body, "I want to end my life.")
    late_window.lock()  # saves the words at once; the look after the pause never comes
    assert late_window.workspace is None

    clock.now = AFTER_MIDNIGHT  # the next day: what was edited yesterday is not read again
    late_window._open(Vault.open_with_passphrase(app_context.paths.vault, PASSPHRASE))
    qtbot.waitUntil(lambda: len(crisis_cards_on_home(late_window)) == 1, timeout=8000)
    (card,) = crisis_cards_on_home(late_window)
    assert "end my life" in (card.shown.prompt.evidence[0].phrase or "")
    assert card.shown.prompt.day == LATE.date()  # kept as Tend locked, before midnight
