"""One way to touch the database: a session per unit of work, committed or rolled back whole."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.core.db import engine as db_engine
from app.core.db.engine import WRITE_OPTION, run_outside_transaction
from app.core.errors import (
    DamagedPageError,
    JournalBusyError,
    StorageError,
    TendError,
    VaultLockedError,
)

_DISK_FULL = ("database or disk is full", "disk i/o error")
_READ_ONLY = ("readonly database", "read-only")
_DAMAGED = (
    "malformed",
    "file is not a database",
    "hmac check failed",
    "not a database",
    "database corrupt",
)
_BUSY = ("database is locked", "database table is locked", "database is busy")


class Database:
    """Owns the keyed engine of an unlocked vault; closed when the vault locks."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine: Engine | None = engine
        # The same pool, marked so that each unit of work that writes begins IMMEDIATE.
        self._writer: Engine | None = engine.execution_options(**{WRITE_OPTION: True})
        self.path = path
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        # SQLite allows one writer; serialising writes here turns "database is locked"
        # races between threads into a short wait.
        self._write_lock = threading.RLock()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLockedError("The journal is locked. Unlock it to continue.")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work that writes: committed on success, rolled back on any error."""
        writer = self._writer
        if writer is None:
            raise VaultLockedError("The journal is locked. Unlock it to continue.")
        with self._write_lock, translate_db_errors(self.path):
            session = self._sessions(bind=writer)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work; it runs beside a writer thanks to WAL."""
        engine = self.engine
        with translate_db_errors(self.path):
            session = self._sessions(bind=engine)
            try:
                yield session
            finally:
                session.rollback()
                session.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file and empty it."""
        with self._write_lock, translate_db_errors(self.path):
            run_outside_transaction(self.engine, "PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Dispose of every pooled, keyed connection."""
        engine, self._engine, self._writer = self._engine, None, None
        if engine is not None:
            with self._write_lock:
                engine.dispose()


@contextmanager
def translate_db_errors(path: Path) -> Iterator[None]:
    """Turn driver errors caused by the environment or damage into TendErrors."""
    try:
        yield
    except TendError:
        raise
    except (DBAPIError, sqlcipher.Error) as error:
        translated = tend_error_for_db_error(error, path)
        if translated is None:
            raise
        raise translated from error


def tend_error_for_db_error(error: BaseException, path: Path) -> TendError | None:
    """The expected error a driver error stands for, or None when it is a bug.

    Works on SQLAlchemy's wrapped errors and on the driver's own (raw connections raise
    those), whenever they happen: at unlock or in the middle of a command.
    """
    original = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(original, sqlcipher.Error):
        return None
    message = str(original).lower()
    if any(marker in message for marker in _DISK_FULL):
        return StorageError(
            f"The disk holding {path.parent} is full or failing, so the last change "
            "could not be saved. Free some space and try again; everything saved "
            "before is safe."
        )
    if any(marker in message for marker in _READ_ONLY):
        return StorageError(
            f"Tend can't write to {path.name}: the file or its folder is read-only."
        )
    if any(marker in message for marker in _BUSY):
        return JournalBusyError(
            f"Another program is writing to {path.name} and didn't finish within "
            f"{db_engine.BUSY_TIMEOUT_SECONDS:g} seconds. Nothing was changed; try again "
            "in a moment."
        )
    if any(marker in message for marker in _DAMAGED):
        return DamagedPageError(damaged_page_message(path))
    return None


def damaged_page_message(path: Path) -> str:
    """One line: what is damaged, that nothing changed, and how to get the writing back."""
    return (
        f"Part of the journal file is damaged and can't be read ({path.name}). Tend has not "
        "changed it. Restore your latest backup into a new, empty folder "
        "(`tend backup restore --new FILE --data-dir NEW_FOLDER`, or Restore in the window)."
    )
