"""Crisis words are read on every path that writes text, by when they were written.

Entries and check-in notes are read by their last edit, not by the day they were begun;
the same words never raise a second prompt; restored and imported writing is read only
if it was written today. The clock is injected everywhere, never the real date.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select

from app.core.backup import Identities, create_backup, open_backup_file, restore_into_new_vault
from app.core.backup.keys import generate
from app.core.checkins import CheckInValues
from app.core.clock import fixed_clock
from app.core.db.watcher_tables import CrisisReadRow
from app.core.importers.jrnl import parse_jrnl
from app.core.importers.sink import JournalImportSink, import_batch
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.support.clock import ManualClock

ZONE = timezone(timedelta(hours=1))
LATE = datetime(2026, 11, 3, 23, 50, tzinfo=ZONE)
AFTER_MIDNIGHT = datetime(2026, 11, 4, 0, 20, tzinfo=ZONE)
CRISIS_WORDS = "I want to end my life."


def crisis_prompts(space: Workspace) -> list:  # type: ignore[type-arg]
    return [shown for shown in space.watcher.evaluate() if shown.prompt.kind == "crisis"]


def quiet(space: Workspace) -> Workspace:
    """Support prompts off, so each test sees only what crisis reading does."""
    space.watcher.turn_off("support")
    return space


def test_words_added_after_midnight_to_an_entry_begun_before_it_raise_a_crisis_prompt(
    vault: Vault,
) -> None:
    clock = ManualClock(LATE)
    space = quiet(Workspace.open(vault, clock))
    entry = space.journal.create("", "Another rejection tonight.")
    assert crisis_prompts(space) == []

    clock.now = AFTER_MIDNIGHT
    space.journal.update(entry.id, body=f"Another rejection tonight. {CRISIS_WORDS}")
    (shown,) = crisis_prompts(space)

    assert shown.prompt.day == AFTER_MIDNIGHT.date()
    (evidence,) = shown.prompt.evidence
    assert evidence.source == "entry" and evidence.source_ids == (entry.id,)
    assert evidence.day == AFTER_MIDNIGHT.date()
    assert "end my life" in (evidence.phrase or "")


def test_words_added_today_to_an_entry_from_last_month_raise_a_crisis_prompt(
    vault: Vault,
) -> None:
    clock = ManualClock(AFTER_MIDNIGHT - timedelta(days=30))
    space = quiet(Workspace.open(vault, clock))
    entry = space.journal.create("October", "A quiet week of applications.")
    clock.now = AFTER_MIDNIGHT + timedelta(hours=12)
    assert crisis_prompts(space) == []

    space.journal.update(entry.id, body="A quiet week of applications.\nI want to kill myself.")
    (shown,) = crisis_prompts(space)
    assert shown.prompt.evidence[0].source_ids == (entry.id,)


def test_saving_the_same_words_again_raises_nothing_new_that_day_or_later(
    vault: Vault,
) -> None:
    clock = ManualClock(AFTER_MIDNIGHT)
    space = quiet(Workspace.open(vault, clock))
    entry = space.journal.create("", CRISIS_WORDS)
    assert len(crisis_prompts(space)) == 1

    # Typing on around the same words, as autosave does every pause. (Words such as
    # "nobody would notice" would be new crisis words of their own, and raise a prompt.)
    clock.advance(minutes=2)
    space.journal.update(entry.id, body=f"{CRISIS_WORDS[:-1]} and then I made some tea.")
    assert crisis_prompts(space) == []
    # A typo fixed the next day: edited today, but no new words.
    clock.advance(days=1)
    space.journal.update(entry.id, body=f"{CRISIS_WORDS[:-1]} and then I made some tea, slowly.")
    assert crisis_prompts(space) == []
    assert len([p for p in space.watcher.history() if p.prompt.kind == "crisis"]) == 1


def test_new_crisis_words_in_the_same_entry_raise_a_new_prompt(vault: Vault) -> None:
    clock = ManualClock(AFTER_MIDNIGHT)
    space = quiet(Workspace.open(vault, clock))
    entry = space.journal.create("", CRISIS_WORDS)
    assert len(crisis_prompts(space)) == 1

    clock.advance(hours=3)
    space.journal.update(entry.id, body=f"{CRISIS_WORDS}\nI want to kill myself.")
    (shown,) = crisis_prompts(space)
    (evidence,) = shown.prompt.evidence
    assert "kill myself" in (evidence.phrase or "")


def test_a_crisis_phrase_in_a_checkin_note_raises_a_prompt_at_once(vault: Vault) -> None:
    space = quiet(Workspace.open(vault, fixed_clock(AFTER_MIDNIGHT)))
    checkin = space.checkins.create(CheckInValues(mood=1, note="I want to kill myself"))
    (shown,) = crisis_prompts(space)
    (evidence,) = shown.prompt.evidence
    assert evidence.source == "checkin" and evidence.source_ids == (checkin.id,)
    assert crisis_prompts(space) == []


def test_a_note_added_today_to_a_checkin_for_an_earlier_day_is_read(vault: Vault) -> None:
    space = quiet(Workspace.open(vault, fixed_clock(AFTER_MIDNIGHT)))
    checkin = space.checkins.backfill(CheckInValues(mood=2), LATE - timedelta(days=3))
    assert crisis_prompts(space) == []
    space.checkins.edit(checkin.id, CheckInValues(mood=1, note=CRISIS_WORDS))
    (shown,) = crisis_prompts(space)
    assert shown.prompt.evidence[0].source_ids == (checkin.id,)


def test_an_entry_in_the_trash_is_not_read(vault: Vault) -> None:
    space = quiet(Workspace.open(vault, fixed_clock(AFTER_MIDNIGHT)))
    entry = space.journal.create("", CRISIS_WORDS)
    space.journal.move_to_trash(entry.id)
    assert crisis_prompts(space) == []


def test_words_read_while_crisis_prompts_are_off_do_not_come_back_when_turned_on(
    vault: Vault,
) -> None:
    clock = ManualClock(AFTER_MIDNIGHT)
    space = quiet(Workspace.open(vault, clock))
    space.watcher.turn_off("crisis")
    space.journal.create("", CRISIS_WORDS)
    assert crisis_prompts(space) == []
    space.watcher.turn_on("crisis")
    assert crisis_prompts(space) == []
    space.journal.create("", "I want to kill myself.")
    assert len(crisis_prompts(space)) == 1


def reads_kept(vault: Vault) -> int:
    with vault.database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(CrisisReadRow)) or 0)


def test_deleting_for_good_forgets_what_was_read_in_an_entry_or_a_checkin(vault: Vault) -> None:
    space = quiet(Workspace.open(vault, fixed_clock(AFTER_MIDNIGHT)))
    entry = space.journal.create("", CRISIS_WORDS)
    checkin = space.checkins.create(CheckInValues(note="I want to kill myself"))
    crisis_prompts(space)
    assert reads_kept(vault) == 2
    space.journal.delete_forever([entry.id])
    assert reads_kept(vault) == 1
    space.checkins.delete(checkin.id)
    assert reads_kept(vault) == 0


def test_a_prompt_recorded_outside_the_window_waits_until_it_is_answered(
    vault: Vault,
) -> None:
    clock = ManualClock(AFTER_MIDNIGHT)
    space = Workspace.open(vault, clock)
    space.journal.create("", CRISIS_WORDS)
    shown = space.watcher.read_crisis_words()
    assert shown is not None and shown.prompt.kind == "crisis" and shown.response is None
    assert space.watcher.read_crisis_words() is None  # the same words, read once
    assert [p.prompt.kind for p in space.watcher.history()] == ["crisis"]

    clock.advance(hours=8)
    assert [p.id for p in space.watcher.waiting_crisis_prompts()] == [shown.id]
    space.watcher.respond(shown.id, "opened_support")
    assert space.watcher.waiting_crisis_prompts() == []


def test_an_unanswered_prompt_stops_waiting_after_a_day(vault: Vault) -> None:
    clock = ManualClock(AFTER_MIDNIGHT)
    space = Workspace.open(vault, clock)
    space.journal.create("", CRISIS_WORDS)
    assert space.watcher.read_crisis_words() is not None
    clock.advance(hours=25)
    assert space.watcher.waiting_crisis_prompts() == []


def jrnl_file(*items: tuple[datetime, str]) -> bytes:
    entries = [
        {
            "title": f"Day {index}",
            "body": body,
            "date": moment.date().isoformat(),
            "time": moment.strftime("%H:%M"),
            "tags": [],
            "starred": False,
        }
        for index, (moment, body) in enumerate(items)
    ]
    return json.dumps({"tags": {}, "entries": entries}).encode()


def test_imported_entries_are_read_only_if_written_today(vault: Vault) -> None:
    now = AFTER_MIDNIGHT + timedelta(hours=10)
    space = quiet(Workspace.open(vault, fixed_clock(now)))
    batch = parse_jrnl(
        jrnl_file(
            (now - timedelta(days=40), "I want to kill myself."),
            (now - timedelta(days=1), "I want to die."),
            (now - timedelta(hours=2), CRISIS_WORDS),
        ),
        zone=ZONE,
    )
    result = import_batch(batch, JournalImportSink(space.journal))
    assert result.entries_added == 3

    (shown,) = crisis_prompts(space)
    written_today = batch.entries[2].id
    assert [e.source_ids for e in shown.prompt.evidence] == [(written_today,)]


def test_restored_entries_are_read_only_if_written_today(vault: Vault, tmp_path: Path) -> None:
    now = AFTER_MIDNIGHT + timedelta(hours=10)
    clock = ManualClock(now - timedelta(days=20))
    source = quiet(Workspace.open(vault, clock))
    source.watcher.turn_off("crisis")  # the other device: nothing read there
    source.journal.create("", "I want to kill myself.")
    clock.now = now - timedelta(hours=1)
    today = source.journal.create("", CRISIS_WORDS)
    pair = generate()
    backup = create_backup(
        vault.database,
        vault.vault_id,
        tmp_path / "b.tend.age",
        recipients=[pair.public_key],
        clock=fixed_clock(now),
    )
    document = open_backup_file(backup.path, Identities((pair.secret_key,)))
    created, _ = restore_into_new_vault(
        VaultFiles(tmp_path / "new"), "another passphrase", document, TEST_PARAMS
    )
    restored = Workspace.open(created.vault, fixed_clock(now))
    try:
        quiet(restored)
        restored.watcher.turn_on("crisis")
        (shown,) = crisis_prompts(restored)
        assert [e.source_ids for e in shown.prompt.evidence] == [(today.id,)]
    finally:
        restored.lock()
