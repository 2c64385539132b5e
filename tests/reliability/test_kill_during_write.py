"""SIGKILL `tend add` and `tend checkin` at random moments, two writers at a time: every
write the command acknowledged is found afterwards, whole, and `tend check` passes.

The moments come from a seeded generator (TEND_KILL_SEED, default below), so a failing run
can be repeated. tests/core/test_crash_safety.py kills a process saving through the journal
service in a loop; this one kills the real commands, concurrently, as a person's scripts
would run them.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path

import pytest

from app.core.journal import EntryFilter, Journal
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.reliability.kill_loop import (
    ADD,
    CHECKIN,
    TAG,
    Write,
    body_for,
    note_for,
    plan_write,
    run_concurrently,
)
from tests.support.cli import isolated_environment, tend

DEFAULT_SEED = 20261204
MIN_KILLS = 24  # the suite promises at least 20
MIN_ROUNDS = 12
MAX_ROUNDS = 60
WRITERS_AT_ONCE = 2
CALIBRATION_ROUNDS = 2
# Known (issue 10, item 3): a writer whose transaction began as a read gets "database is
# locked" at once when the other writer commits first, instead of waiting its turn. Such a
# command fails before saving anything, so it is counted, not acknowledged. Set this to
# False once writers wait: then any failure that isn't a kill fails the test.
TOLERATE_LOCKED_WRITERS = False  # writers now wait their turn (busy timeout, BEGIN IMMEDIATE)
LOCKED = "database is locked"


def failed_locked(write: Write) -> bool:
    return TOLERATE_LOCKED_WRITERS and write.returncode == 1 and LOCKED in write.stderr


def calibrate(data_dir: Path, env: dict[str, str]) -> tuple[list[Write], float]:
    """Unkilled writes, two at a time, to learn how long a command lives on this machine."""
    writes: list[Write] = []
    for round_number in range(CALIBRATION_ROUNDS):
        pair = [
            Write(kind, f"calibrate{round_number}-{kind}", 3, kill_after=float("inf"))
            for kind in (ADD, CHECKIN)
        ]
        run_concurrently(pair, data_dir, PASSPHRASE, env)
        writes += pair
    return writes, statistics.median(write.seconds for write in writes)


EntryContent = tuple[str, str, tuple[str, ...]]  # title, body, tags
CheckInContent = tuple[int | None, str]  # mood, note


def found_records(data_dir: Path) -> tuple[dict[str, EntryContent], dict[str, CheckInContent]]:
    """Every entry (id -> title, body, tags) and check-in (id -> mood, note) in the vault."""
    vault = Vault.open_with_passphrase(VaultFiles(data_dir), PASSPHRASE)
    try:
        journal = Journal(vault.database)
        summaries = journal.list_page(limit=100_000)[0]
        summaries += journal.list_page(EntryFilter(in_trash=True), limit=100_000)[0]
        entries: dict[str, EntryContent] = {}
        for summary in summaries:
            entry = journal.get(summary.id)
            entries[entry.id] = (entry.title, entry.body, entry.tags)
        checkins = {
            checkin.id: (checkin.mood, checkin.note)
            for checkin in Workspace.open(vault).checkins.list_between()
        }
    finally:
        vault.lock()
    return entries, checkins


@pytest.mark.slow
def test_every_acknowledged_write_survives_sigkill_with_two_writers(tmp_path: Path) -> None:
    seed = int(os.environ.get("TEND_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    Vault.create(VaultFiles(data_dir), PASSPHRASE, TEST_PARAMS).vault.lock()
    env = isolated_environment(tmp_path)
    began = time.monotonic()

    writes, typical = calibrate(data_dir, env)
    rounds = 0
    while rounds < MAX_ROUNDS and (
        rounds < MIN_ROUNDS or sum(write.killed for write in writes) < MIN_KILLS
    ):
        batch = [plan_write(rng, len(writes) + n, typical) for n in range(WRITERS_AT_ONCE)]
        run_concurrently(batch, data_dir, PASSPHRASE, env)
        writes += batch
        rounds += 1

    context = f"(seed {seed})"
    for write in writes:
        # A command either finished cleanly or was killed; nothing else (no traceback).
        assert write.killed or write.returncode == 0 or failed_locked(write), (
            f"{write.kind} {context}: {write.stderr}"
        )
    locked = sum(failed_locked(write) for write in writes)
    kills = sum(write.killed for write in writes)
    assert kills >= 20, f"only {kills} kills landed {context}"

    check = tend(
        "check",
        "--passphrase-stdin",
        "--no-keyring",
        data_dir=data_dir,
        stdin=PASSPHRASE + "\n",
        env=env,
    )
    assert check.returncode == 0, check.stdout + check.stderr

    entries, checkins = found_records(data_dir)
    by_kind = {kind: [w for w in writes if w.kind == kind] for kind in (ADD, CHECKIN)}
    acknowledged = [write for write in writes if write.acknowledged_id]
    for write in by_kind[ADD]:
        if write.acknowledged_id:
            assert entries.get(write.acknowledged_id) == (
                f"Kill {write.token}",
                body_for(write.token),
                (TAG,),
            ), f"acknowledged entry {write.token} lost or changed {context}"
    for write in by_kind[CHECKIN]:
        if write.acknowledged_id:
            assert checkins.get(write.acknowledged_id) == (write.mood, note_for(write.token)), (
                f"acknowledged check-in {write.token} lost or changed {context}"
            )
    # Whatever else is there was written whole by one of the commands (killed after saving,
    # before it could say so), and nothing was written twice.
    entry_writes = {(f"Kill {w.token}", body_for(w.token), (TAG,)) for w in by_kind[ADD]}
    checkin_writes = {(w.mood, note_for(w.token)) for w in by_kind[CHECKIN]}
    assert set(entries.values()) <= entry_writes
    assert len(set(entries.values())) == len(entries)
    assert set(checkins.values()) <= checkin_writes
    assert len(set(checkins.values())) == len(checkins)

    found = len(entries) + len(checkins)
    found_acknowledged = sum(
        1 for w in acknowledged if w.acknowledged_id in entries or w.acknowledged_id in checkins
    )
    print(
        f"\nkill loop {context}: {len(writes)} writes ({len(by_kind[ADD])} add, "
        f"{len(by_kind[CHECKIN])} checkin), {kills} SIGKILLs, {len(acknowledged)} acknowledged, "
        f"{found_acknowledged} of them found, "
        f"{found - len(acknowledged)} more saved before the kill, "
        f"{locked} failed with '{LOCKED}', "
        f"typical command {typical:.2f} s, {time.monotonic() - began:.0f} s in all"
    )
