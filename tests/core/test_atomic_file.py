"""Atomic writes: the old file or the new one, never half of either, and no litter."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from app.core import atomic_file
from app.core.errors import ExitCode, StorageError


def fail_fsync_with(monkeypatch, code: int) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic_file.os, "fsync", broken_fsync)


def test_write_replaces_the_file_privately(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"old")
    atomic_file.write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_disk_full_keeps_the_original_and_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "journal.keys"
    path.write_bytes(b"the original")
    fail_fsync_with(monkeypatch, errno.ENOSPC)

    with pytest.raises(StorageError, match=r"is full\. Free some space") as caught:
        atomic_file.write_atomic(path, b"the replacement")

    assert caught.value.exit_code == ExitCode.ENVIRONMENT
    assert path.read_bytes() == b"the original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.keys"]


def test_disk_full_while_writing_the_data_keeps_the_original(tmp_path, monkeypatch):
    path = tmp_path / "config.json"
    path.write_bytes(b"{}")
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle):
            self._handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

        def fileno(self):
            return self._handle.fileno()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))

    with pytest.raises(StorageError, match="full"):
        atomic_file.write_atomic(path, b'{"theme": "dark"}')

    assert path.read_bytes() == b"{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.json"]


def test_permission_problem_names_the_folder(tmp_path, monkeypatch):
    path = tmp_path / "config.json"
    fail_fsync_with(monkeypatch, errno.EACCES)
    with pytest.raises(StorageError, match="isn't allowed to write"):
        atomic_file.write_atomic(path, b"{}")
    assert list(tmp_path.iterdir()) == []


def test_folder_that_is_a_file_is_a_storage_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(StorageError, match="is a file rather than a folder"):
        atomic_file.write_atomic(blocker / "config.json", b"{}")
