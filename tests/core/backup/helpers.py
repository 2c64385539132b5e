"""Shared helpers for backup tests: a vault with every kind of data, and full comparisons."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.backup import keys
from app.core.checkins import ActivityGroup, CheckIn, CheckInValues
from app.core.db.tables import SettingRow
from app.core.jobsearch import Stage
from app.core.journal import Entry, EntryFilter
from app.core.safety_plan import SafetyPlan
from app.core.workspace import Workspace
from tests.core.backup.watcher_data import (
    WATCHER_TABLES,
    all_contacts,
    all_prompts,
    all_results,
    fill_watcher_data,
)

MARKER = "zebra-quartz-marker-71"


def fill(workspace: Workspace) -> list[Entry]:
    """Entries with tags (one non-ASCII), a starred one, one in the trash, settings,
    activities (see fill_activities), check-ins (see fill_checkins), and watcher settings,
    questionnaire results, past prompts and trusted contacts (see fill_watcher_data), and a
    safety plan, and an opening and a person of the job search."""
    journal = workspace.journal
    plus_two = timezone(timedelta(hours=2))
    minus_five = timezone(timedelta(hours=-5))
    made = [
        journal.create(
            "Interview",
            f"It went fine. {MARKER}",
            ["work", "Jobs"],
            created_at=datetime(2026, 3, 14, 9, 30, 15, 123456, tzinfo=plus_two),
        ),
        journal.create(
            "",
            "No title, first line counts\nsecond line",
            ["über"],
            created_at=datetime(2026, 3, 15, 22, 5, tzinfo=minus_five),
            starred=True,
        ),
        journal.create(
            "Walk", "Sun out.", [], created_at=datetime(2026, 4, 1, 7, 0, tzinfo=plus_two)
        ),
    ]
    trashed = journal.create("Draft", "Not sure about this.", ["drafts"])
    journal.move_to_trash(trashed.id)
    with workspace.vault.database.session() as session:
        session.add(SettingRow(key="reminders.times", value=json.dumps(["09:00", "21:00"])))
    entries = [*made, journal.get(trashed.id)]
    fill_activities(workspace)
    fill_checkins(workspace, entries)
    fill_watcher_data(workspace, entries[0].id)
    workspace.safety_plan.save(
        SafetyPlan(warning_signs="Staying in bed", reasons_for_living=f"My niece. {MARKER}")
    )
    fill_job_search(workspace, entries[0].id)
    return entries


def fill_job_search(workspace: Workspace, entry_id: str) -> None:
    """An opening that was applied for and interviewed for, linked to an entry and to a
    person in the search. Stages are recorded without touching check-ins."""
    openings = workspace.jobs.openings
    opening = openings.add("Data analyst", f"Harbour Trust {MARKER}", note="ünïcode ✓")
    openings.record_stage(opening.id, Stage.APPLIED, date(2026, 3, 1))
    openings.record_stage(opening.id, Stage.INTERVIEWING, date(2026, 3, 14))
    openings.link_entry(opening.id, entry_id)
    person = workspace.jobs.people.add("Sam", "old team", date(2026, 2, 27))
    workspace.jobs.people.link_opening(person.id, opening.id)


def fill_activities(workspace: Workspace) -> None:
    """A renamed default (and a new activity under its old name), a hidden default, the
    defaults of a group reordered, a new group with two activities and an empty group."""
    activities = workspace.activities
    exercise = activities.with_key("exercise")
    networking = activities.with_key("networking")
    assert exercise is not None and networking is not None
    activities.rename(exercise.id, "Workout")
    activities.add("Exercise", exercise.group_id)
    activities.set_hidden(networking.id, True)
    people = next(g for g in activities.list_grouped(True) if g.name == "People")
    activities.reorder(people.id, [a.id for a in reversed(people.activities)])
    creative = activities.add_group("Creative")
    activities.add("Drawing", creative.id)
    activities.add("Guitar", creative.id)
    activities.add_group("Empty for now")


def fill_checkins(workspace: Workspace, entries: list[Entry]) -> list[CheckIn]:
    """Check-ins in two UTC offsets, with activities, sleep, a note and entry links."""
    by_name = {a.name: a.id for a in workspace.activities.all()}
    plus_two = timezone(timedelta(hours=2))
    minus_five = timezone(timedelta(hours=-5))
    checkins = workspace.checkins
    return [
        checkins.backfill(
            CheckInValues(
                mood=2,
                energy=1,
                interest=2,
                focus=3,
                sleep_hours=6.5,
                activity_ids=(by_name["Rejection"], by_name["Workout"], by_name["Drawing"]),
                note=f"A hard morning. {MARKER}",
                entry_id=entries[0].id,
            ),
            datetime(2026, 3, 14, 9, 45, tzinfo=plus_two),
        ),
        checkins.backfill(CheckInValues(mood=4), datetime(2026, 3, 15, 22, 30, tzinfo=minus_five)),
        checkins.backfill(
            CheckInValues(energy=3, activity_ids=(by_name["Exercise"],), entry_id=entries[2].id),
            datetime(2026, 4, 1, 7, 15, tzinfo=plus_two),
        ),
    ]


def all_activities(workspace: Workspace) -> list[ActivityGroup]:
    return workspace.activities.list_grouped(include_hidden=True)


def all_checkins(workspace: Workspace) -> list[CheckIn]:
    return sorted(workspace.checkins.list_between(), key=lambda checkin: checkin.id)


def all_entries(workspace: Workspace) -> list[Entry]:
    journal = workspace.journal
    ids = [s.id for s in journal.list_page(limit=10_000)[0]]
    ids += [s.id for s in journal.list_page(EntryFilter(in_trash=True), limit=10_000)[0]]
    return sorted((journal.get(entry_id) for entry_id in ids), key=lambda entry: entry.id)


def all_settings(workspace: Workspace) -> dict[str, object]:
    with workspace.vault.database.reader() as session:
        rows = session.execute(select(SettingRow.key, SettingRow.value))
        return {key: json.loads(value) for key, value in rows}


def everything(workspace: Workspace) -> dict[str, Any]:
    """Every kind of data the vault holds, as the services show it and as stored."""
    return {
        "entries": all_entries(workspace),
        "tags": workspace.journal.tags(),
        "settings": all_settings(workspace),
        "watcher settings": workspace.watcher.settings(),
        "activities": all_activities(workspace),
        "checkins": all_checkins(workspace),
        "questionnaires": all_results(workspace),
        "prompts": all_prompts(workspace),
        "contacts": all_contacts(workspace),
        "safety plan": workspace.safety_plan.get(),
        "openings": workspace.jobs.openings.all(),
        "search people": workspace.jobs.people.all(),
        **{table.name: stored_rows(workspace, table) for table in WATCHER_TABLES},
    }


def stored_rows(workspace: Workspace, table: Any) -> list[dict[str, Any]]:
    """A table's rows as stored, column by column, without the vault's own row numbers."""
    with workspace.vault.database.reader() as session:
        rows = [dict(row._mapping) for row in session.execute(select(table))]
    for row in rows:
        row.pop("pk")
    return sorted(rows, key=lambda row: row["id"])


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


def key_pair() -> keys.KeyPair:
    return keys.generate()
