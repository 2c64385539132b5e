"""An unlocked vault together with the services that work on it, wired explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.checkins import ActivityService, CheckInService
from app.core.clock import Clock, system_clock
from app.core.insights import Insights
from app.core.journal import Journal
from app.core.vault import Vault


@dataclass
class Workspace:
    vault: Vault
    journal: Journal
    checkins: CheckInService
    activities: ActivityService
    insights: Insights

    @classmethod
    def open(cls, vault: Vault, clock: Clock = system_clock) -> Workspace:
        journal = Journal(vault.database, clock)
        checkins = CheckInService(vault.database, clock)
        return cls(
            vault=vault,
            journal=journal,
            checkins=checkins,
            activities=ActivityService(vault.database),
            insights=Insights(vault.database, checkins, journal, clock),
        )

    def lock(self) -> None:
        self.vault.lock()
