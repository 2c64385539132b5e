"""Migration 0002: check-in tables, their guards, and the default activities."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.core.db import engine as db_engine
from app.core.db import schema
from app.core.vault import CreatedVault, Vault, VaultFiles
from tests.conftest import PASSPHRASE

CHECKIN_TABLES = ("checkin_activities", "activities", "activity_groups", "checkins")
# Tables added after 0002, dropped too when a test rebuilds what revision 0001 made.
LATER_TABLES = (
    "person_openings",
    "search_people",
    "opening_entries",
    "opening_stages",
    "openings",
    "crisis_reads",
    "watcher_prompts",
    "questionnaire_results",
    "trusted_contacts",
    "safety_plan",
)
# Indexes added after 0001 to tables 0001 made.
LATER_INDEXES = ("ix_entries_updated",)


def _insert_checkin(vault: Vault, **values: object) -> None:
    columns = {
        "id": "c1",
        "at": "2026-03-14T12:00:00.000000Z",
        "offset_min": 0,
        "updated_at": "2026-03-14T12:00:00.000000Z",
        **values,
    }
    names = ", ".join(columns)
    params = ", ".join(f":{name}" for name in columns)
    with vault.database.session() as session:
        session.execute(text(f"INSERT INTO checkins ({names}) VALUES ({params})"), columns)


def test_new_vault_is_at_head_with_default_activities_in_groups(vault: Vault) -> None:
    with vault.database.reader() as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        rows = session.execute(
            text(
                "SELECT g.name, a.name, a.builtin_key FROM activities a "
                "JOIN activity_groups g ON g.pk = a.group_pk ORDER BY g.position, a.position"
            )
        ).all()
    assert revision == schema.HEAD_REVISION
    groups = {group for group, _, _ in rows}
    assert groups == {"Job search", "Self-care", "People"}
    names = [name for _, name, _ in rows]
    assert names[:5] == ["Applied for a job", "Interview", "Heard back", "Rejection", "Networking"]
    assert {"Exercise", "Time outside", "Slept well", "Hobby", "Friends", "Family"} <= set(names)
    assert ("Job search", "Rejection", "rejection") in rows


def test_local_day_is_the_day_the_person_lived_in(vault: Vault) -> None:
    # 23:30 at UTC-5 is 04:30 UTC the next day, but belongs to the evening it was.
    _insert_checkin(vault, at="2026-03-09T04:30:00.000000Z", offset_min=-300, mood=3)
    with vault.database.reader() as session:
        day = session.execute(text("SELECT local_day FROM checkins")).scalar()
    assert day == "2026-03-08"


@pytest.mark.parametrize(
    "values",
    [{"mood": 0}, {"energy": 6}, {"interest": -1}, {"focus": 9}, {"sleep_hours": 25.0}],
)
def test_out_of_range_values_are_refused_by_the_database(vault: Vault, values: dict) -> None:
    with pytest.raises(IntegrityError):
        _insert_checkin(vault, **values)


def test_scales_may_all_be_empty_at_the_storage_level(vault: Vault) -> None:
    _insert_checkin(vault, note="only a note")
    with vault.database.reader() as session:
        row = session.execute(text("SELECT mood, energy, interest, focus FROM checkins")).one()
    assert tuple(row) == (None, None, None, None)


def test_deleting_an_entry_for_good_keeps_its_checkin_without_the_link(vault: Vault) -> None:
    from app.core.journal import Journal

    journal = Journal(vault.database)
    entry = journal.create("A day", "text")
    _insert_checkin(vault, mood=2, entry_id=entry.id)
    journal.delete_forever([entry.id])
    with vault.database.reader() as session:
        rows = session.execute(text("SELECT mood, entry_id FROM checkins")).all()
    assert [tuple(row) for row in rows] == [(2, None)]


def test_day_aggregation_walks_the_day_index_without_sorting(vault: Vault) -> None:
    with vault.database.reader() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT local_day, avg(mood) FROM checkins "
                "WHERE local_day BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY local_day"
            )
        ).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "INDEX ix_checkins_day (local_day>? AND local_day<?)" in details
    assert "TEMP B-TREE" not in details


def test_a_journal_from_revision_0001_is_upgraded_and_keeps_its_entries(
    created_vault: CreatedVault, vault_files: VaultFiles
) -> None:
    from app.core.journal import Journal

    vault = created_vault.vault
    Journal(vault.database).create("Kept", "still here")
    raw_key = vault.raw_key()
    vault.lock()
    # Turn the fresh vault back into what revision 0001 made: same tables, older version.
    engine = db_engine.create_keyed_engine(vault_files.db, raw_key)
    with engine.begin() as connection:
        for table in (*LATER_TABLES, *CHECKIN_TABLES):
            connection.execute(text(f"DROP TABLE {table}"))
        for index in LATER_INDEXES:
            connection.execute(text(f"DROP INDEX {index}"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()

    reopened = Vault.open_with_passphrase(vault_files, PASSPHRASE)
    try:
        with reopened.database.reader() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            activities = session.execute(text("SELECT count(*) FROM activities")).scalar()
        titles = [entry.title for entry in Journal(reopened.database).list_page()[0]]
    finally:
        reopened.lock()
    assert revision == schema.HEAD_REVISION
    assert activities == 11
    assert titles == ["Kept"]
    assert vault_files.db.with_name("journal.db.before-0001").exists()
