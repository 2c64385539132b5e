"""The watcher in a real vault: prompts kept, choices honoured, even after the vault reopens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from app.core.checkins import CheckInService, CheckInValues
from app.core.clock import fixed_clock
from app.core.db.schema import HEAD_REVISION, MIGRATIONS_DIR
from app.core.errors import NotFoundError, UsageError
from app.core.vault import Vault, VaultFiles
from app.core.watcher.model import WatcherSettings
from app.core.workspace import Workspace
from tests.conftest import PASSPHRASE

ZONE = timezone(timedelta(hours=-5))
NOW = datetime(2026, 3, 20, 21, 30, tzinfo=ZONE)
TODAY = NOW.date()


def store_low_energy_march(vault: Vault) -> None:
    """Energy 1 at midnight every day of March 2026, stored in the vault (once)."""
    checkins = CheckInService(vault.database, fixed_clock(datetime(2026, 4, 1, tzinfo=ZONE)))
    if checkins.latest() is not None:
        return
    for day in range(31):
        checkins.backfill(CheckInValues(energy=1), datetime(2026, 3, 1 + day, tzinfo=ZONE))


def open_workspace(vault: Vault, when: datetime = NOW) -> Workspace:
    store_low_energy_march(vault)
    return Workspace.open(vault, fixed_clock(when))


@pytest.fixture
def space(vault: Vault) -> Iterator[Workspace]:
    yield open_workspace(vault)


def reopen(vault_files: VaultFiles, when: datetime = NOW) -> Workspace:
    return open_workspace(Vault.open_with_passphrase(vault_files, PASSPHRASE), when)


def test_evaluate_keeps_each_prompt_it_returns(space: Workspace) -> None:
    (shown,) = space.watcher.evaluate()
    assert shown.prompt.kind == "support"
    assert shown.prompt.signals == ("low_energy",)
    assert shown.shown_at == NOW
    (kept,) = space.watcher.history()
    assert kept == shown
    assert kept.prompt.counts[0].days_present == 14


def test_a_second_evaluation_the_same_day_shows_nothing_new(space: Workspace) -> None:
    space.watcher.evaluate()
    assert space.watcher.evaluate() == []
    assert len(space.watcher.history()) == 1


def test_the_cooldown_holds_across_a_restart(vault: Vault, vault_files: VaultFiles) -> None:
    open_workspace(vault).watcher.evaluate()
    vault.lock()
    later = reopen(vault_files, NOW + timedelta(days=6))
    assert later.watcher.evaluate() == []
    week_on = reopen(vault_files, NOW + timedelta(days=7))
    assert [p.prompt.kind for p in week_on.watcher.evaluate()] == ["support"]


def test_snooze_is_respected_across_a_restart(vault: Vault, vault_files: VaultFiles) -> None:
    space = open_workspace(vault)
    (shown,) = space.watcher.evaluate()
    settings = space.watcher.snooze(shown.id, days=10)
    assert settings.snoozed_until == {"support": TODAY + timedelta(days=10)}
    vault.lock()
    assert reopen(vault_files, NOW + timedelta(days=9)).watcher.evaluate() == []
    reopened = reopen(vault_files, NOW + timedelta(days=10))
    assert reopened.watcher.get(shown.id).response == "snoozed"
    assert len(reopened.watcher.evaluate()) == 1


def test_i_have_support_turns_support_prompts_off_for_thirty_days(
    vault: Vault, vault_files: VaultFiles
) -> None:
    space = open_workspace(vault)
    (shown,) = space.watcher.evaluate()
    space.watcher.i_have_support(shown.id)
    vault.lock()
    assert reopen(vault_files, NOW + timedelta(days=29)).watcher.evaluate() == []
    assert (
        reopen(vault_files, NOW + timedelta(days=30))
        .watcher.settings()
        .allows("support", TODAY + timedelta(days=30))
    )


def test_i_have_support_on_a_crisis_prompt_keeps_crisis_prompts_on(space: Workspace) -> None:
    space.journal.create("", "I want to die.", created_at=NOW)
    crisis = next(p for p in space.watcher.evaluate() if p.prompt.kind == "crisis")
    settings = space.watcher.i_have_support(crisis.id)
    assert "crisis" not in settings.kinds_off
    assert space.watcher.get(crisis.id).response == "has_support"


def test_a_crisis_phrase_saved_today_gives_a_crisis_prompt_at_once(vault: Vault) -> None:
    space = Workspace.open(vault, fixed_clock(NOW))
    space.journal.create("", "Another no. Everyone would be better off without me.", created_at=NOW)
    (shown,) = space.watcher.evaluate()
    assert shown.prompt.kind == "crisis"
    assert shown.prompt.evidence[0].phrase == "better off without me"


def test_turning_a_kind_off_for_good_and_on_again(space: Workspace) -> None:
    space.watcher.turn_off("support")
    assert space.watcher.evaluate() == []
    space.watcher.turn_on("support")
    assert len(space.watcher.evaluate()) == 1


def test_turning_the_watcher_off_is_kept(vault: Vault, vault_files: VaultFiles) -> None:
    open_workspace(vault).watcher.set_enabled(False)
    vault.lock()
    reopened = reopen(vault_files)
    assert reopened.watcher.settings().enabled is False
    assert reopened.watcher.evaluate() == []


def test_settings_round_trip_through_the_vault(space: Workspace) -> None:
    wanted = WatcherSettings(
        enabled=True,
        snoozed_until={"support": TODAY},
        kinds_off={"crisis": None, "support": TODAY + timedelta(days=3)},
        suggest_questionnaires=False,
        region="NZ",
    )
    space.watcher.save_settings(wanted)
    assert space.watcher.settings() == wanted


def test_history_is_newest_first(vault: Vault) -> None:
    first = open_workspace(vault).watcher.evaluate()
    second = open_workspace(vault, NOW + timedelta(days=7)).watcher.evaluate()
    history = open_workspace(vault).watcher.history()
    assert [item.id for item in history] == [second[0].id, first[0].id]


def test_a_questionnaire_taken_recently_is_not_suggested_again(space: Workspace) -> None:
    space.questionnaires.record("who5", [3, 3, 3, 3, 3])
    (shown,) = space.watcher.evaluate()
    assert shown.prompt.suggested_questionnaire is None


def test_unknown_prompts_kinds_and_responses_are_refused(space: Workspace) -> None:
    with pytest.raises(NotFoundError):
        space.watcher.snooze("no-such-id")
    with pytest.raises(UsageError):
        space.watcher.turn_off("sometimes")
    (shown,) = space.watcher.evaluate()
    with pytest.raises(UsageError):
        space.watcher.respond(shown.id, "ignored")


def test_the_schema_head_is_the_newest_migration() -> None:
    names = sorted(path.name for path in (MIGRATIONS_DIR / "versions").glob("0*.py"))
    assert names[-1].startswith(HEAD_REVISION)


def test_a_recent_phq9_escalates_and_the_reason_is_kept_in_the_vault(
    vault: Vault, vault_files: VaultFiles
) -> None:
    space = open_workspace(vault)
    space.questionnaires.record("phq9", [2, 2, 1, 1, 1, 1, 1, 1, 0])  # 10: the cut-off
    (shown,) = space.watcher.evaluate()
    assert shown.prompt.escalation_reasons == ("recent_phq9_score",)
    assert "added up to 10 out of 27" in shown.prompt.summary
    kept = reopen(vault_files).watcher.get(shown.id)
    assert kept.prompt.escalation_reasons == ("recent_phq9_score",)
    assert kept.prompt.evidence[-1].score == 10


def test_a_phq9_under_ten_does_not_escalate(space: Workspace) -> None:
    space.questionnaires.record("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 1])  # 9
    (shown,) = space.watcher.evaluate()
    assert not shown.prompt.escalated


def test_a_stretch_four_weeks_long_escalates_in_the_vault(vault: Vault) -> None:
    store_low_energy_march(vault)
    april = CheckInService(vault.database, fixed_clock(datetime(2026, 4, 30, tzinfo=ZONE)))
    for day in range(1, 8):
        april.backfill(CheckInValues(energy=1), datetime(2026, 4, day, tzinfo=ZONE))
    weekly = []
    for week in range(5):  # 10 March, then every seven days to 7 April
        moment = datetime(2026, 3, 10, 21, tzinfo=ZONE) + timedelta(days=7 * week)
        (shown,) = open_workspace(vault, moment).watcher.evaluate()
        weekly.append(shown.prompt)
    assert [prompt.escalated for prompt in weekly] == [False, False, False, False, True]
    assert weekly[-1].escalation_reasons == ("still_there_after_four_weeks",)
    assert weekly[-1].evidence[-1].day == weekly[0].day
