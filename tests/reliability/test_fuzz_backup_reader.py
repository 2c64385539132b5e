"""Hypothesis fuzzing of the backup reader: a changed backup file, or a document that
decrypts but was changed inside, is restored or refused with one of the backup errors; a
refusal changes nothing in the journal. No other exception may escape.

The starting point is a real backup of a vault holding every kind of data (the backup
tests' fill()); derandomized, so CI runs the same examples every time.
"""

from __future__ import annotations

import copy
import gzip
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.backup import Identities, create_backup, open_backup, read_document, restore_into
from app.core.backup.crypto import decrypt
from app.core.backup.document import decode_text
from app.core.backup.errors import (
    BackupError,
    BackupSecretMissingError,
    BackupWrongIdentityError,
)
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.core.backup.helpers import fill, key_pair
from tests.reliability.fuzz_documents import FUZZ, ODD_JSON, ODD_TEXT, mostly, spliced
from tests.reliability.vault_state import vault_state

# The backup reader's documented refusals (app/core/backup/errors.py).
REFUSALS = (BackupError, BackupWrongIdentityError, BackupSecretMissingError)
ODD_TIMESTAMPS = st.sampled_from(
    [
        "0001-01-01T00:00:00+05:00",
        "0233-07-17T10:28:00Z",
        "1899-12-31T23:59:59Z",
        "9999-12-31T23:59:59-05:00",
        "2026-02-30T10:00:00Z",
        "2026-03-14T25:00:00Z",
        "2026-03-14",
    ]
)
REPLACEMENTS = mostly(ODD_TEXT | ODD_JSON, ODD_TIMESTAMPS, one_in=4)
OUTCOMES: Counter[str] = Counter()


class Source:
    """A real backup (to a public key), its identities and its document as JSON."""

    def __init__(self, folder: Path) -> None:
        created = Vault.create(VaultFiles(folder / "source"), PASSPHRASE, TEST_PARAMS)
        try:
            fill(Workspace.open(created.vault))
            pair = key_pair()
            result = create_backup(
                created.vault.database,
                created.vault.vault_id,
                folder / "source.tend.age",
                recipients=[pair.public_key],
            )
        finally:
            created.vault.lock()
        self.encrypted = result.path.read_bytes()
        self.identities = Identities((pair.secret_key,))
        self.document = json.loads(decode_text(decrypt(self.encrypted, self.identities)))


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    return Source(tmp_path_factory.mktemp("backup-source"))


@pytest.fixture(scope="module", autouse=True)
def report_outcomes() -> Iterator[None]:
    yield
    for name in sorted({key.split(":")[0] for key in OUTCOMES}):
        print(
            f"\nfuzz {name}: {OUTCOMES[name + ':restored']} restored, "
            f"{OUTCOMES[name + ':refused']} refused"
        )


def mutate(value: Any, rng: random.Random, replacement: Any) -> Any:
    """Replace, drop or duplicate one randomly chosen node of a JSON value. A text or a
    number is replaced by one of its own kind half the time, so that many changed documents
    still pass the checks and reach the restore itself."""
    if isinstance(value, dict) and value and rng.random() < 0.85:
        key = rng.choice(sorted(value))
        if rng.random() < 0.1:
            return {name: item for name, item in value.items() if name != key}
        return {**value, key: mutate(value[key], rng, replacement)}
    if isinstance(value, list) and value and rng.random() < 0.85:
        index = rng.randrange(len(value))
        if rng.random() < 0.1:
            return [*value, copy.deepcopy(value[index])]
        return [*value[:index], mutate(value[index], rng, replacement), *value[index + 1 :]]
    if rng.random() < 0.5:
        if isinstance(value, str) and isinstance(replacement, str):
            return replacement
        if isinstance(value, bool):
            return not value
        if isinstance(value, int | float):
            return rng.choice([0, -1, 1, 5, 6, 24, 25, 10**9, 0.5, -(2**63), 2**63])
    return replacement


def restore_or_refuse(workspace: Workspace, target: str, plaintext: bytes) -> None:
    """The document is restored whole, or refused with a backup error and nothing changed."""
    database = workspace.vault.database
    before = vault_state(database)
    try:
        restore_into(database, read_document(plaintext))
    except REFUSALS:
        assert vault_state(database) == before
        OUTCOMES[f"{target}:refused"] += 1
        return
    OUTCOMES[f"{target}:restored"] += 1


@pytest.mark.slow
@FUZZ
@given(
    seed=st.integers(0, 2**32),
    replacement=REPLACEMENTS,
    edits=st.integers(1, 3),
    compressed=st.booleans(),
)
def test_a_backup_document_changed_inside_is_restored_or_refused_cleanly(
    workspace: Workspace,
    source: Source,
    seed: int,
    replacement: Any,
    edits: int,
    compressed: bool,
) -> None:
    rng = random.Random(seed)
    document = source.document
    for _ in range(edits):
        document = mutate(document, rng, replacement)
    text = json.dumps(document, ensure_ascii=rng.random() < 0.5).encode("utf-8")
    restore_or_refuse(workspace, "backup-document", gzip.compress(text) if compressed else text)


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_a_changed_backup_file_is_refused_or_reads_as_the_original(
    source: Source, data: st.DataObject
) -> None:
    changed = data.draw(spliced(source.encrypted) | ODD_TEXT.map(str.encode))
    try:
        document = open_backup(changed, source.identities)
    except REFUSALS:
        OUTCOMES["backup-file:refused"] += 1
        return
    # Only a change the format ignores may pass, and then the contents are the original's.
    original = open_backup(source.encrypted, source.identities)
    assert document == original
    OUTCOMES["backup-file:restored"] += 1


@pytest.mark.parametrize("at", [32, 40, 60])
def test_a_damaged_public_key_share_is_refused_cleanly(source: Source, at: int) -> None:
    """Found by the fuzzing above: one byte inside the X25519 stanza's share made the
    diagnosis raise ValueError ("An X25519 public key is 32 bytes long")."""
    changed = source.encrypted[:at] + b"+" + source.encrypted[at:]
    with pytest.raises(REFUSALS):
        open_backup(changed, source.identities)
