"""Migration 0005: a journal at the previous head gains the safety plan table and keeps
everything it held."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.core.db import engine as db_engine
from app.core.db import schema
from app.core.journal import Journal
from app.core.safety_plan import SafetyPlan, SafetyPlanService
from app.core.vault import CreatedVault, Vault, VaultFiles
from tests.conftest import PASSPHRASE
from tests.support.crisis_text import reads_nothing

PREVIOUS_HEAD = "0004"


def test_a_journal_at_the_previous_head_is_upgraded_and_keeps_its_entries(
    created_vault: CreatedVault, vault_files: VaultFiles
) -> None:
    vault = created_vault.vault
    Journal(vault.database).create("Kept", "still here")
    raw_key = vault.raw_key()
    vault.lock()
    # Turn the fresh vault back into what the previous head made.
    engine = db_engine.create_keyed_engine(vault_files.db, raw_key)
    with engine.begin() as connection:
        # Everything 0005 (the safety plan) and later revisions added.
        connection.execute(text("DROP TABLE safety_plan"))
        for table in (
            "checkin_feelings",
            "person_openings",
            "search_people",
            "opening_entries",
            "opening_stages",
            "openings",
        ):
            connection.execute(text(f"DROP TABLE {table}"))
        connection.execute(text("DROP TABLE crisis_reads"))
        connection.execute(text("DROP INDEX ix_entries_updated"))
        connection.execute(text("DROP INDEX ix_checkins_updated"))
        connection.execute(text(f"UPDATE alembic_version SET version_num = '{PREVIOUS_HEAD}'"))
    engine.dispose()

    reopened = Vault.open_with_passphrase(vault_files, PASSPHRASE)
    try:
        with reopened.database.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.HEAD_REVISION
            assert inspect(connection).has_table("safety_plan")
        assert vault_files.db.with_name(f"{vault_files.db.name}.before-{PREVIOUS_HEAD}").exists()
        (summary,) = Journal(reopened.database).list_page()[0]
        assert summary.title == "Kept"
        plans = SafetyPlanService(reopened.database, read_crisis=reads_nothing)
        assert plans.get() == SafetyPlan()
        plans.save(SafetyPlan(warning_signs="works after the upgrade"))
        assert plans.get().warning_signs == "works after the upgrade"
    finally:
        reopened.lock()


def test_the_table_holds_one_plan_only(vault: Vault) -> None:
    SafetyPlanService(vault.database, read_crisis=reads_nothing).save(
        SafetyPlan(warning_signs="one")
    )
    with pytest.raises(IntegrityError), vault.database.session() as session:
        session.execute(
            text("INSERT INTO safety_plan (pk, updated_at) VALUES (2, '2026-01-01T00:00:00Z')")
        )
