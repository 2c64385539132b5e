"""The plain config file: only what is needed before unlock, never anything personal.

Unknown keys are kept when saving, so an older Tend does not erase a newer one's settings.
``ConfigStore`` is the file's one writer: every change is a read-modify-write of the file as
it is now, under a lock shared by threads and processes, so no writer can put back an old
copy over another's change (the window, automatic backups, "remember on this device" and
the command line all write here).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app.core import file_lock
from app.core.atomic_file import write_atomic

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")


@dataclass
class AppConfig:
    theme: str = "system"
    idle_lock_minutes: int = 10
    # "Remember on this device": which vault's key is in which keyring backend.
    remembered_vault_id: str | None = None
    remembered_backend: str | None = None
    # Automatic backups: folder, public key, schedule, and the last outcome (times and
    # paths only). Read and written by app.core.backup.auto_settings.
    auto_backup: dict[str, Any] = field(default_factory=dict)
    # Whether the window has told the person that closing keeps Tend in the tray.
    tray_close_explained: bool = False
    # Check-in reminders (times and weekdays only): see app/core/reminder_settings.py.
    reminders: dict[str, Any] = field(default_factory=dict)
    other: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AppConfig:
        known = {item.name for item in fields(cls)} - {"other"}
        config = cls(other={key: value for key, value in data.items() if key not in known})
        defaults = cls()
        for name in known:
            value = data.get(name)
            default = getattr(defaults, name)
            # Keep a value only if it has the type we expect; otherwise the default stands.
            # Fields that default to None hold text when set.
            expected = str if default is None else type(default)
            if value is not None and type(value) is expected:
                setattr(config, name, value)
        if config.theme not in THEMES:
            config.theme = "system"
        if not 1 <= config.idle_lock_minutes <= 24 * 60:
            config.idle_lock_minutes = defaults.idle_lock_minutes
        return config

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        other = data.pop("other")
        return {**other, **data}


def load(path: Path) -> AppConfig:
    """Read the config; a missing or unreadable file gives defaults (and is set aside)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return AppConfig()
    try:
        data = json.loads(raw.decode("utf-8"))  # UnicodeDecodeError is a ValueError too
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError:
        log.warning("The config file was unreadable; using defaults and keeping it as .bad")
        path.replace(path.with_suffix(".json.bad"))
        return AppConfig()
    return AppConfig.from_dict(data)


# A change edits the config it is given in place, or returns a new one to store instead.
Change = Callable[[AppConfig], AppConfig | None]


class ConfigStore:
    """The one owner of the config file. Holds no copy: every read is of the file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> AppConfig:
        return load(self.path)

    def update(self, change: Change) -> AppConfig:
        """Apply ``change`` to the file as it is now and write the result atomically.

        Raises StorageError (nothing changed) when the file can't be written.
        """
        with file_lock.exclusive(self.path):
            current = load(self.path)
            changed = change(current)
            config = current if changed is None else changed
            write_atomic(
                self.path,
                (json.dumps(config.to_dict(), indent=2, sort_keys=True) + "\n").encode(),
            )
        return config
