"""Build the old vaults the upgrade tests open: one per schema revision, as that revision left it.

Usage (from the repository root): python tests/data/old_vaults/make_old_vaults.py [REVISION ...]

Nothing is checked out. For each revision a vault is made the way Tend makes one (a random
database key, a passphrase slot and a recovery slot), but its migrations run only up to that
revision; then the rows in records.json that the revision's schema holds are inserted with
plain SQL. The passphrase slot uses the cheap test key-derivation cost, so opening the files
in tests is fast. Run it again to rebuild every folder (the bytes differ each time: new keys).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from sqlalchemy import Engine, text  # noqa: E402

from app.core import keyslots, recovery_key  # noqa: E402
from app.core.db import engine as db_engine  # noqa: E402
from app.core.db import schema  # noqa: E402
from app.core.kdf import TEST_PARAMS  # noqa: E402
from app.core.vault import DB_FILE_NAME, SLOTS_FILE_NAME  # noqa: E402

RECORDS_FILE = HERE / "records.json"
# Revisions this script knows how to fill. A new revision that adds a table needs its rows
# in records.json (with "since") before a vault of it can be made.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")


def load_records() -> dict[str, Any]:
    records: dict[str, Any] = json.loads(RECORDS_FILE.read_text(encoding="utf-8"))
    return records


def tables_at(revision: str) -> list[dict[str, Any]]:
    """The tables (with their rows) that exist at ``revision``, in insertion order."""
    return [table for table in load_records()["tables"] if table["since"] <= revision]


def make_vault(folder: Path, revision: str) -> None:
    """A vault in ``folder`` whose schema is exactly ``revision``, holding that revision's rows."""
    folder.mkdir(parents=True, exist_ok=True)
    db_path, slots_path = folder / DB_FILE_NAME, folder / SLOTS_FILE_NAME
    for path in (db_path, slots_path, *folder.glob(DB_FILE_NAME + "*")):
        path.unlink(missing_ok=True)
    raw_key = os.urandom(db_engine.KEY_BYTES)
    vault_id = str(uuid.uuid4())
    passphrase = load_records()["passphrase"]
    slots = keyslots.KeySlots(
        vault_id,
        (
            keyslots.passphrase_slot(raw_key, passphrase, vault_id, TEST_PARAMS),
            keyslots.recovery_slot(raw_key, recovery_key.generate(), vault_id),
        ),
    )
    engine = db_engine.create_keyed_engine(db_path, raw_key, create=True)
    try:
        db_engine.run_outside_transaction(engine, "PRAGMA journal_mode = WAL")
        _migrate_to(engine, revision)
        _insert_rows(engine, revision)
        db_engine.run_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for sidecar in folder.glob(DB_FILE_NAME + "-*"):
        sidecar.unlink()
    keyslots.write(slots_path, slots)


def _migrate_to(engine: Engine, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _insert_rows(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        for table in tables_at(revision):
            for row in table["rows"]:
                columns = ", ".join(row)
                values = ", ".join(f":{name}" for name in row)
                connection.execute(
                    text(f"INSERT INTO {table['table']} ({columns}) VALUES ({values})"), row
                )


def main(revisions: list[str]) -> None:
    for revision in revisions or REVISIONS:
        folder = HERE / revision
        if folder.exists():
            shutil.rmtree(folder)
        make_vault(folder, revision)
        size = sum(path.stat().st_size for path in folder.iterdir())
        print(f"{revision}: {folder.name}/ ({size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
