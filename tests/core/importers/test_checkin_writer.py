"""Daylio check-ins stored for real: moods, activities found by name (renamed defaults
too) or added, entry links, one transaction, and nothing doubled on a second import."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.checkins import CheckIn
from app.core.errors import UsageError
from app.core.importers import (
    JournalImportSink,
    StoredCheckInWriter,
    import_batch,
    propose,
    read_daylio,
)
from app.core.workspace import Workspace
from tests.core.importers.helpers import DATA

BERLIN = ZoneInfo("Europe/Berlin")


def _import(workspace: Workspace, name: str = "daylio-export.csv"):
    daylio = read_daylio(DATA / name, BERLIN)
    batch = daylio.to_batch(propose(daylio.mood_labels).mapping)
    sink = JournalImportSink(workspace.journal, StoredCheckInWriter(workspace.vault.database))
    return import_batch(batch, sink)


def test_daylio_moods_activities_and_notes_arrive_linked(workspace: Workspace) -> None:
    result = _import(workspace)

    assert (result.entries_added, result.checkins_added) == (4, 5)
    checkins = workspace.checkins.list_between()
    assert [c.mood for c in checkins] == [1, 5, 2, 3, 4]  # oldest first
    newest = checkins[-1]
    assert newest.at == datetime(2026, 3, 16, 21, 40, tzinfo=BERLIN)
    assert newest.at.utcoffset() == datetime(2026, 3, 16, 21, 40, tzinfo=BERLIN).utcoffset()
    # "family" is the default "Family"; the others are new, in the group "Imported".
    assert set(newest.activities) == {"Family", "reading", "good sleep"}
    assert workspace.journal.get(str(newest.entry_id)).title == "Calmer day"
    imported = next(g for g in workspace.activities.list_grouped() if g.name == "Imported")
    assert {a.name for a in imported.activities} == {
        "reading",
        "good sleep",
        "job search",
        "tired",
        "walk",
        "cooking",
    }
    rejection = workspace.activities.with_key("rejection")
    assert rejection is not None and rejection.id in checkins[0].activity_ids


def test_renamed_defaults_are_found_by_their_new_name_and_by_their_own(
    workspace: Workspace,
) -> None:
    activities = workspace.activities
    rejection, hobby = activities.with_key("rejection"), activities.with_key("hobby")
    assert rejection is not None and hobby is not None
    activities.rename(rejection.id, "Turned down")  # Daylio still says "rejection"
    activities.rename(hobby.id, "Reading")  # Daylio says "reading"
    activities.set_hidden(hobby.id, True)
    before = len(activities.all())

    _import(workspace)

    by_mood = {c.mood: c for c in workspace.checkins.list_between()}
    assert "Turned down" in by_mood[1].activities
    assert "Reading" in by_mood[4].activities
    assert len(activities.all()) == before + 5  # good sleep, job search, tired, walk, cooking
    names = {a.name.casefold() for a in activities.all()}
    assert "rejection" not in names and names >= {"good sleep", "walk"}


def test_importing_twice_adds_no_check_in_and_no_activity(workspace: Workspace) -> None:
    _import(workspace)
    checkins, activities = workspace.checkins.list_between(), workspace.activities.all()

    again = _import(workspace)

    assert (again.checkins_added, again.checkins_already_here) == (0, 5)
    assert workspace.checkins.list_between() == checkins
    assert workspace.activities.all() == activities


def test_a_bad_check_in_stops_the_whole_batch_before_anything_is_written(
    workspace: Workspace,
) -> None:
    writer = StoredCheckInWriter(workspace.vault.database)
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    good = CheckIn(id="0f0e0d0c-0b0a-4909-8807-060504030201", at=at, mood=3, activities=("new",))
    bad = CheckIn(id="1f0e0d0c-0b0a-4909-8807-060504030201", at=at, mood=9)
    before = workspace.activities.all()

    with pytest.raises(UsageError):
        writer([good, bad], ["new"])

    assert workspace.checkins.list_between() == []
    assert workspace.activities.all() == before


def test_long_and_spaced_activity_names_are_tidied_once(workspace: Workspace) -> None:
    writer = StoredCheckInWriter(workspace.vault.database)
    long_name = "a  very " + "long " * 20
    checkin = CheckIn(
        id="2f0e0d0c-0b0a-4909-8807-060504030201",
        at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        mood=3,
        activities=(long_name, "A VERY " + "long " * 20),
    )
    assert writer([checkin], [long_name]) == 1
    (stored,) = workspace.checkins.list_between()
    (name,) = stored.activities
    assert len(name) <= 60 and "  " not in name and name.startswith("a very long")
