"""Why a backup could not be read, each with its own message. None of them names journal text.

Every kind of damage has its own class, so the CLI, the window and the tests can tell them
apart; all of them mean "nothing was changed".
"""

from __future__ import annotations

from app.core.atomic_file import DestinationError
from app.core.errors import DamagedVaultError, ExitCode, TendError, UsageError, WrongPassphraseError

NOTHING_CHANGED = "Nothing in your journal was changed."


class BackupError(TendError):
    """A backup file that can't be used as it is."""

    exit_code = ExitCode.DAMAGED_VAULT
    title = "This backup can't be used"


class BackupWrongPassphraseError(WrongPassphraseError):
    title = "That passphrase didn't open the backup"


class BackupWrongIdentityError(WrongPassphraseError):
    title = "That key file didn't open the backup"


class BackupSecretMissingError(UsageError):
    """The backup needs a passphrase and got a key file, or the other way round."""

    title = "This backup needs something else to open"


class NotAnAgeFileError(BackupError):
    title = "This isn't a Tend backup"


class BackupHeaderDamagedError(BackupError):
    title = "The backup's header was changed"


class BackupPayloadDamagedError(BackupError):
    title = "The backup's contents were changed"


class BackupTruncatedError(BackupError):
    title = "The backup file is cut short"


class BackupTrailingDataError(BackupError):
    title = "The backup file has extra data at its end"


class BackupSchemaError(BackupError):
    """The file decrypted, but what is inside doesn't follow the backup format."""

    title = "The backup's contents don't follow the format"

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(
            f"The backup opened, but its contents don't follow Tend's backup format at "
            f"{path}: {problem}. {NOTHING_CHANGED}"
        )
        self.path = path
        self.problem = problem


class BackupTooNewError(BackupError):
    title = "This backup was made by a newer Tend"


class BackupKeyFileError(UsageError):
    title = "The key file can't be used"


class BackupDestinationError(DestinationError):
    title = "The backup can't be written there"


class RestoreTargetError(DamagedVaultError):
    """Restoring into a new vault needs an empty data folder."""

    exit_code = ExitCode.USAGE
    title = "There is already a journal here"
