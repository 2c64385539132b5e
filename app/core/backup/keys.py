"""X25519 key pairs for unattended backups, in the same file format as `age-keygen`.

The public key (age1…) may live in the plain config file: it can only lock backups. The
private key (AGE-SECRET-KEY-1…) opens them, so Tend writes it once, to where the person
chooses, and never keeps a copy.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage

from app.core.atomic_file import storage_error_from
from app.core.backup.errors import BackupKeyFileError

SECRET_PREFIX = "AGE-SECRET-KEY-1"
PUBLIC_PREFIX = "age1"
MAX_KEY_FILE_BYTES = 64 * 1024

WHERE_TO_KEEP_THE_KEY = (
    "This key file opens your automatic backups. Keep it somewhere other than this "
    "computer, such as a USB stick you store safely or a password manager, so a lost or "
    "broken computer doesn't take the key with it. Anyone who has it can read your "
    "backups; without it, nobody can, not even you. Tend keeps no copy."
)


@dataclass(frozen=True)
class KeyPair:
    public_key: str
    secret_key: str = field(repr=False)


def generate() -> KeyPair:
    identity = pyrage.x25519.Identity.generate()
    return KeyPair(public_key=str(identity.to_public()), secret_key=str(identity))


def write_key_file(path: Path, pair: KeyPair, created: datetime) -> None:
    """Write the private key, readable by its owner only; never over an existing file."""
    text = (
        f"# created: {created.isoformat(timespec='seconds')}\n"
        f"# public key: {pair.public_key}\n"
        f"# Tend: {WHERE_TO_KEEP_THE_KEY}\n"
        f"{pair.secret_key}\n"
    )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as error:
        raise BackupKeyFileError(
            f"{path.name} already exists. Tend never writes a key over another file; "
            "choose a new name."
        ) from error
    except OSError as error:
        raise storage_error_from(error, path) from error
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def read_key_file(path: Path) -> tuple[str, ...]:
    """The secret keys in an identity file (Tend's or age-keygen's)."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise BackupKeyFileError(f"There is no key file at {path}.") from error
    except OSError as error:
        raise BackupKeyFileError(f"Tend couldn't read the key file {path.name}.") from error
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise BackupKeyFileError(f"{path.name} is far too large to be a key file.")
    lines = raw.decode("utf-8", errors="replace").splitlines()
    keys = tuple(
        line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")
    )
    if not keys or not all(key.upper().startswith(SECRET_PREFIX) for key in keys):
        raise BackupKeyFileError(
            f"{path.name} doesn't hold a backup key (a line starting with {SECRET_PREFIX})."
        )
    parse_identities(keys)
    return keys


def parse_identities(keys: Sequence[str]) -> list[Any]:
    try:
        return [pyrage.x25519.Identity.from_str(key.strip()) for key in keys]
    except pyrage.IdentityError as error:
        raise BackupKeyFileError(
            "The key file's private key is damaged or incomplete, so it can't be used."
        ) from error


def parse_recipient(text: str) -> Any:
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except pyrage.RecipientError as error:
        raise BackupKeyFileError(
            f"That isn't a backup public key: it should start with {PUBLIC_PREFIX} and be "
            "copied whole."
        ) from error


def public_key_of(secret_key: str) -> str:
    identity = parse_identities([secret_key])[0]
    return str(identity.to_public())
