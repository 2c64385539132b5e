"""Migration 0007: a journal at 0006 gains the job search's tables and keeps everything."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.core.db import engine as db_engine
from app.core.db import schema
from app.core.jobsearch import JobSearch, Stage
from app.core.journal import Journal
from app.core.vault import CreatedVault, Vault, VaultFiles
from app.core.workspace import Workspace
from tests.conftest import PASSPHRASE

JOB_TABLES = ("person_openings", "search_people", "opening_entries", "opening_stages", "openings")


def test_a_journal_at_0006_is_upgraded_and_the_search_works(
    created_vault: CreatedVault, vault_files: VaultFiles
) -> None:
    vault = created_vault.vault
    Journal(vault.database).create("Kept", "still here")
    raw_key = vault.raw_key()
    vault.lock()
    engine = db_engine.create_keyed_engine(vault_files.db, raw_key)
    with engine.begin() as connection:
        for table in JOB_TABLES:
            connection.execute(text(f"DROP TABLE {table}"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    engine.dispose()

    reopened = Vault.open_with_passphrase(vault_files, PASSPHRASE)
    try:
        with reopened.database.engine.connect() as connection:
            assert schema.current_revision(connection) == "0007"
            assert all(inspect(connection).has_table(table) for table in JOB_TABLES)
        assert vault_files.db.with_name(f"{vault_files.db.name}.before-0006").exists()
        space = Workspace.open(reopened)
        assert [s.title for s in space.journal.list_page()[0]] == ["Kept"]
        jobs: JobSearch = space.jobs
        opening = jobs.openings.add("Analyst", "Harbour")
        assert jobs.move_opening(opening.id, Stage.APPLIED).opening.stage == Stage.APPLIED
    finally:
        reopened.lock()


def test_the_database_refuses_an_unknown_stage(vault: Vault) -> None:
    space = Workspace.open(vault)
    opening = space.jobs.openings.add("Analyst", "Harbour")
    with vault.database.engine.connect() as connection, pytest.raises(IntegrityError):
        connection.execute(
            text(
                "INSERT INTO opening_stages (id, opening_id, stage, day, recorded_at) "
                "VALUES ('x', :o, 'hired', '2025-01-01', '2025-01-01T00:00:00.000000Z')"
            ),
            {"o": opening.id},
        )
