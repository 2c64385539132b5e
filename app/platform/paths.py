"""Every path Tend uses comes from here. ``--data-dir`` and ``TEND_DATA_DIR`` override all.

With an override, everything (journal, key file, config, logs) lives inside that one folder,
so tests and portable installs never touch the home folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.core.vault_files import VaultFiles

APP_NAME = "Tend"
DATA_DIR_ENV = "TEND_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def vault(self) -> VaultFiles:
        return VaultFiles(self.data_dir)

    @property
    def config_file(self) -> Path:
        return self.data_dir / "config.json"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def reminder_state_file(self) -> Path:
        """When reminders last fired, were snoozed or paused (times only)."""
        return self.data_dir / "reminder-state.json"

    @property
    def instance_name(self) -> str:
        """A per-user, per-folder name for the single-instance socket."""
        import hashlib

        digest = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:16]
        return f"tend-{digest}"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Paths for this run: the explicit folder, then $TEND_DATA_DIR, then the OS default."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return AppPaths(Path(chosen).expanduser().absolute())


def use_private_umask() -> None:
    """Everything Tend creates is readable by its owner only (umask 077)."""
    if os.name == "posix":
        os.umask(0o077)


def prepare_private_folder(folder: Path) -> None:
    use_private_umask()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
