"""An exclusive lock shared by threads and processes, held on a small companion file.

Threads of this process queue on a ``threading.Lock`` per path; other processes (a second
window, the command line) queue on an OS lock on ``<name>.lock``. The companion file holds
nothing and stays in place, because removing it would let two holders lock different files.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.atomic_file import PRIVATE_FILE_MODE, storage_error_from

_guard = threading.Lock()
_thread_locks: dict[str, threading.Lock] = {}


def _thread_lock(path: Path) -> threading.Lock:
    key = str(path.absolute())
    with _guard:
        return _thread_locks.setdefault(key, threading.Lock())


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold the lock for ``path`` (the file itself is not opened)."""
    lock_path = path.with_name(path.name + ".lock")
    with _thread_lock(path):
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as error:
            raise storage_error_from(error, path) from error
        try:
            _lock(fd)
            try:
                yield
            finally:
                _unlock(fd)
        finally:
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for about 10 s, then raises
                return
            except OSError:
                continue

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
