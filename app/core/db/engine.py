"""Open SQLCipher databases with the raw key set before any other statement.

The connection is made by our own ``creator``: the key pragma is the first thing sent on
every new connection, so no statement (not even SQLAlchemy's dialect probe) reaches an
unkeyed connection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

KEY_BYTES = 32
# How long a writer waits for another (another Tend, an import in a second window) to
# finish, before it gives up with a clear message. Set on the connection itself, so it
# applies from the very first statement.
BUSY_TIMEOUT_SECONDS = 10
PAGE_SIZE = 4096
SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"
# SQLCipher logs decryption failures to stderr by default; Tend reports them itself, once.
QUIET_CIPHER_LOG = "PRAGMA cipher_log_level = NONE"

# Applied on every connection after the key. temp_store keeps transient tables out of
# unencrypted temp files; secure_delete zeroes freed pages so deleted text does not linger.
CONNECTION_PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    # A negative size is in KiB. Pages are decrypted (AES and HMAC) every time they are read
    # from disk, so the default 2 MiB cache made a search re-decrypt most of the index.
    # Memory is taken only as pages are read, up to this much per connection.
    f"PRAGMA cache_size = -{64 * 1024}",
)


class KeyRejectedError(Exception):
    """SQLCipher could not read the first page with this key (wrong key or damaged page 1)."""


class UnreadableFileError(Exception):
    """The first page decrypted, but the file is cut short or its structure is damaged."""


def key_pragma(raw_key: bytes) -> str:
    if len(raw_key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


def connect(path: Path, raw_key: bytes, *, create: bool = False) -> sqlcipher.Connection:
    """A keyed DB-API connection; ``create`` is the only way a new file may come into being."""
    mode = "rwc" if create else "rw"
    connection = sqlcipher.connect(
        f"file:{path.as_posix()}?mode={mode}",
        uri=True,
        check_same_thread=False,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_SECONDS,
    )
    try:
        connection.execute(key_pragma(raw_key))
        connection.execute(QUIET_CIPHER_LOG)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            if "not a database" in str(error):
                raise KeyRejectedError(str(error)) from error
            raise UnreadableFileError(str(error)) from error
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(pragma)
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    except BaseException:
        connection.close()
        raise
    return connection


def create_keyed_engine(path: Path, raw_key: bytes, *, create: bool = False) -> Engine:
    """An Engine whose every pooled connection is keyed and configured.

    ``hide_parameters`` keeps journal text out of exception messages and therefore out of
    logs and crash reports.
    """
    key = bytes(raw_key)

    def creator() -> Any:
        return connect(path, key, create=create)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,
    )
    _use_explicit_transactions(engine)
    return engine


WRITE_OPTION = "tend_writes"


def _use_explicit_transactions(engine: Engine) -> None:
    # The driver runs in autocommit (isolation_level=None), so SQLAlchemy's begin()
    # must emit BEGIN itself; this makes every session one real transaction, reads included.
    # A unit of work that writes takes the write lock at its start (BEGIN IMMEDIATE): a
    # deferred transaction that read first and then finds that another process wrote
    # meanwhile fails at once with "database is locked", whatever the busy timeout.
    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def looks_like_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_PLAINTEXT_HEADER)) == SQLITE_PLAINTEXT_HEADER


def run_outside_transaction(engine: Engine, statement: str) -> list[tuple[Any, ...]]:
    """Run a statement that SQLite refuses inside a transaction (WAL mode, VACUUM, checkpoint)."""
    connection = engine.raw_connection()
    try:
        return list(connection.driver_connection.execute(statement).fetchall())  # type: ignore[union-attr]
    finally:
        connection.close()
