"""Which secret a backup file asks for, read from its header alone.

A backup may be gigabytes; the window asks this as soon as one is chosen, so only the
start of the file is read (enough for any age header, armored or not).
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from app.core.backup.age_header import ARMOR_BEGIN, MAX_HEADER_BYTES, dearmor, parse_header
from app.core.backup.errors import (
    NOTHING_CHANGED,
    BackupDestinationError,
    BackupHeaderDamagedError,
)

# Enough of a file for any age header (and the payload nonce after it), armored or not.
HEAD_BYTES = 4 * MAX_HEADER_BYTES


def file_needs_passphrase(path: Path) -> bool:
    """Whether a backup file asks for a passphrase (True) or a key file (False)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES + 1)
    except FileNotFoundError as error:
        raise BackupDestinationError(f"There is no file at {path}.") from error
    except IsADirectoryError as error:
        raise BackupDestinationError(f"{path} is a folder; choose a backup file.") from error
    except PermissionError as error:
        raise BackupDestinationError(f"Tend isn't allowed to read {path}.") from error
    if len(head) <= HEAD_BYTES:  # the whole file: the usual checks apply as they are
        return parse_header(dearmor(head)).is_passphrase
    return parse_header(_dearmor_head(head[:HEAD_BYTES])).is_passphrase


def _dearmor_head(head: bytes) -> bytes:
    """The binary start of a file whose first bytes are ``head`` (armored or not)."""
    stripped = head.lstrip()
    if not stripped.startswith(ARMOR_BEGIN):
        return head
    body = stripped[len(ARMOR_BEGIN) :]
    complete = body[: body.rfind(b"\n") + 1]  # the last line may be cut off: leave it
    letters = b"".join(complete.split())
    letters = letters[: len(letters) - len(letters) % 4]
    try:
        return base64.b64decode(letters, validate=True)
    except binascii.Error as error:
        raise BackupHeaderDamagedError(
            "The backup is in age's text form, but some of its letters were changed, so it "
            f"can't be read. {NOTHING_CHANGED}"
        ) from error
