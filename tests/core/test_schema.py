"""Schema versions, the ORM matching the migrations, and the pragmas of every connection."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.core.db import schema
from app.core.db.tables import Base
from app.core.errors import DamagedVaultError, SchemaTooNewError
from app.core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.files import fingerprint


def migration_scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_head_revision_is_the_newest_migration():
    scripts = migration_scripts()
    assert scripts.get_heads() == [schema.HEAD_REVISION]
    assert set(schema.KNOWN_REVISIONS) == {script.revision for script in scripts.walk_revisions()}


def test_new_vault_is_at_head_revision(vault):
    with vault.database.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.HEAD_REVISION


def test_orm_tables_match_what_the_migrations_create(vault):
    with vault.database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_name": schema.include_in_autogenerate},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_autogenerate_filter_hides_only_the_full_text_tables():
    assert not schema.include_in_autogenerate("entries_fts_data", "table", {})
    assert schema.include_in_autogenerate("entries", "table", {})
    assert schema.include_in_autogenerate("entries_fts_like_column", "column", {})


def test_full_text_index_exists_with_its_triggers(vault):
    with vault.database.reader() as session:
        names = set(
            session.scalars(text("SELECT name FROM sqlite_master WHERE name LIKE 'entries_fts%'"))
        )
    assert {
        "entries_fts",
        "entries_fts_insert",
        "entries_fts_update",
        "entries_fts_delete",
    } <= names


def set_revision(vault, revision: str) -> None:
    with vault.database.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_newer_schema_is_refused_and_left_untouched(vault, vault_files):
    set_revision(vault, "9999_from_the_future")
    vault.lock()
    before = fingerprint(vault_files.folder)

    with pytest.raises(SchemaTooNewError, match="newer version of Tend"):
        Vault.open_with_passphrase(vault_files, PASSPHRASE)

    assert fingerprint(vault_files.folder) == before
    assert not vault_files.db.with_name("journal.db.before-9999_from_the_future").exists()


def test_file_without_a_schema_version_is_refused(vault, vault_files):
    with vault.database.session() as session:
        session.execute(text("DELETE FROM alembic_version"))
    vault.lock()
    before = fingerprint(vault_files.folder)

    with pytest.raises(DamagedVaultError, match="holds no Tend journal"):
        Vault.open_with_passphrase(vault_files, PASSPHRASE)

    assert fingerprint(vault_files.folder) == before


EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "temp_store": 2,  # MEMORY
    "secure_delete": 1,
    "foreign_keys": 1,
    "synchronous": 2,  # FULL
}


def test_every_pooled_connection_has_the_safety_pragmas(vault):
    engine = vault.database.engine
    # More connections than the pool keeps, so overflow connections are checked too.
    count = engine.pool.size() + 2
    with ExitStack() as stack:
        connections = [stack.enter_context(engine.connect()) for _ in range(count)]
        for connection in connections:
            found = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in EXPECTED_PRAGMAS
            }
            assert found == EXPECTED_PRAGMAS
        raw_ids = {id(connection.connection.driver_connection) for connection in connections}
    assert len(raw_ids) == count


def test_connection_opened_after_unlocking_again_has_the_pragmas(vault, vault_files):
    vault.lock()
    reopened = Vault.open_with_passphrase(vault_files, PASSPHRASE)
    try:
        with reopened.database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2
    finally:
        reopened.lock()
