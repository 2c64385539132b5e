"""The vault: a SQLCipher database under a random key, and the slots that wrap that key.

The passphrase never reaches SQLCipher. It unwraps the 256-bit database key (Argon2id +
AES-GCM); so does the recovery key. Changing the passphrase rewrites only the small slot
file, never the database.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.core import kdf, keyslots, recovery_key
from app.core.atomic_file import storage_error_from
from app.core.db import engine as db_engine
from app.core.db import integrity, schema, wal_check
from app.core.db.database import Database, translate_db_errors
from app.core.errors import (
    DamagedVaultError,
    KeyringUnavailableError,
    StaleRememberedKeyError,
    StorageError,
    UsageError,
    VaultExistsError,
    VaultNotFoundError,
)
from app.core.vault_files import DB_FILE_NAME
from app.core.vault_files import VaultFiles as VaultFiles  # noqa: PLC0414 (re-exported)

MIN_PASSPHRASE_LENGTH = 8


class FirstPageUnreadableError(DamagedVaultError):
    """The unwrapped key doesn't decrypt page 1: damage, or a file that isn't this journal's."""


def check_new_passphrase(passphrase: str) -> None:
    if passphrase and not passphrase.strip():
        raise UsageError(
            "A passphrase of only spaces is too easy to guess and hard to type the same way "
            "twice. Please choose one with words in it; nothing was changed."
        )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UsageError(
            f"Please choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters. "
            "A few unrelated words are easy to remember and hard to guess."
        )
    from app.core.passphrase_strength import refusal  # loads zxcvbn: only when choosing

    reason = refusal(passphrase)
    if reason is not None:
        raise UsageError(reason)


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str


class Vault:
    """An unlocked vault. Locking disposes every keyed connection."""

    def __init__(self, files: VaultFiles, slots: keyslots.KeySlots, raw_key: bytes) -> None:
        self.files = files
        self._slots = slots
        self._raw_key = bytearray(raw_key)
        self.database = _open_database(files, raw_key)

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def is_locked(self) -> bool:
        return not self.database.is_open

    # -- opening ----------------------------------------------------------------------

    @classmethod
    def create(
        cls, files: VaultFiles, passphrase: str, params: kdf.Argon2Params | None = None
    ) -> CreatedVault:
        """Make a new, empty vault. Refuses to touch a folder that already holds one (said
        first: no passphrase would make creating one there right)."""
        if files.db.exists() or files.slots.exists():
            raise VaultExistsError(
                f"{files.folder} already holds a Tend journal. Tend never creates a new one "
                "over it; choose another folder, or unlock the one that is there."
            )
        check_new_passphrase(passphrase)
        try:
            files.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise storage_error_from(error, files.db) from error
        raw_key = os.urandom(db_engine.KEY_BYTES)
        vault_id = str(uuid.uuid4())
        recovery_text = recovery_key.generate()
        slots = keyslots.KeySlots(
            vault_id,
            (
                keyslots.passphrase_slot(raw_key, passphrase, vault_id, params or kdf.calibrate()),
                keyslots.recovery_slot(raw_key, recovery_text, vault_id),
            ),
        )
        with translate_db_errors(files.db):
            _create_database(files, raw_key)
        try:
            keyslots.write(files.slots, slots)
        except StorageError:
            _remove_quietly(files.db, *files.sidecars)
            raise
        return CreatedVault(cls(files, slots, raw_key), recovery_text)

    @classmethod
    def open_with_passphrase(cls, files: VaultFiles, passphrase: str) -> Vault:
        slots = _read_slots(files)
        return cls(files, slots, keyslots.unwrap_with_passphrase(slots, passphrase))

    @classmethod
    def open_with_recovery_key(cls, files: VaultFiles, recovery_text: str) -> Vault:
        slots = _read_slots(files)
        return cls(files, slots, keyslots.unwrap_with_recovery(slots, recovery_text))

    @classmethod
    def open_with_key(
        cls, files: VaultFiles, raw_key: bytes, expected_vault_id: str | None = None
    ) -> Vault:
        """Open with a key kept by the OS keyring ("remember on this device")."""
        slots = _read_slots(files)
        if expected_vault_id is not None and slots.vault_id != expected_vault_id:
            raise KeyringUnavailableError(
                "The remembered key belongs to another journal, so please enter your passphrase."
            )
        try:
            return cls(files, slots, raw_key)
        except FirstPageUnreadableError as error:
            # With a key from the keyring, "page 1 doesn't decrypt" most likely means the
            # key is stale (the journal was restored or replaced since), not damage: the
            # passphrase tells the two apart, since it unwraps the journal's real key.
            raise StaleRememberedKeyError(
                "The key remembered on this device doesn't open this journal (it may have "
                "been restored or replaced since), so please enter your passphrase."
            ) from error

    # -- keys -------------------------------------------------------------------------

    def raw_key(self) -> bytes:
        self.database.engine  # noqa: B018 - raises VaultLockedError when locked
        return bytes(self._raw_key)

    def change_passphrase(
        self, current: str, new: str, params: kdf.Argon2Params | None = None
    ) -> None:
        """Re-wrap the database key under a new passphrase, after checking the current one."""
        keyslots.unwrap_with_passphrase(self._slots, current)
        self._set_passphrase(new, params)

    def reset_passphrase_with_recovery_key(
        self, recovery_text: str, new: str, params: kdf.Argon2Params | None = None
    ) -> None:
        keyslots.unwrap_with_recovery(self._slots, recovery_text)
        self._set_passphrase(new, params)

    def replace_recovery_key(self, current_passphrase: str) -> str:
        """A new recovery key; the old one stops working. Shown once, like the first."""
        keyslots.unwrap_with_passphrase(self._slots, current_passphrase)
        text = recovery_key.generate()
        slot = keyslots.recovery_slot(self.raw_key(), text, self.vault_id)
        self._write_slots(self._slots.replacing(slot))
        return text

    def _set_passphrase(self, new: str, params: kdf.Argon2Params | None) -> None:
        check_new_passphrase(new)
        slot = keyslots.passphrase_slot(
            self.raw_key(), new, self.vault_id, params or kdf.calibrate()
        )
        self._write_slots(self._slots.replacing(slot))

    def _write_slots(self, slots: keyslots.KeySlots) -> None:
        keyslots.write(self.files.slots, slots)
        self._slots = slots

    # -- upkeep -----------------------------------------------------------------------

    def check(self) -> integrity.IntegrityReport:
        """Both database integrity checks plus a read-back of the slot file."""
        report = integrity.check_database(self.database.engine)
        slot_problems: list[str] = []
        try:
            on_disk = keyslots.read(self.files.slots)
            if on_disk.vault_id != self.vault_id:
                slot_problems.append("the key file belongs to another journal")
            for kind in (keyslots.PASSPHRASE, keyslots.RECOVERY):
                on_disk.slot(kind)
        except DamagedVaultError as error:
            slot_problems.append(error.message)
        return integrity.IntegrityReport(
            report.cipher_problems, report.structure_problems, tuple(slot_problems)
        )

    def lock(self) -> None:
        """Close every keyed connection and overwrite our copy of the key (best effort)."""
        self.database.close()
        for index in range(len(self._raw_key)):
            self._raw_key[index] = 0


def _read_slots(files: VaultFiles) -> keyslots.KeySlots:
    if not files.db.exists() and not files.slots.exists():
        raise VaultNotFoundError(
            f"There is no Tend journal in {files.folder} yet. Create one with `tend init`, "
            "or point Tend at the right folder with --data-dir."
        )
    _check_database_file(files)
    return keyslots.read(files.slots)


def _check_database_file(files: VaultFiles) -> None:
    """Reject a missing, empty or unencrypted database before any key is tried."""
    path = files.db
    if path.is_dir() or files.slots.is_dir():
        which = path if path.is_dir() else files.slots
        raise DamagedVaultError(
            f"{which.name} in {files.folder} is a folder, not a file, so the journal can't "
            "be opened. Tend has not changed anything; restore a backup if you have one."
        )
    if not path.exists():
        raise DamagedVaultError(
            f"The journal file {path.name} is missing from {files.folder}. Its key file is "
            "there, so the journal may have been moved or deleted. Restore it or a backup."
        )
    size = path.stat().st_size
    if size == 0:
        raise DamagedVaultError(
            f"The journal file {path.name} is empty. It may have been cut short by a "
            "failing disk or a sync tool. Restore a backup; Tend has not changed the file."
        )
    if db_engine.looks_like_plain_sqlite(path):
        raise DamagedVaultError(
            f"{path.name} is an ordinary, unencrypted SQLite database, not a Tend journal. "
            "Tend has not changed it."
        )
    if wal_check.wal_is_damaged(files.sidecars[0]):
        raise DamagedVaultError(
            f"The journal's write-ahead log ({files.sidecars[0].name}) is damaged: opening "
            "the journal now would quietly drop the writing saved after the damage. Tend "
            "has not changed anything; restore a backup, or ask for help before deleting it."
        )
    if size < db_engine.PAGE_SIZE or size % db_engine.PAGE_SIZE:
        # SQLCipher writes whole pages, so any other size means the file was cut short.
        raise DamagedVaultError(
            f"The journal file {path.name} is cut short ({size} bytes, not a whole number "
            "of pages). A failing disk or an interrupted copy can do this. Tend has not "
            "changed it; restore a backup if you have one."
        )


def _open_database(files: VaultFiles, raw_key: bytes) -> Database:
    engine = db_engine.create_keyed_engine(files.db, raw_key)
    try:
        with translate_db_errors(files.db):
            with engine.connect():
                pass
            schema.ensure_current(engine, files.db)
    except db_engine.KeyRejectedError as error:
        engine.dispose()
        raise FirstPageUnreadableError(
            f"The key is right, but {files.db.name} can't be decrypted: its first page is "
            "damaged, or the file is not this journal's. Tend has not changed it; restore "
            "a backup if you have one."
        ) from error
    except db_engine.UnreadableFileError as error:
        engine.dispose()
        raise DamagedVaultError(
            f"{files.db.name} is damaged or cut short, so its contents can't be read. "
            "Tend has not changed it; restore a backup if you have one."
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, files.db)


def _create_database(files: VaultFiles, raw_key: bytes) -> None:
    """Build the schema in a temp file, then move it into place in one rename."""
    temp = files.db.with_name(f".{DB_FILE_NAME}.creating")
    _remove_quietly(temp, *_sidecars_of(temp))
    engine = db_engine.create_keyed_engine(temp, raw_key, create=True)
    try:
        db_engine.run_outside_transaction(engine, "PRAGMA journal_mode = WAL")
        schema.create_schema(engine)
        db_engine.run_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        engine.dispose()
        _remove_quietly(temp, *_sidecars_of(temp))
        raise
    engine.dispose()
    _remove_quietly(*_sidecars_of(temp))
    temp.chmod(0o600)
    temp.replace(files.db)


def _sidecars_of(path: Path) -> tuple[Path, ...]:
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
