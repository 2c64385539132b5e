"""Both integrity checks: SQLCipher's page HMACs and SQLite's own structure check."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError


@dataclass(frozen=True)
class IntegrityReport:
    cipher_problems: tuple[str, ...] = field(default_factory=tuple)
    structure_problems: tuple[str, ...] = field(default_factory=tuple)
    slot_problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not (self.cipher_problems or self.structure_problems or self.slot_problems)

    def lines(self) -> list[str]:
        return [
            *(f"encryption: {problem}" for problem in self.cipher_problems),
            *(f"structure: {problem}" for problem in self.structure_problems),
            *(f"key slots: {problem}" for problem in self.slot_problems),
        ]


def check_database(engine: Engine) -> IntegrityReport:
    cipher = _run(engine, "PRAGMA cipher_integrity_check")
    structure = tuple(line for line in _run(engine, "PRAGMA integrity_check") if line != "ok")
    return IntegrityReport(cipher_problems=cipher, structure_problems=structure)


def _run(engine: Engine, pragma: str) -> tuple[str, ...]:
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql(pragma).fetchall()
    except DBAPIError as error:
        return (str(error.orig),)
    return tuple(str(row[0]) for row in rows)
