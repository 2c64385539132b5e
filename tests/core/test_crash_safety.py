"""Killing Tend mid-save (SIGKILL, at random moments) never loses a save it reported done."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time

import pytest

from app.core.journal import EntryFilter, Journal
from app.core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO_ROOT
from tests.support.crash_child import VERSIONS_PER_ENTRY, body_for

KILLS = 24


def read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        raise TimeoutError("the child did not report in time")
    return process.stdout.readline()


def run_until_killed(data_dir, rng: random.Random) -> list[str]:
    """Start a child, let it save for a random moment, SIGKILL it; its reported lines."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_child", str(data_dir), PASSPHRASE],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert read_line(process, timeout=30).strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
    finally:
        process.send_signal(signal.SIGKILL)
        output, errors = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, errors
    # A line is a promise only if it was written whole.
    return [line for line in output.splitlines(keepends=True) if line.endswith("\n")]


@pytest.mark.slow
def test_every_reported_save_survives_sigkill(created_vault, vault_files):
    created_vault.vault.lock()
    rng = random.Random(os.environ.get("TEND_CRASH_SEED", time.time_ns()))
    reported: dict[str, int] = {}

    for _ in range(KILLS):
        for line in run_until_killed(vault_files.folder, rng):
            entry_id, version = line.split()
            reported[entry_id] = max(reported.get(entry_id, -1), int(version))

    assert len(reported) >= KILLS // 2  # most runs saved something before they were killed
    vault = Vault.open_with_passphrase(vault_files, PASSPHRASE)
    try:
        report = vault.check()
        journal = Journal(vault.database)
        for entry_id, version in reported.items():
            body = journal.get(entry_id).body
            # The save after the last report may have landed before the kill: one newer
            # version is allowed, an older one never is.
            allowed = {body_for(entry_id, v) for v in (version, version + 1)}
            if version + 1 >= VERSIONS_PER_ENTRY:
                allowed = {body_for(entry_id, version)}
            assert body in allowed, f"entry {entry_id}: lost version {version}"
        assert journal.count(EntryFilter(tag="crash")) >= len(reported)
    finally:
        vault.lock()
    assert report.ok, report.lines()
