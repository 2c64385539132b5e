"""The last net for expected failures that arrive as plain exceptions.

Database driver errors and OS errors can surface anywhere in a command (a damaged page
read late, a disk that fills mid-write). They are the environment or damage, not bugs, so
they become TendErrors with a message a person can act on. Everything else stays a bug.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.core.atomic_file import storage_error_from
from app.core.db.database import tend_error_for_db_error
from app.core.errors import StorageError, TendError

_WRITE_FAILURES = (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS)


def expected_error_for(error: BaseException, db_path: Path) -> TendError | None:
    """The TendError that ``error`` stands for, or None when it is a bug."""
    translated = tend_error_for_db_error(error, db_path)
    if translated is not None:
        return translated
    if isinstance(error, OSError):
        path = Path(str(error.filename)) if error.filename else db_path
        if error.errno in _WRITE_FAILURES:
            return storage_error_from(error, path)
        reason = error.strerror or type(error).__name__
        return StorageError(f"Tend couldn't use {path}: {reason}. Nothing was changed.")
    return None
