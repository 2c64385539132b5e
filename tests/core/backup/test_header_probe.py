"""Which secret a backup asks for is read from its header alone, so choosing a backup of
gigabytes in the window reads a few kilobytes, not the whole file."""

from __future__ import annotations

import base64
from pathlib import Path

import pyrage
import pytest

from app.core.backup.errors import BackupError, NotAnAgeFileError
from app.core.backup.files import read_backup_file
from app.core.backup.header_probe import HEAD_BYTES, file_needs_passphrase

PAYLOAD = b"tend backup body " * 64


def _by_passphrase() -> bytes:
    return pyrage.passphrase.encrypt(PAYLOAD, "a passphrase for tests")


def _by_key() -> bytes:
    recipient = pyrage.x25519.Identity.generate().to_public()
    return pyrage.encrypt(PAYLOAD, [recipient])


def _armored(binary: bytes, extra_lines: int = 0) -> bytes:
    text = base64.b64encode(binary + b"\0" * 48 * extra_lines)
    lines = [text[start : start + 64] for start in range(0, len(text), 64)]
    return b"\n".join(
        [b"-----BEGIN AGE ENCRYPTED FILE-----", *lines, b"-----END AGE ENCRYPTED FILE-----", b""]
    )


@pytest.mark.parametrize(
    ("make", "expected"), [(_by_passphrase, True), (_by_key, False)], ids=["passphrase", "key"]
)
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_a_small_backup_says_which_secret_it_needs(
    tmp_path: Path, make, expected: bool, armor: bool
) -> None:
    path = tmp_path / "b.tend.age"
    path.write_bytes(_armored(make()) if armor else make())
    assert file_needs_passphrase(path) is expected


def test_a_backup_of_gigabytes_is_answered_from_its_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.tend.age"
    with path.open("wb") as handle:
        handle.write(_by_key())
        handle.truncate(3 << 30)  # sparse: 3 GiB on paper, nothing on disk
    with pytest.raises(BackupError, match="far larger"):
        read_backup_file(path)  # what the window used to read whole, on the UI thread
    assert file_needs_passphrase(path) is False


def test_a_long_armored_backup_is_answered_from_its_first_lines(tmp_path: Path) -> None:
    path = tmp_path / "long.tend.age"
    path.write_bytes(_armored(_by_passphrase(), extra_lines=20_000))
    assert path.stat().st_size > HEAD_BYTES
    assert file_needs_passphrase(path) is True


def test_a_file_that_is_not_a_backup_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"just some notes\n" * 50_000)
    with pytest.raises(NotAnAgeFileError):
        file_needs_passphrase(path)
