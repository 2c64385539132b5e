"""What the windows share, passed in explicitly (no global registry)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core import config as config_file
from app.core.clock import Clock, system_clock
from app.core.config import AppConfig
from app.core.kdf import Argon2Params
from app.platform.keyring_store import DeviceKeyStore
from app.platform.paths import AppPaths
from app.ui.notices import NoticeBridge
from app.ui.tasks import TaskRunner


@dataclass
class AppContext:
    paths: AppPaths
    config: AppConfig
    runner: TaskRunner
    notices: NoticeBridge
    keystore: DeviceKeyStore = field(default_factory=DeviceKeyStore)
    clock: Clock = system_clock
    # None: calibrate Argon2 on this machine. Tests pass cheap parameters.
    kdf_params: Argon2Params | None = None
    # Monotonic seconds for the idle lock; tests inject a fake.
    idle_clock: Callable[[], float] = time.monotonic

    def save_config(self) -> None:
        config_file.save(self.paths.config_file, self.config)
