"""A journal made through the command line, shared (read-only) by a module's tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.journal import Journal
from app.core.vault import Vault, VaultFiles
from tests.support.cli import PASSPHRASE, add_entry, init_vault, isolated_environment


@dataclass(frozen=True)
class CliJournal:
    data_dir: Path
    env: dict[str, str]
    recovery_key: str
    ids: dict[str, str]


@pytest.fixture(scope="module")
def cli_journal(tmp_path_factory: pytest.TempPathFactory) -> CliJournal:
    """A vault made by `tend init`, with entries from `tend add` and a few older ones."""
    root = tmp_path_factory.mktemp("cli")
    env = isolated_environment(root)
    data_dir = root / "data"
    created = json.loads(init_vault(data_dir, env=env).stdout)
    ids = {
        "interview": add_entry(
            data_dir,
            "Practised answers for the panel interview. Felt ready.",
            "--title",
            "Interview prep",
            "--tag",
            "work",
            env=env,
        ),
        "walk": add_entry(
            data_dir, "Long walk by the river.\nFelt calmer.", "--tag", "#Walk", env=env
        ),
    }
    vault = Vault.open_with_passphrase(VaultFiles(data_dir), PASSPHRASE)
    try:
        journal = Journal(vault.database)
        winter = datetime(2023, 1, 15, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
        ids["winter"] = journal.create(
            "Snow day", "Stayed in and baked bread.", ["home"], created_at=winter
        ).id
        ids["spring"] = journal.create(
            "First rejection",
            "The email came in the morning.",
            ["work"],
            created_at=winter + timedelta(days=60),
        ).id
        ids["trashed"] = journal.create("Old draft", "Not needed any more.").id
        journal.move_to_trash(ids["trashed"])
    finally:
        vault.lock()
    return CliJournal(data_dir, env, created["recovery_key"], ids)
