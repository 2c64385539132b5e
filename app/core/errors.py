"""Expected errors: each carries a message a person can act on and a CLI exit code.

Anything that is not a ``TendError`` is a bug and goes to the crash dialog (GUI) or a
traceback (CLI). Messages never contain journal text.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes shared by every `tend` command."""

    OK = 0
    USAGE = 1
    WRONG_PASSPHRASE = 2
    DAMAGED_VAULT = 3
    ENVIRONMENT = 4
    # Stopped with Ctrl+C: 128 + SIGINT, as shells report it.
    INTERRUPTED = 130


class TendError(Exception):
    """An expected problem with a message meant for the person using Tend."""

    exit_code: ExitCode = ExitCode.USAGE
    title: str = "Something needs your attention"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(TendError):
    """The request itself cannot be carried out as asked."""


class VaultNotFoundError(TendError):
    title = "No journal here yet"


class VaultExistsError(TendError):
    title = "A journal is already here"


class WrongPassphraseError(TendError):
    exit_code = ExitCode.WRONG_PASSPHRASE
    title = "That passphrase didn't open the journal"


class WrongRecoveryKeyError(WrongPassphraseError):
    title = "That recovery key didn't open the journal"


class KeyringUnavailableError(TendError):
    """The OS keyring is locked, missing, refused, or not a protected store."""

    exit_code = ExitCode.WRONG_PASSPHRASE
    title = "The saved key couldn't be used"


class KeyringSaveError(KeyringUnavailableError):
    """Keeping the key in the keyring failed (none here, locked, refused): the journal
    opened; only "remember on this device" didn't happen."""

    title = "This device couldn't remember the key"


class StaleRememberedKeyError(KeyringUnavailableError):
    """The key kept in the keyring doesn't open this journal: ask for the passphrase."""

    title = "The remembered key is out of date"


class DamagedVaultError(TendError):
    """The database or its key slots are unreadable, damaged or not Tend's."""

    exit_code = ExitCode.DAMAGED_VAULT
    title = "The journal file can't be read"


class DamagedPageError(DamagedVaultError):
    """A page inside the database can't be read (found mid-command, not only at unlock).

    Expected, not a bug: the window shows it in the error banner or dialog, never as a crash.
    """

    title = "Part of the journal file is damaged"


class SchemaTooNewError(DamagedVaultError):
    title = "This journal was written by a newer Tend"


class VaultLockedError(TendError):
    title = "The journal is locked"


class StorageError(TendError):
    """The environment failed us: disk full, read-only folder, permissions."""

    exit_code = ExitCode.ENVIRONMENT
    title = "Tend couldn't save to disk"


class JournalBusyError(StorageError):
    """Another program held the journal's write lock for longer than Tend waits."""

    title = "The journal is busy"


class SearchQueryError(TendError):
    title = "That search couldn't be understood"


class NotFoundError(TendError):
    title = "Not found"
