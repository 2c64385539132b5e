"""The key-slot file: the database key, wrapped by the passphrase and by the recovery key.

Format (JSON, UTF-8, written atomically with mode 0600)::

    {"format": "tend-keyslots", "version": 1, "vault_id": "<uuid>",
     "slots": [{"kind": "passphrase", "kdf": "argon2id", "params": {...},
                "salt": "<b64>", "nonce": "<b64>", "wrapped_key": "<b64>"},
               {"kind": "recovery", "kdf": "hkdf-sha256", "salt": ..., ...}]}

Each wrap is AES-256-GCM whose associated data binds the vault id and the slot kind, so a
slot copied from another vault, or moved to another kind, fails to open.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core import kdf, recovery_key
from app.core.atomic_file import write_atomic
from app.core.errors import (
    DamagedVaultError,
    StorageError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)

FORMAT_NAME = "tend-keyslots"
FORMAT_VERSION = 1
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
NONCE_BYTES = 12
SALT_BYTES = 16
GCM_TAG_BYTES = 16
DB_KEY_BYTES = 32


@dataclass(frozen=True)
class Slot:
    kind: str
    kdf_name: str
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    params: kdf.Argon2Params | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "kdf": self.kdf_name,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }
        if self.params is not None:
            data["params"] = self.params.to_dict()
        return data


@dataclass(frozen=True)
class KeySlots:
    vault_id: str
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    def slot(self, kind: str) -> Slot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise DamagedVaultError(f"The key file has no {kind} slot, so it can't be opened that way.")

    def replacing(self, new_slot: Slot) -> KeySlots:
        others = tuple(slot for slot in self.slots if slot.kind != new_slot.kind)
        return KeySlots(self.vault_id, (*others, new_slot))

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [slot.to_dict() for slot in self.slots],
        }
        return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise DamagedVaultError(f"The key file is damaged: {what} is missing.")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise DamagedVaultError(f"The key file is damaged: {what} is not valid.") from error


def _associated_data(vault_id: str, kind: str) -> bytes:
    return f"tend-keyslot/v{FORMAT_VERSION}/{vault_id}/{kind}".encode()


def _recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    # The recovery key already carries 160 random bits, so a slow KDF adds nothing.
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"tend recovery slot v1"
    ).derive(secret)


def _seal(wrapping_key: bytes, db_key: bytes, vault_id: str, kind: str) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(wrapping_key).encrypt(nonce, db_key, _associated_data(vault_id, kind))
    return nonce, sealed


def _open(wrapping_key: bytes, slot: Slot, vault_id: str) -> bytes:
    db_key = AESGCM(wrapping_key).decrypt(
        slot.nonce, slot.wrapped_key, _associated_data(vault_id, slot.kind)
    )
    if len(db_key) != DB_KEY_BYTES:
        raise DamagedVaultError("The key file is damaged: the stored key has the wrong size.")
    return db_key


def passphrase_slot(
    db_key: bytes, passphrase: str, vault_id: str, params: kdf.Argon2Params
) -> Slot:
    salt = kdf.new_salt()
    wrapping_key = kdf.derive_key(passphrase, salt, params)
    nonce, sealed = _seal(wrapping_key, db_key, vault_id, PASSPHRASE)
    return Slot(PASSPHRASE, "argon2id", salt, nonce, sealed, params)


def recovery_slot(db_key: bytes, recovery_text: str, vault_id: str) -> Slot:
    salt = os.urandom(SALT_BYTES)
    wrapping_key = _recovery_wrapping_key(recovery_key.to_secret(recovery_text), salt)
    nonce, sealed = _seal(wrapping_key, db_key, vault_id, RECOVERY)
    return Slot(RECOVERY, "hkdf-sha256", salt, nonce, sealed)


def unwrap_with_passphrase(slots: KeySlots, passphrase: str) -> bytes:
    slot = slots.slot(PASSPHRASE)
    if slot.params is None:
        raise DamagedVaultError(
            "The key file is damaged: the passphrase slot has no cost settings."
        )
    wrapping_key = kdf.derive_key(passphrase, slot.salt, slot.params)
    try:
        return _open(wrapping_key, slot, slots.vault_id)
    except InvalidTag as error:
        raise WrongPassphraseError(
            "That passphrase doesn't match this journal. Check Caps Lock and the keyboard "
            "layout, or use your recovery key."
        ) from error


def unwrap_with_recovery(slots: KeySlots, recovery_text: str) -> bytes:
    try:
        secret = recovery_key.to_secret(recovery_text)
    except recovery_key.MalformedRecoveryKey as error:
        raise WrongRecoveryKeyError(str(error)) from error
    slot = slots.slot(RECOVERY)
    try:
        return _open(_recovery_wrapping_key(secret, slot.salt), slot, slots.vault_id)
    except InvalidTag as error:
        raise WrongRecoveryKeyError(
            "That recovery key doesn't match this journal. Check each group of four."
        ) from error


def parse(data: bytes) -> KeySlots:
    """Parse a slot file; anything unexpected is a DamagedVaultError naming what is wrong."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        # UnicodeDecodeError, JSONDecodeError and json's digit limit are all ValueErrors.
        raise DamagedVaultError("The key file is damaged: it is not readable JSON.") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise DamagedVaultError("The key file isn't one of Tend's key files.")
    version = document.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DamagedVaultError(
            "The key file was written by a newer version of Tend. Update Tend to open it."
        )
    vault_id = document.get("vault_id")
    raw_slots = document.get("slots")
    if not isinstance(vault_id, str) or not isinstance(raw_slots, list):
        raise DamagedVaultError("The key file is damaged: its vault id or slots are missing.")
    return KeySlots(vault_id, tuple(_parse_slot(raw) for raw in raw_slots))


def _parse_slot(raw: object) -> Slot:
    if not isinstance(raw, dict) or raw.get("kind") not in (PASSPHRASE, RECOVERY):
        raise DamagedVaultError("The key file is damaged: a slot is not readable.")
    params = None
    if raw["kind"] == PASSPHRASE:
        raw_params = raw.get("params")
        if not isinstance(raw_params, dict):
            raise DamagedVaultError("The key file is damaged: passphrase settings are missing.")
        try:
            params = kdf.Argon2Params.from_dict(raw_params)
        except (KeyError, ValueError) as error:
            raise DamagedVaultError(
                "The key file is damaged: passphrase settings are invalid."
            ) from error
    slot = Slot(
        kind=raw["kind"],
        kdf_name=str(raw.get("kdf", "")),
        salt=_unb64(raw.get("salt"), "a salt"),
        nonce=_unb64(raw.get("nonce"), "a nonce"),
        wrapped_key=_unb64(raw.get("wrapped_key"), "a wrapped key"),
        params=params,
    )
    # Sizes are fixed by the format; a wrong one is damage, not a wrong passphrase.
    for value, size, what in (
        (slot.salt, SALT_BYTES, "a salt"),
        (slot.nonce, NONCE_BYTES, "a nonce"),
        (slot.wrapped_key, DB_KEY_BYTES + GCM_TAG_BYTES, "a wrapped key"),
    ):
        if len(value) != size:
            raise DamagedVaultError(f"The key file is damaged: {what} has the wrong size.")
    return slot


def read(path: Path) -> KeySlots:
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise DamagedVaultError(
            f"The key file {path.name} is missing beside the journal, so it can't be unlocked. "
            "Restore it from a backup of this folder, or restore a Tend backup."
        ) from error
    except IsADirectoryError as error:
        raise DamagedVaultError(
            f"The key file {path.name} is a folder, not a file, so the journal can't be "
            "unlocked. Tend has not changed anything; restore a backup if you have one."
        ) from error
    except PermissionError as error:
        raise StorageError(
            f"Tend isn't allowed to read the key file {path.name}. Check its permissions."
        ) from error
    return parse(data)


def write(path: Path, slots: KeySlots) -> None:
    write_atomic(path, slots.to_bytes())
