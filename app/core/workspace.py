"""An unlocked vault together with the services that work on it, wired explicitly.

The CLI and the window reach the database only through these services and verbs (backing
up, restoring, importing, checking), never by handing ``vault.database`` around.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.checkins import ActivityService, CheckInService
from app.core.clock import Clock, system_clock
from app.core.contacts import ContactsService
from app.core.crisis_text_watch import CrisisTextWatch
from app.core.db.integrity import IntegrityReport
from app.core.insights import Insights
from app.core.jobsearch import JobSearch
from app.core.journal import Journal
from app.core.progress import ProgressCallback
from app.core.questionnaires import QuestionnaireService
from app.core.safety_plan import SafetyPlanService
from app.core.vault import Vault
from app.core.watcher.engine import PHQ9
from app.core.watcher_service import WatcherService, phq9_taken

if TYPE_CHECKING:
    # Backups and imports are imported by the verbs that use them: a command that only
    # reads or adds an entry (`tend add`, `tend search`) never pays for them.
    from app.core.backup import BackupDocument, BackupResult, Passphrase, RestoreSummary
    from app.core.importers import ImportBatch, ImportResult

__all__ = ["IntegrityReport", "Workspace"]


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
    jobs: JobSearch
    # Every save of text outside the journal goes through it (docs/watcher.md).
    crisis_text: CrisisTextWatch
    clock: Clock = field(default=system_clock)

    @classmethod
    def open(cls, vault: Vault, clock: Clock = system_clock) -> Workspace:
        database = vault.database
        journal = Journal(database, clock)
        checkins = CheckInService(database, clock)
        activities = ActivityService(database)
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
        crisis_text = CrisisTextWatch(watcher)
        read_crisis = crisis_text.read
        return cls(
            vault=vault,
            journal=journal,
            checkins=checkins,
            activities=activities,
            insights=Insights(database, checkins, journal, clock),
            watcher=watcher,
            questionnaires=questionnaires,
            contacts=ContactsService(database, clock, read_crisis=read_crisis),
            safety_plan=SafetyPlanService(database, clock, read_crisis=read_crisis),
            jobs=JobSearch(database, checkins, activities, journal, clock, read_crisis=read_crisis),
            crisis_text=crisis_text,
            clock=clock,
        )

    # -- verbs on the whole journal ---------------------------------------------------------

    def back_up(
        self,
        destination: Path,
        *,
        passphrase: Passphrase | None = None,
        recipients: Sequence[str] = (),
        progress: ProgressCallback | None = None,
    ) -> BackupResult:
        """Write an encrypted backup of everything, read it back and check it."""
        from app.core.backup import create_backup

        return create_backup(
            self.vault.database,
            self.vault.vault_id,
            destination,
            passphrase=passphrase,
            recipients=recipients,
            clock=self.clock,
            progress=progress,
        )

    def preview_restore(self, document: BackupDocument) -> RestoreSummary:
        """What restoring ``document`` would change; writes nothing."""
        from app.core.backup import preview_restore

        return preview_restore(self.vault.database, document)

    def restore(
        self, document: BackupDocument, progress: ProgressCallback | None = None
    ) -> RestoreSummary:
        """Merge a backup into this journal, all or nothing."""
        from app.core.backup import restore_into

        return restore_into(self.vault.database, document, progress)

    def import_batch(
        self, batch: ImportBatch, progress: ProgressCallback | None = None
    ) -> ImportResult:
        """Write a checked import: entries, then check-ins, each all or nothing."""
        from app.core.importers import JournalImportSink, StoredCheckInWriter
        from app.core.importers import import_batch as write_batch

        sink = JournalImportSink(self.journal, StoredCheckInWriter(self.vault.database, self.clock))
        return write_batch(batch, sink, progress)

    def check_integrity(self) -> IntegrityReport:
        """Both database checks and a read-back of the key file; changes nothing."""
        return self.vault.check()

    def lock(self) -> None:
        self.vault.lock()
