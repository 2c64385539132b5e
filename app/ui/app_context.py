"""What the windows share, passed in explicitly (no global registry)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.clock import Clock, system_clock
from app.core.config import AppConfig, Change, ConfigStore
from app.platform.keyring_store import DeviceKeyStore
from app.platform.paths import AppPaths
from app.ui.notices import NoticeBridge
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.core.kdf import Argon2Params  # imports argon2, needed only to unlock


@dataclass
class AppContext:
    paths: AppPaths
    runner: TaskRunner
    notices: NoticeBridge
    keystore: DeviceKeyStore = field(default_factory=DeviceKeyStore)
    clock: Clock = system_clock
    # None: calibrate Argon2 on this machine. Tests pass cheap parameters.
    kdf_params: Argon2Params | None = None
    # Monotonic seconds for the idle lock; tests inject a fake.
    idle_clock: Callable[[], float] = time.monotonic

    @property
    def config_store(self) -> ConfigStore:
        return ConfigStore(self.paths.config_file)

    @property
    def config(self) -> AppConfig:
        """The settings as they are in the file now (a read-only snapshot: change them
        with ``update_config``, never by editing this copy)."""
        return self.config_store.read()

    def update_config(self, change: Change) -> AppConfig:
        return self.config_store.update(change)
