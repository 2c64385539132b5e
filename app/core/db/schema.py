"""Schema versions: bring a vault up to date, refuse one from a newer Tend.

Opening a current vault costs one query: Alembic is imported only when a migration is
actually needed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from app.core.db.engine import run_outside_transaction
from app.core.errors import DamagedVaultError, SchemaTooNewError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision this Tend knows; a test checks it matches the migrations folder.
HEAD_REVISION = "0007"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
# The full-text index and the shadow tables FTS5 keeps for it (entries_fts_data, ...).
FTS_TABLE_PREFIX = "entries_fts"


def include_in_autogenerate(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate's filter: FTS5 makes and owns its tables, so the ORM does not model them."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIX))


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def ensure_current(engine: Engine, db_path: Path) -> None:
    """Check the vault's schema version and migrate it if it is older than this Tend."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return
    if revision is None:
        raise DamagedVaultError(
            "This file opened with the right key but holds no Tend journal. "
            "It may have been replaced or emptied."
        )
    if revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            "This journal was saved by a newer version of Tend. Update Tend to open it; "
            "nothing in it was changed."
        )
    copy = copy_before_migration(engine, db_path, revision)
    log.info(
        "Migrating the vault schema from %s to %s (copy kept at %s)",
        revision,
        HEAD_REVISION,
        copy.name,
    )
    upgrade(engine)


def copy_before_migration(engine: Engine, db_path: Path, revision: str) -> Path:
    """An encrypted copy of the whole database, with the same key, before changing it."""
    target = db_path.with_name(f"{db_path.name}.before-{revision}")
    if target.exists():
        target.unlink()
    run_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
    # VACUUM INTO writes an encrypted copy under the same key in SQLCipher.
    run_outside_transaction(engine, f"VACUUM INTO '{_sql_quote(target)}'")
    target.chmod(0o600)
    return target


def _sql_quote(path: Path) -> str:
    return str(path).replace("'", "''")


def create_schema(engine: Engine) -> None:
    """Build a new vault's schema by running every migration from the start."""
    upgrade(engine)


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
