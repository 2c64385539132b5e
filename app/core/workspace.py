"""An unlocked vault together with the services that work on it, wired explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.clock import Clock, system_clock
from app.core.journal import Journal
from app.core.vault import Vault


@dataclass
class Workspace:
    vault: Vault
    journal: Journal

    @classmethod
    def open(cls, vault: Vault, clock: Clock = system_clock) -> Workspace:
        return cls(vault=vault, journal=Journal(vault.database, clock))

    def lock(self) -> None:
        self.vault.lock()
