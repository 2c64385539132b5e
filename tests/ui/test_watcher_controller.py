"""The watcher wired to a real vault: the card appears, crisis resources open at once, and
snooze and "I have support" still hold after the vault is locked and opened again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.checkins import CheckInService, CheckInValues
from app.core.clock import fixed_clock
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from app.ui.tasks import TaskRunner
from app.ui.watcher.controller import WatcherController, region_from_locale
from app.ui.watcher.prompt_card import PromptCard
from app.ui.watcher.support_dialog import SupportOptionsDialog
from tests.conftest import PASSPHRASE

ZONE = timezone(timedelta(hours=-5))
NOW = datetime(2026, 3, 20, 21, 30, tzinfo=ZONE)


def store_low_energy(vault: Vault) -> None:
    """Energy 1 at midnight every day of March and April 2026, stored in the vault (once)."""
    checkins = CheckInService(vault.database, fixed_clock(datetime(2026, 5, 1, tzinfo=ZONE)))
    if checkins.latest() is not None:
        return
    day = date(2026, 3, 1)
    while day.month in (3, 4):
        checkins.backfill(CheckInValues(energy=1), datetime.combine(day, datetime.min.time(), ZONE))
        day += timedelta(days=1)


class Harness:
    def __init__(self, qtbot: QtBot, workspace: Workspace) -> None:
        self.qtbot = qtbot
        self.workspace = workspace
        self.runner = TaskRunner()
        self.cards: list[PromptCard] = []
        self.controller = WatcherController(
            watcher=workspace.watcher,
            contacts=workspace.contacts,
            questionnaires=workspace.questionnaires,
            runner=self.runner,
            place_card=self.cards.append,
            default_region="US",
        )

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.is_busy, timeout=5000)

    def check(self) -> list[PromptCard]:
        self.controller.check_now()
        self.settle()
        return self.cards

    def close(self) -> None:
        self.runner.wait_until_idle()
        for dialog in self.controller.dialogs:
            dialog.close()
        self.workspace.lock()


@pytest.fixture
def open_harness(qtbot: QtBot, vault_files: VaultFiles) -> Iterator:  # type: ignore[type-arg]
    made: list[Harness] = []

    def make(vault: Vault | None = None, when: datetime = NOW) -> Harness:
        vault = vault or Vault.open_with_passphrase(vault_files, PASSPHRASE)
        store_low_energy(vault)
        space = Workspace.open(vault, fixed_clock(when))
        made.append(Harness(qtbot, space))
        return made[-1]

    yield make
    for harness in made:
        harness.close()


def test_the_card_appears_when_a_pattern_lasts(open_harness, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    harness = open_harness(vault)
    with harness.qtbot.waitSignal(harness.controller.prompt_shown):
        harness.controller.check_now()
    harness.settle()
    (card,) = harness.cards
    assert card.summary.text().startswith("You've noted low energy on 14 of the last 14 days.")


def test_why_shows_the_evidence_behind_the_card(open_harness, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    harness = open_harness(vault)
    (card,) = harness.check()
    qtbot = harness.qtbot
    qtbot.mouseClick(card.why_button, Qt.MouseButton.LeftButton)
    (dialog,) = harness.controller.dialogs
    assert dialog.isVisible()
    assert dialog.evidence.topLevelItemCount() == 14  # type: ignore[attr-defined]


def test_crisis_resources_open_at_once_after_saving_a_crisis_entry(
    open_harness, vault: Vault
) -> None:  # type: ignore[no-untyped-def]
    harness = open_harness(vault)
    harness.workspace.watcher.turn_off("support")
    harness.workspace.journal.create("", "I can't keep doing this. I want to die.", created_at=NOW)
    harness.check()
    (card,) = harness.cards
    assert card.shown.prompt.kind == "crisis"
    dialog = next(d for d in harness.controller.dialogs if isinstance(d, SupportOptionsDialog))
    assert dialog.isVisible()
    assert dialog.shown_items()[0].kind == "crisis"
    assert dialog.options.plain_text().index("988") < dialog.options.plain_text().index(
        "Job Centers"
    )
    assert harness.workspace.watcher.get(card.shown.id).response == "opened_support"


def test_snooze_is_respected_across_a_restart(open_harness, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    harness = open_harness(vault)
    (card,) = harness.check()
    harness.qtbot.mouseClick(card.snooze_button, Qt.MouseButton.LeftButton)
    harness.settle()
    assert harness.controller.cards == {}
    harness.close()
    assert open_harness(when=NOW + timedelta(days=2)).check() == []
    assert len(open_harness(when=NOW + timedelta(days=7)).check()) == 1


def test_i_have_support_is_respected_across_a_restart(open_harness, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    harness = open_harness(vault)
    (card,) = harness.check()
    harness.qtbot.mouseClick(card.has_support_button, Qt.MouseButton.LeftButton)
    harness.settle()
    harness.close()
    assert open_harness(when=NOW + timedelta(days=29)).check() == []
    assert len(open_harness(when=NOW + timedelta(days=30)).check()) == 1


def test_a_questionnaire_taken_from_the_card_is_kept(open_harness, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    harness = open_harness(vault)
    (card,) = harness.check()
    assert card.suggestion_button is not None
    harness.qtbot.mouseClick(card.suggestion_button, Qt.MouseButton.LeftButton)
    harness.settle()
    dialog = harness.controller.dialogs[-1]
    for group in dialog.groups:  # type: ignore[attr-defined]
        group.button(1).click()
    dialog.submit.click()  # type: ignore[attr-defined]
    harness.settle()
    (result,) = harness.workspace.questionnaires.results()
    assert result.kind == card.shown.prompt.suggested_questionnaire


def test_the_region_comes_from_the_locale_when_it_has_one() -> None:
    from PySide6.QtCore import QLocale

    assert region_from_locale(QLocale("en_NZ")) == "NZ"
    assert region_from_locale(QLocale.c()) is None
