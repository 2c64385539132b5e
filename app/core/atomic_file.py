"""Atomic, private file writes: temp file in the same folder, fsync, rename, fsync folder."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.core.errors import StorageError, UsageError

PRIVATE_FILE_MODE = 0o600


class DestinationError(UsageError):
    """The place chosen for a new file can't take it; nothing was written."""

    title = "The file can't be written there"


def write_atomic(path: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    Raises StorageError with a plain message when the disk is full or not writable; in that
    case the original file is untouched and no temp file is left behind.
    """
    write_atomic_stream(path, lambda handle: handle.write(data), mode)


def write_atomic_stream(
    path: Path,
    write: Callable[[BinaryIO], object],
    mode: int = PRIVATE_FILE_MODE,
    suffix: str = ".tmp",
) -> None:
    """``write_atomic`` for content written piece by piece into the open temp file."""
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=folder)
    except OSError as error:
        raise storage_error_from(error, path) from error
    tmp_path = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        tmp_path.replace(path)
        fsync_folder(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise storage_error_from(error, path) from error
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder entry itself must be flushed."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error_from(error: OSError, path: Path) -> StorageError:
    """Translate an OSError into a message a person can act on."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(
            f"The disk holding {path.parent} is full. Free some space and try again; "
            "nothing already saved was lost."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(
            f"Tend isn't allowed to write to {path.parent}. Check the folder's permissions."
        )
    if error.errno in (errno.ENOTDIR, errno.EEXIST, errno.ENOENT):
        return StorageError(
            f"Tend can't use {path.parent} as its folder: part of that path is missing or "
            "is a file rather than a folder."
        )
    return StorageError(f"Tend couldn't write {path.name}: {error.strerror or error}.")


def write_new_file(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    overwrite: bool,
    refused: type[DestinationError] = DestinationError,
    what: str = "file",
) -> None:
    """A new file (or, with ``overwrite``, a replaced one) written whole or not at all,
    through a private temp file beside ``path``; ``refused`` says why it can't be."""
    folder = path.parent
    if not folder.is_dir():
        raise refused(f"The folder {folder} doesn't exist.")
    if path.exists() and not overwrite:
        raise refused(
            f"{path.name} already exists. Choose another name, so no {what} is overwritten."
        )
    write_atomic_stream(path, write, suffix=".partial")
