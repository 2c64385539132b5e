"""The committed old vaults (tests/data/old_vaults): where they are and what they hold."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

OLD_VAULTS = Path(__file__).resolve().parents[1] / "data" / "old_vaults"
RECORDS: dict[str, Any] = json.loads((OLD_VAULTS / "records.json").read_text(encoding="utf-8"))
PASSPHRASE: str = RECORDS["passphrase"]


@dataclass(frozen=True)
class TableRows:
    table: str
    rows: tuple[dict[str, Any], ...]
    seeded_rows: int = 0  # rows the migration itself added (the default activities)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.rows[0])

    @property
    def order(self) -> str:
        """Rows in a stable order: by pk, or by every column for link tables."""
        return "pk" if "pk" in self.columns else ", ".join(self.columns)


def revisions_on_disk() -> list[str]:
    return sorted(path.name for path in OLD_VAULTS.iterdir() if (path / "journal.db").exists())


def expected_tables(revision: str) -> list[TableRows]:
    """Every table the vault of ``revision`` was filled with, and its rows."""
    return [
        TableRows(table["table"], tuple(table["rows"]), table.get("seeded_rows", 0))
        for table in RECORDS["tables"]
        if table["since"] <= revision
    ]


def rows_as_stored(connection: Connection, table: TableRows) -> list[dict[str, Any]]:
    """The table's rows now, in the columns the old revision had (later ones may add more),
    after the rows its migration seeded (those are counted, not compared)."""
    columns = ", ".join(table.columns)
    result = connection.execute(text(f"SELECT {columns} FROM {table.table} ORDER BY {table.order}"))
    rows = [dict(row._mapping) for row in result]
    assert len(rows) == table.seeded_rows + len(table.rows), table.table
    return rows[table.seeded_rows :]


def copy_vault(revision: str, destination: Path) -> Path:
    """A private copy of one old vault (opening it migrates it, so never open the original)."""
    shutil.copytree(OLD_VAULTS / revision, destination)
    return destination
