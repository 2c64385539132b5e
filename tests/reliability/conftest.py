"""Fixtures for the reliability suite: an in-process `tend`, and a closed journal to damage."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.journal import Journal, NewEntry
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from tests.conftest import PASSPHRASE
from tests.reliability.cli_in_process import InProcessCli

WORDS = [
    "today",
    "I",
    "walked",
    "to",
    "the",
    "library",
    "and",
    "read",
    "about",
    "gardens",
    "while",
    "the",
    "rain",
    "kept",
    "on",
]


@pytest.fixture
def tend(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> InProcessCli:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return InProcessCli(monkeypatch, capsys)


def make_closed_journal(folder: Path, entries: int = 60) -> VaultFiles:
    """A closed journal with entries spanning many pages (so page 2 holds real data)."""
    files = VaultFiles(folder)
    created = Vault.create(files, PASSPHRASE, TEST_PARAMS)
    drafts = [
        NewEntry(f"Entry {n}", " ".join(WORDS[(n + k) % len(WORDS)] for k in range(150)))
        for n in range(entries)
    ]
    Journal(created.vault.database).create_many(drafts)
    created.vault.lock()
    return files


@pytest.fixture
def closed_journal(tmp_path: Path) -> VaultFiles:
    return make_closed_journal(tmp_path / "data")
