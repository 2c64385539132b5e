"""An unlocked vault together with the services that work on it, wired explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.clock import Clock, system_clock
from app.core.contacts import ContactsService
from app.core.journal import Journal
from app.core.questionnaires import QuestionnaireService
from app.core.vault import Vault
from app.core.watcher_service import CheckInLoader, WatcherService, no_checkins


@dataclass
class Workspace:
    vault: Vault
    journal: Journal
    watcher: WatcherService
    questionnaires: QuestionnaireService
    contacts: ContactsService

    @classmethod
    def open(
        cls,
        vault: Vault,
        clock: Clock = system_clock,
        load_checkins: CheckInLoader = no_checkins,
    ) -> Workspace:
        """``load_checkins`` feeds the watcher; pass the check-in store's range query."""
        journal = Journal(vault.database, clock)
        questionnaires = QuestionnaireService(vault.database, clock)
        watcher = WatcherService(
            vault.database,
            clock,
            load_checkins=load_checkins,
            load_entries=journal.entries_between,
            last_questionnaire=questionnaires.latest_taken_on,
        )
        return cls(
            vault=vault,
            journal=journal,
            watcher=watcher,
            questionnaires=questionnaires,
            contacts=ContactsService(vault.database, clock),
        )

    def lock(self) -> None:
        self.vault.lock()
