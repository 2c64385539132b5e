"""The registry of backup sections: one module per kind of data, listed here explicitly.

To back up a new kind of data, write a module with a class that follows BackupSection
(see base.py) and add an instance to SECTIONS, then describe it in docs/backup-format.md.
"""

from __future__ import annotations

from app.core.backup.sections.activities import ActivitiesSection
from app.core.backup.sections.base import BackupSection, MergeContext, SectionChanges
from app.core.backup.sections.checkins import CheckInsSection
from app.core.backup.sections.contacts import ContactsSection
from app.core.backup.sections.entries import EntriesSection
from app.core.backup.sections.openings import OpeningsSection
from app.core.backup.sections.prompt_history import PromptHistorySection
from app.core.backup.sections.questionnaires import QuestionnairesSection
from app.core.backup.sections.safety_plan import SafetyPlanSection
from app.core.backup.sections.search_people import SearchPeopleSection
from app.core.backup.sections.settings import SettingsSection

# Restored in this order, so links resolve: check-ins link to entries and activities. Past
# prompts come after both, whose ids their evidence names (without requiring them: the
# evidence may name entries deleted since).
SECTIONS: tuple[BackupSection, ...] = (
    EntriesSection(),
    SettingsSection(),
    ActivitiesSection(),
    CheckInsSection(),
    QuestionnairesSection(),
    PromptHistorySection(),
    ContactsSection(),
    SafetyPlanSection(),
    # Openings link to entries; people link to openings.
    OpeningsSection(),
    SearchPeopleSection(),
)

# Sections the format describes that this version of Tend does not hold yet (name: what
# they hold, for people). A backup that carries items in one of them is refused with its
# name rather than restored in part. Every section described so far is held.
PLANNED_SECTIONS: dict[str, str] = {}


def section_named(name: str) -> BackupSection | None:
    return next((section for section in SECTIONS if section.name == name), None)


__all__ = [
    "PLANNED_SECTIONS",
    "SECTIONS",
    "BackupSection",
    "MergeContext",
    "SectionChanges",
    "section_named",
]
