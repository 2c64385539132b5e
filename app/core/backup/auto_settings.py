"""Automatic backup settings and their last outcome, kept in the plain config file.

They are needed before unlock (to show when the last backup ran), so they live outside
the vault: only a folder, a public key, a schedule, times, a file path and a keyed digest
that reveals nothing. Nothing personal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core import config as app_config

SCHEDULES = ("daily", "weekly")
DEFAULT_KEEP = 10
MAX_KEEP = 1000


@dataclass(frozen=True)
class AutoBackupSettings:
    enabled: bool = False
    folder: str | None = None
    recipient: str | None = None  # age1… public key; the private key is kept elsewhere
    schedule: str = "daily"
    keep: int = DEFAULT_KEEP
    on_quit: bool = True
    last_success_at: str | None = None
    last_success_file: str | None = None
    last_failure_at: str | None = None
    last_failure_message: str | None = None
    last_fingerprint: str | None = None

    @property
    def is_configured(self) -> bool:
        return bool(self.folder and self.recipient)

    @property
    def last_success(self) -> datetime | None:
        return _moment(self.last_success_at)

    @property
    def last_failure(self) -> datetime | None:
        return _moment(self.last_failure_at)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AutoBackupSettings:
        """Known keys of the expected type; anything else falls back to the default."""
        defaults = cls()
        values: dict[str, Any] = {}
        for item in fields(cls):
            value = data.get(item.name)
            default = getattr(defaults, item.name)
            expected = type(default) if default is not None else str
            if value is not None and type(value) is expected:
                values[item.name] = value
        settings = replace(defaults, **values)
        if settings.schedule not in SCHEDULES:
            settings = replace(settings, schedule="daily")
        if not 1 <= settings.keep <= MAX_KEEP:
            settings = replace(settings, keep=DEFAULT_KEEP)
        return settings

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load(config_path: Path) -> AutoBackupSettings:
    return AutoBackupSettings.from_dict(app_config.load(config_path).auto_backup)


def update(
    config_path: Path, change: Callable[[AutoBackupSettings], AutoBackupSettings]
) -> AutoBackupSettings:
    """Change the settings as they are in the file now; the rest of the file stays."""
    result: list[AutoBackupSettings] = []

    def apply(config: app_config.AppConfig) -> None:
        changed = change(AutoBackupSettings.from_dict(config.auto_backup))
        config.auto_backup = changed.to_dict()
        result.append(changed)

    app_config.ConfigStore(config_path).update(apply)
    return result[0]


def with_choices(current: AutoBackupSettings, chosen: AutoBackupSettings) -> AutoBackupSettings:
    """What the person chose in the dialog, over the outcome the file records now (a
    backup may have finished while the dialog was open)."""
    return replace(
        current,
        enabled=chosen.enabled,
        folder=chosen.folder,
        recipient=chosen.recipient,
        schedule=chosen.schedule,
        keep=chosen.keep,
        on_quit=chosen.on_quit,
    )


def _moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
