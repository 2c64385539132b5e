"""The child of the crash-safety test: saves entries in a loop until it is killed.

Usage: python -m tests.support.crash_child DATA_DIR PASSPHRASE

After every save has returned it prints ``<id> <version>`` and flushes, so each printed
line is a promise that the save is durable. The body of each version is ``body_for(id,
version)``, so the parent can check the content as well as the presence.
"""

from __future__ import annotations

import sys
from pathlib import Path

VERSIONS_PER_ENTRY = 4


def body_for(entry_id: str, version: int) -> str:
    return f"entry {entry_id} version {version}\n" + "steady words for a crash test " * 30


def main(data_dir: str, passphrase: str) -> None:
    from app.core.journal import Journal
    from app.core.vault import Vault, VaultFiles

    vault = Vault.open_with_passphrase(VaultFiles(Path(data_dir)), passphrase)
    journal = Journal(vault.database)
    print("ready", flush=True)
    while True:
        entry = journal.create("Crash test", "", ["crash"])
        journal.update(entry.id, body=body_for(entry.id, 0))
        print(f"{entry.id} 0", flush=True)
        for version in range(1, VERSIONS_PER_ENTRY):
            journal.update(entry.id, body=body_for(entry.id, version))
            print(f"{entry.id} {version}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
