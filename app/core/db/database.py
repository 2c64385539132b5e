"""One way to touch the database: a session per unit of work, committed or rolled back whole."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.core.db.engine import run_outside_transaction
from app.core.errors import DamagedVaultError, StorageError, TendError, VaultLockedError

_DISK_FULL = ("database or disk is full", "disk i/o error")
_READ_ONLY = ("readonly database", "read-only")
_DAMAGED = ("malformed", "file is not a database", "hmac check failed", "not a database")


class Database:
    """Owns the keyed engine of an unlocked vault; closed when the vault locks."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine: Engine | None = engine
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
        engine = self.engine
        with self._write_lock, translate_db_errors(self.path):
            session = self._sessions(bind=engine)
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
        engine, self._engine = self._engine, None
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
    except DBAPIError as error:
        message = str(error.orig).lower()
        if any(marker in message for marker in _DISK_FULL):
            raise StorageError(
                f"The disk holding {path.parent} is full or failing, so the last change "
                "could not be saved. Free some space and try again; everything saved "
                "before is safe."
            ) from error
        if any(marker in message for marker in _READ_ONLY):
            raise StorageError(
                f"Tend can't write to {path.name}: the file or its folder is read-only."
            ) from error
        if any(marker in message for marker in _DAMAGED):
            raise DamagedVaultError(
                "Part of the journal file is damaged and can't be read. Run "
                "`tend check` for details, and restore a backup if you have one."
            ) from error
        raise
