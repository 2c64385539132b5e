"""A crisis prompt raised by words saved in an opening or the safety plan is kept in
backups like any other: its evidence names where the words were, a restore brings it back
as it was, and restoring the opening or the plan itself reads nothing again."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.backup import Identities, create_backup, open_backup_file, restore_into_new_vault
from app.core.clock import fixed_clock
from app.core.kdf import TEST_PARAMS
from app.core.safety_plan import SafetyPlan
from app.core.vault import Vault, VaultFiles
from app.core.watcher.model import CRISIS, OPENING, SAFETY_PLAN
from app.core.workspace import Workspace
from tests.core.backup.helpers import key_pair
from tests.support.clock import ManualClock

NOW = datetime(2026, 11, 18, 23, 30, tzinfo=timezone(timedelta(hours=1)))


WORDS = "I cut myself again."


@pytest.mark.parametrize("source", [OPENING, SAFETY_PLAN])
def test_a_prompt_from_saved_text_round_trips_and_the_restore_raises_no_other(
    vault: Vault, tmp_path: Path, source: str
) -> None:
    space = Workspace.open(vault, ManualClock(NOW))
    if source == OPENING:
        space.jobs.openings.add("Archivist", "Museum", note=WORDS)
    else:
        space.safety_plan.save(SafetyPlan(warning_signs=WORDS))
    (kept,) = space.watcher.history()
    assert kept.prompt.evidence[0].source == source
    pair = key_pair()
    result = create_backup(
        vault.database,
        vault.vault_id,
        tmp_path / "b.tend.age",
        recipients=[pair.public_key],
        clock=fixed_clock(NOW),
    )
    document = open_backup_file(result.path, Identities((pair.secret_key,)))

    created, _summary = restore_into_new_vault(
        VaultFiles(tmp_path / "new"), "a new passphrase", document, TEST_PARAMS
    )
    try:
        restored = Workspace.open(created.vault, ManualClock(NOW))
        assert restored.watcher.history() == [kept]
        if source == OPENING:
            assert restored.jobs.openings.all()[0].note == WORDS
        else:
            assert restored.safety_plan.get().warning_signs == WORDS
        crisis = [s for s in restored.watcher.history() if s.prompt.kind == CRISIS]
        assert len(crisis) == 1
    finally:
        created.vault.lock()
