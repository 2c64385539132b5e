"""Encrypting and decrypting backups with pyrage (age v1), with one message per kind of damage.

Passphrase backups use age's scrypt recipient; unattended ones an X25519 public key. pyrage
holds a passphrase-mode file in memory whole (it has no streaming passphrase API), which is
fine for a journal (tens of MB) and is written down in docs/backup-format.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

import pyrage

from app.core.backup import age_diagnose
from app.core.backup.age_header import AgeHeader, dearmor, parse_header
from app.core.backup.errors import (
    NOTHING_CHANGED,
    BackupHeaderDamagedError,
    BackupPayloadDamagedError,
    BackupSecretMissingError,
    BackupTrailingDataError,
    BackupTruncatedError,
    BackupWrongIdentityError,
    BackupWrongPassphraseError,
)
from app.core.backup.keys import parse_identities, parse_recipient
from app.core.errors import TendError


@dataclass(frozen=True)
class Passphrase:
    """A backup passphrase (not the journal's, though people may choose the same)."""

    text: str = field(repr=False)

    @property
    def normalised(self) -> str:
        # Like the journal passphrase: the same words typed on another system must match.
        return unicodedata.normalize("NFC", self.text)


@dataclass(frozen=True)
class Identities:
    """X25519 secret keys (AGE-SECRET-KEY-1…), e.g. read from a key file."""

    keys: tuple[str, ...] = field(repr=False)


BackupSecret = Passphrase | Identities


def encrypt_with_passphrase(plaintext: bytes, passphrase: Passphrase) -> bytes:
    if not passphrase.text:
        raise BackupSecretMissingError("Please choose a passphrase for the backup.")
    result: bytes = pyrage.passphrase.encrypt(plaintext, passphrase.normalised)
    return result


def encrypt_to_recipients(
    plaintext: BinaryIO, destination: BinaryIO, recipients: Sequence[str]
) -> None:
    """Stream ``plaintext`` to ``destination`` encrypted to X25519 public keys (age1…)."""
    parsed = [parse_recipient(text) for text in recipients]
    pyrage.encrypt_io(plaintext, destination, parsed)


def needs_passphrase(data: bytes) -> bool:
    """Whether the file asks for a passphrase (True) or a key file (False)."""
    return parse_header(dearmor(data)).is_passphrase


def decrypt(data: bytes, secret: BackupSecret) -> bytes:
    """The plaintext, in memory only; or an error that names what is wrong with the file."""
    binary = dearmor(data)
    header = parse_header(binary)
    _check_secret_fits(header, secret)
    try:
        if isinstance(secret, Passphrase):
            plaintext: bytes = pyrage.passphrase.decrypt(binary, secret.normalised)
        else:
            identities = parse_identities(secret.keys)
            plaintext = pyrage.decrypt(binary, identities)
    except pyrage.DecryptError as error:
        raise _explain(str(error), binary, header, secret) from error
    return plaintext


def _check_secret_fits(header: AgeHeader, secret: BackupSecret) -> None:
    if header.is_passphrase and not isinstance(secret, Passphrase):
        raise BackupSecretMissingError(
            "This backup is protected by a passphrase, not a key file. Enter the backup's "
            "passphrase instead."
        )
    if not header.is_passphrase and isinstance(secret, Passphrase):
        raise BackupSecretMissingError(
            "This backup was made for a public key (an automatic backup), so it opens with "
            "its private key file, not a passphrase. Choose the key file you saved when you "
            "set up automatic backups."
        )


def _explain(detail: str, binary: bytes, header: AgeHeader, secret: BackupSecret) -> TendError:
    """Turn pyrage's terse reason into the specific trouble, checking the payload if needed."""
    if "Header MAC" in detail or "Unknown age format" in detail or "Excessive work" in detail:
        return header_damaged()
    if "No matching keys" in detail:
        return BackupWrongIdentityError(
            "This backup was made for a different key, so this key file can't open it. "
            "Choose the key file whose public key is shown in your automatic backup "
            f"settings. {NOTHING_CHANGED}"
        )
    if "Decryption failed" in detail and isinstance(secret, Passphrase):
        return BackupWrongPassphraseError(
            "That passphrase doesn't open this backup. Check it for typos and try again; "
            "a backup's passphrase can differ from your journal's. (If you are sure it is "
            f"right, the file's header may have been damaged.) {NOTHING_CHANGED}"
        )
    passphrase = secret.normalised if isinstance(secret, Passphrase) else None
    keys = secret.keys if isinstance(secret, Identities) else ()
    try:
        fault = age_diagnose.diagnose_payload(binary, header, passphrase, keys)
    except age_diagnose.HeaderFault:
        return header_damaged()
    return payload_error(fault)


def header_damaged() -> BackupHeaderDamagedError:
    return BackupHeaderDamagedError(
        "The backup's header was changed or damaged, so Tend can't trust the file. Use "
        f"another copy of this backup if you have one. {NOTHING_CHANGED}"
    )


def payload_error(fault: age_diagnose.PayloadFault) -> TendError:
    if fault is age_diagnose.PayloadFault.TRUNCATED:
        return BackupTruncatedError(
            "The backup file is cut short: it ends before the backup does, perhaps because "
            "copying or syncing stopped early. Use another copy if you have one. "
            f"{NOTHING_CHANGED}"
        )
    if fault is age_diagnose.PayloadFault.APPENDED:
        return BackupTrailingDataError(
            "The backup file has extra bytes after its end, so it isn't exactly the file "
            "Tend wrote, and Tend won't use it. Use another copy of this backup if you have "
            f"one. {NOTHING_CHANGED}"
        )
    if fault is age_diagnose.PayloadFault.CHANGED:
        return BackupPayloadDamagedError(
            "Part of the backup's contents was changed after it was written (the "
            "encryption's seal caught it), so Tend won't use any of it. Use another copy "
            f"of this backup if you have one. {NOTHING_CHANGED}"
        )
    return BackupPayloadDamagedError(
        "The backup's contents are damaged or cut short, so Tend won't use any of it. Use "
        f"another copy of this backup if you have one. {NOTHING_CHANGED}"
    )
