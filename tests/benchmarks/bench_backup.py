"""Backup and restore of a large journal: time and peak memory.

    python -m tests.benchmarks.bench_backup [--entries 10000] [--days 3650] [--repeat 3]

Measures, for 10,000 entries of about 150 words and ten years (3,650 days) of check-ins
with activities: writing a backup to a public key (the document, gzip, age encryption, and
the read-back check), and restoring it into a new vault (decrypt, decompress, validate,
one transaction). Times are medians of --repeat runs; peak memory is measured in a separate
run under tracemalloc (Python allocations, which include pyrage's input and output
buffers) and compared with the size of the JSON document. The scrypt cost of a passphrase
backup is deliberate and measured on its own.
"""

from __future__ import annotations

import argparse
import gzip
import platform
import random
import statistics
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.backup import (
    Identities,
    Passphrase,
    create_backup,
    open_backup,
    restore_into_new_vault,
)
from app.core.backup import keys as backup_keys
from app.core.backup.crypto import decrypt, encrypt_with_passphrase
from app.core.journal import Entry
from app.core.kdf import TEST_PARAMS
from app.core.vault import Vault, VaultFiles
from app.core.workspace import Workspace
from tests.benchmarks.checkin_history import fill_history

VOCABULARY = (
    "interview application morning walk tired hopeful call friend coffee rejection email offer "
    "project skills practice cover letter network meeting coach evening sleep rain sun park "
    "lunch cooking reading music family worry calm plan list week progress small win patience "
    "energy focus quiet garden train city library notes"
)
WORDS = VOCABULARY.split(" ")
TAGS = ["work", "health", "family", "jobs", "sleep", "friends", "ideas", "gratitude"]


def make_entries(count: int) -> list[Entry]:
    rng = random.Random(7)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    entries = []
    for index in range(count):
        moment = start + timedelta(hours=9 * index)
        body = " ".join(rng.choice(WORDS) for _ in range(150))
        entries.append(
            Entry(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                title=" ".join(rng.choice(WORDS) for _ in range(4)).capitalize(),
                body=body,
                tags=tuple(rng.sample(TAGS, rng.randint(0, 3))),
                created_at=moment,
                updated_at=moment,
                starred=rng.random() < 0.05,
            )
        )
    return entries


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def peak(action: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=3650, help="days of check-ins")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pair = backup_keys.generate()
    identities = Identities((pair.secret_key,))
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = Vault.create(VaultFiles(folder / "source"), "benchmark passphrase", TEST_PARAMS)
        workspace = Workspace.open(source.vault)
        workspace.journal.add_imported(make_entries(args.entries))
        checkins = fill_history(workspace, date(2025, 12, 31), days=args.days)
        counter = iter(range(1_000_000))

        def backup() -> Path:
            path = folder / f"b{next(counter)}.tend.age"
            create_backup(
                source.vault.database, source.vault.vault_id, path, recipients=[pair.public_key]
            )
            return path

        def restore(data: bytes) -> None:
            # Creating the vault (Argon2 with test parameters, migrations) is part of it.
            created, _ = restore_into_new_vault(
                VaultFiles(folder / f"t{next(counter)}"),
                "benchmark passphrase",
                open_backup(data, identities),
                TEST_PARAMS,
            )
            created.vault.lock()

        backup_times, restore_times = [], []
        for _ in range(args.repeat):
            seconds, path = timed(backup)
            backup_times.append(seconds)
            data = path.read_bytes()
            seconds, _ = timed(lambda data=data: restore(data))
            restore_times.append(seconds)
        json_size = len(gzip.decompress(decrypt(data, identities)))
        backup_peak = peak(backup)
        restore_peak = peak(lambda: restore(data))

        small = gzip.compress(b'{"format": "tend-backup"}')
        scrypt_encrypt, sealed = timed(
            lambda: encrypt_with_passphrase(small, Passphrase("pw-bench"))
        )
        scrypt_decrypt, _ = timed(lambda: decrypt(sealed, Passphrase("pw-bench")))
        source.vault.lock()

    mib = 1024 * 1024
    print(f"machine: {platform.machine()}, python {platform.python_version()}")
    print(
        f"entries: {args.entries}, check-ins: {checkins} over {args.days} days, "
        f"JSON document {json_size / mib:.1f} MiB, backup file {len(data) / mib:.1f} MiB"
    )
    print(
        f"backup  (to a public key, verified): median {statistics.median(backup_times):.2f} s, "
        f"peak {backup_peak / mib:.1f} MiB ({backup_peak / json_size:.2f}x JSON)"
    )
    print(
        f"restore (into a new vault):          median {statistics.median(restore_times):.2f} s, "
        f"peak {restore_peak / mib:.1f} MiB ({restore_peak / json_size:.2f}x JSON)"
    )
    print(
        f"scrypt, passphrase mode (deliberate): encrypt {scrypt_encrypt:.2f} s, "
        f"decrypt {scrypt_decrypt:.2f} s"
    )


if __name__ == "__main__":
    main()
