"""An unlocked vault together with the services that work on it, wired explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.checkins import ActivityService, CheckInService
from app.core.clock import Clock, system_clock
from app.core.contacts import ContactsService
from app.core.insights import Insights
from app.core.journal import Journal
from app.core.questionnaires import QuestionnaireService
from app.core.safety_plan import SafetyPlanService
from app.core.vault import Vault
from app.core.watcher.engine import PHQ9
from app.core.watcher_service import WatcherService, phq9_taken


@dataclass
class Workspace:
    vault: Vault
    journal: Journal
    checkins: CheckInService
    activities: ActivityService
    insights: Insights
    watcher: WatcherService
    questionnaires: QuestionnaireService
    contacts: ContactsService
    safety_plan: SafetyPlanService

    @classmethod
    def open(cls, vault: Vault, clock: Clock = system_clock) -> Workspace:
        database = vault.database
        journal = Journal(database, clock)
        checkins = CheckInService(database, clock)
        questionnaires = QuestionnaireService(database, clock)
        watcher = WatcherService(
            database,
            clock,
            load_checkins=checkins.list_between,
            load_entries=journal.entries_between,
            last_questionnaire=questionnaires.latest_taken_on,
            last_phq9=lambda: phq9_taken(questionnaires.latest(PHQ9)),
            load_edited_checkins=checkins.edited_since,
            load_edited_entries=journal.edited_since,
        )
        return cls(
            vault=vault,
            journal=journal,
            checkins=checkins,
            activities=ActivityService(database),
            insights=Insights(database, checkins, journal, clock),
            watcher=watcher,
            questionnaires=questionnaires,
            contacts=ContactsService(database, clock),
            safety_plan=SafetyPlanService(database, clock),
        )

    def lock(self) -> None:
        self.vault.lock()
