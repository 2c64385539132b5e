"""Everything a vault stores, row by row, so a test can tell "unchanged" from "changed"."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from app.core.db.database import Database

# The full-text index is derived from the entries (its own tables are FTS5 internals).
SKIPPED_PREFIXES = ("entries_fts", "sqlite_", "alembic_version")


def vault_state(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the vault, in a stable order."""
    with database.reader() as session:
        names = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).all()
        state: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            if name.startswith(SKIPPED_PREFIXES):
                continue
            rows = session.execute(text(f'SELECT * FROM "{name}"')).all()
            state[name] = sorted((tuple(row) for row in rows), key=repr)
        return state
