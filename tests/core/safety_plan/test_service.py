"""The safety plan in the vault: saved, read back, stamped with the injected clock."""

from __future__ import annotations

import copy
from dataclasses import fields
from datetime import datetime, timedelta, timezone

import pytest

from app.core.db.engine import SQLITE_PLAINTEXT_HEADER
from app.core.errors import UsageError
from app.core.resources import load_json
from app.core.safety_plan import STEP_KEYS, SafetyPlan, SafetyPlanService, plan_wording
from app.core.safety_plan.model import MAX_STEP_CHARS
from app.core.safety_plan.wording import SafetyPlanWordingError, parse_wording
from app.core.vault import Vault, VaultFiles
from tests.conftest import PASSPHRASE
from tests.support.clock import ManualClock
from tests.support.crisis_text import reads_nothing

START = datetime(2026, 11, 3, 21, 15, tzinfo=timezone(timedelta(hours=1)))
MARKER = "otter-lantern-plan-93"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def plans(vault: Vault, clock: ManualClock) -> SafetyPlanService:
    return SafetyPlanService(vault.database, clock, read_crisis=reads_nothing)


def test_a_journal_without_a_plan_reads_as_an_empty_unsaved_plan(
    plans: SafetyPlanService,
) -> None:
    plan = plans.get()
    assert plan == SafetyPlan()
    assert plan.is_empty and plan.updated_at is None


def test_a_saved_plan_reads_back_step_by_step_with_its_time(
    plans: SafetyPlanService,
) -> None:
    written = SafetyPlan(
        warning_signs="Not sleeping, staying in bed all day",
        reasons_for_living=f"My sister, the dog\nFinishing the course {MARKER}",
    )
    saved = plans.save(written)
    assert saved.updated_at == START
    loaded = plans.get()
    assert loaded == saved
    assert loaded.reasons_for_living.endswith(MARKER)
    assert loaded.updated_at is not None and loaded.updated_at.utcoffset() == timedelta(hours=1)
    assert [key for key, _ in loaded.written_steps()] == ["warning_signs", "reasons_for_living"]


def test_an_update_replaces_the_words_and_moves_the_time_on(
    plans: SafetyPlanService, clock: ManualClock
) -> None:
    plans.save(SafetyPlan(people_to_ask="Sam"))
    later = clock.advance(days=2, hours=3)
    updated = plans.save(plans.get().with_steps(people_to_ask="Sam, 07700 900123"))
    assert updated.updated_at == later
    assert plans.get().people_to_ask == "Sam, 07700 900123"


def test_saving_the_same_words_keeps_the_time_it_was_last_changed(
    plans: SafetyPlanService, clock: ManualClock
) -> None:
    plans.save(SafetyPlan(professionals="Dr Rahman, 0161 496 0000"))
    clock.advance(hours=5)
    again = plans.save(SafetyPlan(professionals="Dr Rahman, 0161 496 0000"))
    assert again.updated_at == START


def test_clearing_every_step_is_kept_as_an_empty_plan_with_its_time(
    plans: SafetyPlanService, clock: ManualClock
) -> None:
    plans.save(SafetyPlan(warning_signs="Skipping meals"))
    later = clock.advance(days=1)
    cleared = plans.save(SafetyPlan())
    assert cleared.is_empty and cleared.updated_at == later
    assert plans.get().updated_at == later


def test_a_step_that_is_too_long_is_refused_by_name_and_nothing_changes(
    plans: SafetyPlanService,
) -> None:
    plans.save(SafetyPlan(warning_signs="kept"))
    with pytest.raises(UsageError, match=r"Making my surroundings safer.*Nothing was changed"):
        plans.save(SafetyPlan(safer_surroundings="x" * (MAX_STEP_CHARS + 1)))
    assert plans.get().warning_signs == "kept"


def test_the_plan_is_encrypted_at_rest(
    plans: SafetyPlanService, vault: Vault, vault_files: VaultFiles
) -> None:
    plans.save(SafetyPlan(reasons_for_living=MARKER))
    vault.database.checkpoint()
    for path in vault_files.db.parent.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert MARKER.encode() not in data, path.name
            assert not data.startswith(SQLITE_PLAINTEXT_HEADER)


def test_the_plan_survives_locking_and_unlocking(
    plans: SafetyPlanService, vault: Vault, vault_files: VaultFiles
) -> None:
    plans.save(SafetyPlan(coping_on_my_own="A long shower, then the river path"))
    vault.lock()
    reopened = Vault.open_with_passphrase(vault_files, PASSPHRASE)
    try:
        plan = SafetyPlanService(reopened.database, read_crisis=reads_nothing).get()
        assert plan.coping_on_my_own == "A long shower, then the river path"
    finally:
        reopened.lock()


def test_the_plan_fields_are_the_seven_steps_in_order() -> None:
    names = [field.name for field in fields(SafetyPlan)]
    assert tuple(names[:-1]) == STEP_KEYS and names[-1] == "updated_at"
    assert len(STEP_KEYS) == 7


def test_every_step_has_a_title_and_a_gentle_hint_from_the_resource_file() -> None:
    wording = plan_wording()
    titles = [step.title for step in wording.steps]
    assert titles[0] == "Warning signs" and titles[-1] == "My reasons for living"
    assert all(step.hint.endswith(".") for step in wording.steps)
    assert "Stanley" in wording.credit and "Brown" in wording.credit


def test_a_resource_file_with_steps_out_of_order_is_refused() -> None:
    data = copy.deepcopy(load_json("safety_plan.json"))
    data["steps"].reverse()
    with pytest.raises(SafetyPlanWordingError, match="seven steps in order"):
        parse_wording(data)
