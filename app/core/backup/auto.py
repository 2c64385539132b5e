"""Automatic backups: when one is due, making it, keeping the last N, recording the outcome.

Backups go to the public key in the settings, so no passphrase is needed; the private key
stays wherever the person keeps it. Older backups are removed only after the new one was
read back and verified. A failure is recorded in the config file and raised again: it is
never swallowed. The clock is passed in, so the schedule is testable.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path

from app.core.backup import auto_settings
from app.core.backup.auto_settings import AutoBackupSettings
from app.core.backup.create import BackupResult, create_backup
from app.core.backup.files import BACKUP_SUFFIX
from app.core.backup.sections import SECTIONS
from app.core.clock import Clock, system_clock
from app.core.errors import StorageError, TendError, UsageError
from app.core.progress import OperationCancelled, ProgressCallback
from app.core.vault import Vault

log = logging.getLogger(__name__)

FILE_PREFIX = "tend-backup-"
NAME_TIME_FORMAT = "%Y-%m-%dT%H-%M-%SZ"
NAME_PATTERN = re.compile(r"tend-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tend\.age")
INTERVALS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
# A timer that fires a little early (suspend, rounding) should still count the day.
EARLY_TOLERANCE = timedelta(hours=1)
RETRY_AFTER_FAILURE = timedelta(hours=1)


class Trigger(Enum):
    SCHEDULE = "schedule"  # the periodic check while Tend runs
    QUIT = "quit"  # Tend is closing
    NOW = "now"  # the person asked for one


@dataclass(frozen=True)
class AutoBackupOutcome:
    result: BackupResult
    removed: tuple[Path, ...]


def backup_file_name(moment: datetime) -> str:
    """Sortable by time: UTC, fixed width, no characters any file system refuses."""
    return f"{FILE_PREFIX}{moment.astimezone(UTC).strftime(NAME_TIME_FORMAT)}{BACKUP_SUFFIX}"


def is_due(
    settings: AutoBackupSettings,
    trigger: Trigger,
    now: datetime,
    *,
    changed: bool,
    last_file_present: bool,
) -> bool:
    """Whether an automatic backup should run now (pure: no clock, no disk)."""
    if not settings.enabled or not settings.is_configured:
        return False
    last = settings.last_success
    if trigger is Trigger.NOW or last is None:
        return trigger is not Trigger.QUIT or settings.on_quit
    if not changed and last_file_present:
        return False
    if trigger is Trigger.QUIT:
        return settings.on_quit
    failure = settings.last_failure
    if failure is not None and failure > last and now - failure < RETRY_AFTER_FAILURE:
        return False
    return now < last or now - last >= INTERVALS[settings.schedule] - EARLY_TOLERANCE


class AutoBackups:
    """Automatic backups of one unlocked vault, with settings in the config file."""

    def __init__(self, vault: Vault, config_path: Path, clock: Clock = system_clock) -> None:
        self._vault = vault
        self._config_path = config_path
        self._clock = clock

    def settings(self) -> AutoBackupSettings:
        return auto_settings.load(self._config_path)

    def configure(self, settings: AutoBackupSettings) -> None:
        if settings.enabled and not settings.is_configured:
            raise UsageError("Choose a folder and a key before turning automatic backups on.")
        auto_settings.update(
            self._config_path, lambda current: auto_settings.with_choices(current, settings)
        )

    def fingerprint(self) -> str:
        """A digest that changes with the data; keyed, so it reveals nothing about it."""
        digest = hashlib.blake2b(
            key=self._vault.raw_key(), person=b"tend-backup-fp", digest_size=16
        )
        with self._vault.database.reader() as session:
            for section in SECTIONS:
                digest.update(section.name.encode() + b"\0" + section.fingerprint(session))
        return digest.hexdigest()

    def is_due(self, trigger: Trigger) -> bool:
        settings = self.settings()
        if not settings.enabled or not settings.is_configured:
            return False
        last_file = settings.last_success_file
        return is_due(
            settings,
            trigger,
            self._clock(),
            changed=self.fingerprint() != settings.last_fingerprint,
            last_file_present=bool(last_file) and Path(str(last_file)).exists(),
        )

    def run_if_due(
        self, trigger: Trigger, progress: ProgressCallback | None = None
    ) -> AutoBackupOutcome | None:
        return self.run(progress) if self.is_due(trigger) else None

    def run(self, progress: ProgressCallback | None = None) -> AutoBackupOutcome:
        """Make a backup now. On failure the reason is recorded, then raised again."""
        settings = self.settings()
        if not settings.is_configured:
            raise UsageError("Automatic backups need a folder and a public key first.")
        fingerprint = self.fingerprint()
        try:
            outcome = self._make(settings, progress)
        except OperationCancelled:
            raise
        except TendError as error:
            self._record_failure(error.message)
            raise
        except Exception as error:
            self._record_failure(f"an unexpected problem ({type(error).__name__})")
            raise
        auto_settings.update(
            self._config_path,
            lambda current: replace(
                current,
                last_success_at=outcome.result.created_at.isoformat(timespec="seconds"),
                last_success_file=str(outcome.result.path),
                last_failure_at=None,
                last_failure_message=None,
                last_fingerprint=fingerprint,
            ),
        )
        return outcome

    def _make(
        self, settings: AutoBackupSettings, progress: ProgressCallback | None
    ) -> AutoBackupOutcome:
        folder = Path(str(settings.folder))
        if not folder.is_dir():
            raise StorageError(
                f"The backup folder {folder} isn't there. If it is on a removable or network "
                "drive, connect it; otherwise choose the folder again in the backup settings."
            )
        now = self._clock()
        result = create_backup(
            self._vault.database,
            self._vault.vault_id,
            folder / backup_file_name(now),
            recipients=[str(settings.recipient)],
            clock=lambda: now,
            progress=progress,
            overwrite=True,
        )
        # Only now that the new backup was read back and checked do older ones go.
        return AutoBackupOutcome(result, prune(folder, settings.keep))

    def _record_failure(self, message: str) -> None:
        log.info("An automatic backup failed")
        failed_at = self._clock().isoformat(timespec="seconds")
        auto_settings.update(
            self._config_path,
            lambda current: replace(
                current, last_failure_at=failed_at, last_failure_message=message
            ),
        )


def prune(folder: Path, keep: int) -> tuple[Path, ...]:
    """Remove Tend's automatic backups beyond the newest ``keep``; other files are left alone."""
    ours = sorted(path for path in folder.iterdir() if NAME_PATTERN.fullmatch(path.name))
    removed = []
    for path in ours[: max(0, len(ours) - keep)]:
        try:
            path.unlink()
        except OSError:
            log.info("An old automatic backup could not be removed")
            continue
        removed.append(path)
    return tuple(removed)
