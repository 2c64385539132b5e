"""The watcher's side of a full vault, made through the real services: watcher settings,
questionnaire results of both kinds, past prompts with evidence and responses, and trusted
contacts."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone
from typing import cast

from sqlalchemy import Table

from app.core.checkins import CheckIn
from app.core.clock import fixed_clock
from app.core.contacts import ContactsService, TrustedContact
from app.core.db.watcher_tables import PromptRow, QuestionnaireResultRow, TrustedContactRow
from app.core.journal import Entry
from app.core.questionnaires import QuestionnaireResult, QuestionnaireService
from app.core.watcher.model import ShownPrompt
from app.core.watcher_service import WatcherService
from app.core.workspace import Workspace
from tests.support.crisis_text import reads_nothing

WATCHER_TABLES = tuple(
    cast(Table, row.__table__) for row in (PromptRow, QuestionnaireResultRow, TrustedContactRow)
)
INDIA = timezone(timedelta(hours=5, minutes=30))
AUCKLAND = timezone(timedelta(hours=13))
PROMPT_DAY = date(2026, 5, 20)


def fill_watcher_data(workspace: Workspace, crisis_entry_id: str) -> None:
    """Past prompts first (they set the watcher's settings as the person answers them),
    then questionnaires and contacts."""
    fill_prompts(workspace, crisis_entry_id)
    database = workspace.vault.database
    early = QuestionnaireService(
        database, fixed_clock(datetime(2026, 3, 20, 9, 0, tzinfo=AUCKLAND))
    )
    early.record("phq9", [1, 2, 0, 3, 1, 1, 0, 2, 1], follow_up=2)
    early.record("who5", [3, 2, 2, 1, 4])
    later = QuestionnaireService(
        database, fixed_clock(datetime(2026, 4, 3, 18, 45, 30, 250000, tzinfo=INDIA))
    )
    later.record("phq9", [0] * 9)
    contacts = ContactsService(
        database, fixed_clock(datetime(2026, 2, 1, 12, 0, tzinfo=INDIA)), read_crisis=reads_nothing
    )
    sam = contacts.add("Sam", "07700 900123", "my brother")
    contacts.add("Jo Ånström", "jo@example.org")
    contacts.add("Careers adviser", "at the job club, Tuesdays")
    contacts.update(sam.id, note="my brother; call after 6")


def fill_prompts(workspace: Workspace, crisis_entry_id: str) -> list[ShownPrompt]:
    """Three prompts from the real watcher: a crisis prompt (its evidence an entry that is in
    the journal) and a support prompt on one day, another support prompt eight days later.
    The support prompts' evidence names two weeks of low check-ins no longer in the journal,
    as if deleted since. The person opened support on the first, snoozed the second and has
    not answered the third. Watcher settings change too (a region, a kind turned off)."""
    low_days = [PROMPT_DAY + timedelta(days=offset) for offset in range(-13, 9)]
    low = [
        CheckIn(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"deleted-check-in-{day}")),
            at=datetime(day.year, day.month, day.day, 8, 0, tzinfo=INDIA),
            energy=1,
            interest=2 if day.day % 3 else 4,
        )
        for day in low_days
    ]
    moment = datetime(PROMPT_DAY.year, PROMPT_DAY.month, PROMPT_DAY.day, 21, 15, tzinfo=INDIA)
    crisis = Entry(
        id=crisis_entry_id,
        title="",
        body="Everyone would be better off without me.",
        tags=(),
        created_at=moment - timedelta(hours=1),
        updated_at=moment - timedelta(hours=1),
    )

    def service(at: datetime) -> WatcherService:
        return WatcherService(
            workspace.vault.database,
            fixed_clock(at),
            load_checkins=lambda start, end: [c for c in low if start <= c.day <= end],
            load_entries=lambda start, end: (
                [crisis] if start <= crisis.created_at.date() <= end else []
            ),
        )

    first = service(moment)
    first.set_region("gb")
    shown = first.evaluate()
    assert [p.prompt.kind for p in shown] == ["crisis", "support"]
    first.respond(shown[0].id, "opened_support")
    first.snooze(shown[1].id, days=3)
    later = service(moment + timedelta(days=8, minutes=5))
    (third,) = later.evaluate()
    later.turn_off("support", days=30)
    return [*shown, third]


def all_results(workspace: Workspace) -> list[QuestionnaireResult]:
    return workspace.questionnaires.results()


def all_prompts(workspace: Workspace) -> list[ShownPrompt]:
    # By id: prompts shown at the same moment are listed in the order they were stored.
    return sorted(workspace.watcher.history(limit=10_000), key=lambda shown: shown.id)


def all_contacts(workspace: Workspace) -> list[TrustedContact]:
    return workspace.contacts.list()
