"""Daylio CSV: both header layouts, 12- and 24-hour times, activities, confirmed moods."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.importers import (
    JournalImportSink,
    StoredCheckInWriter,
    import_batch,
    preview,
    propose,
    read_daylio,
)
from app.core.importers.daylio import parse_daylio
from app.core.importers.errors import (
    CheckInsUnavailableError,
    ImportFormatError,
    MoodMappingError,
)
from app.core.workspace import Workspace
from tests.core.importers.helpers import DATA

BERLIN = ZoneInfo("Europe/Berlin")


def _batch(name: str):
    daylio = read_daylio(DATA / name, BERLIN)
    return daylio.to_batch(propose(daylio.mood_labels).mapping)


def test_new_layout_gives_check_ins_activities_and_notes_as_entries() -> None:
    batch = _batch("daylio-export.csv")
    assert len(batch.checkins) == 5
    moods = [checkin.mood for checkin in batch.checkins]
    assert moods == [4, 3, 2, 5, 1]
    first = batch.checkins[0]
    assert first.at == datetime(2026, 3, 16, 21, 40, tzinfo=BERLIN)
    assert first.activities == ("family", "reading", "good sleep")
    assert set(batch.activity_names) >= {"job search", "rejection", "walk"}
    titles = {entry.title for entry in batch.entries}
    assert titles == {
        "Calmer day",
        "Meh · job search, tired",
        "Interview!",
        "Awful · job search, rejection",
    }
    calmer = next(entry for entry in batch.entries if entry.title == "Calmer day")
    assert calmer.body == "Called Mum.\nRead two chapters before bed."
    assert first.entry_id == calmer.id
    assert batch.checkins[2].entry_id is None  # no note, no entry
    multi_line = next(entry for entry in batch.entries if entry.title == "Interview!")
    assert multi_line.body.count("\n") == 1
    assert any(entry.body.endswith("Not giving up.") for entry in batch.entries)


def test_old_layout_with_twelve_hour_times() -> None:
    batch = _batch("daylio-export-old.csv")
    times = [checkin.at.replace(tzinfo=None) for checkin in batch.checkins]
    assert times == [
        datetime(2018, 5, 18, 23, 54),
        datetime(2018, 5, 17, 22, 21),
        datetime(2018, 5, 16, 0, 5),
        datetime(2018, 5, 15, 7, 30),
    ]
    assert batch.checkins[1].activities == ("cook", "stressed")
    assert next(entry.body for entry in batch.entries) == "Went to a party"


def test_renamed_moods_need_a_confirmed_value() -> None:
    daylio = read_daylio(DATA / "daylio-export-renamed-moods.csv", BERLIN)
    proposal = propose(daylio.mood_labels)
    assert proposal.unknown == ("super", "so-so", "down")
    with pytest.raises(MoodMappingError, match='"super", "so-so", "down"'):
        daylio.to_batch(proposal.mapping)
    batch = daylio.to_batch({"super": 5, "so-so": 3, "down": 2})
    assert [checkin.mood for checkin in batch.checkins] == [5, 3, 2]


def test_the_proposal_maps_the_default_labels() -> None:
    proposal = propose(["rad", "Good", "meh", "bad", "awful"])
    assert proposal.mapping == {"rad": 5, "Good": 4, "meh": 3, "bad": 2, "awful": 1}
    assert proposal.complete


def test_importing_twice_adds_nothing_the_second_time(workspace: Workspace) -> None:
    writer = StoredCheckInWriter(workspace.vault.database)
    sink = JournalImportSink(workspace.journal, checkin_writer=writer)
    first = import_batch(_batch("daylio-export.csv"), sink)
    activities = workspace.activities.all()
    second = import_batch(_batch("daylio-export.csv"), sink)
    assert (first.entries_added, first.checkins_added) == (4, 5)
    assert (second.entries_added, second.checkins_added) == (0, 0)
    assert second.entries_already_here == 4 and second.checkins_already_here == 5
    assert workspace.journal.count() == 4 and len(workspace.checkins.list_between()) == 5
    assert workspace.activities.all() == activities


def test_without_check_in_storage_nothing_is_imported(workspace: Workspace) -> None:
    with pytest.raises(CheckInsUnavailableError, match="can't store check-ins yet"):
        import_batch(_batch("daylio-export.csv"), JournalImportSink(workspace.journal))
    assert workspace.journal.count() == 0


def test_preview_counts_and_dates() -> None:
    shown = preview(_batch("daylio-export.csv"))
    assert (shown.entries, shown.checkins) == (4, 5)
    assert str(shown.first_day) == "2026-03-13" and str(shown.last_day) == "2026-03-16"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            "full_date,date,weekday,time,mood,activities,note_title,note\n"
            "2026-03-16,March 16,Monday,21:40,good,,\n",
            2,
            "expected 8 columns",
        ),
        (
            "full_date,date,weekday,time,mood,activities,note_title,note\n"
            "2026-03-16,March 16,Monday,21:40,good,,,\n2026-13-01,x,y,10:00,good,,,\n",
            3,
            "full_date",
        ),
        (
            "full_date,date,weekday,time,mood,activities,note_title,note\n"
            "2026-03-16,March 16,Monday,25:99,good,,,\n",
            2,
            "time",
        ),
        (
            "year,date,weekday,time,mood,activities,note\n2018,Mayday,Fri,1:00 pm,good,,\n",
            2,
            "date",
        ),
        ("name,age\nx,1\n", 1, "isn't a Daylio export header"),
        (
            "full_date,date,weekday,time,mood,activities,note_title,note\n"
            '2026-03-16,March 16,Monday,21:40,good,"a,b\n',
            2,
            "malformed",
        ),
    ],
)
def test_a_malformed_file_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_daylio(text.encode(), "export.csv", BERLIN)
    assert f"Line {line} " in caught.value.message
    assert words in caught.value.message


def test_a_note_never_comes_in_as_both_title_and_body() -> None:
    daylio = parse_daylio(
        (
            "full_date,date,weekday,time,mood,activities,note_title,note\n"
            '2026-03-15,March 15,Sunday,18:05,meh,"job search | tired",,"Two more sent."\n'
            '2026-03-14,March 14,Saturday,13:30,rad,"",Interview!,"Interview!<br>It went well."\n'
            '2026-03-13,March 13,Friday,09:00,good,"",,"Slept in."\n'
            "2026-03-12,March 12,Thursday,09:00,good,"
            f'"{" | ".join(f"activity {n}" for n in range(20))}",,"Busy."\n'
        ).encode(),
        zone=BERLIN,
    )
    batch = daylio.to_batch(propose(daylio.mood_labels).mapping)
    fields = [(entry.title, entry.body) for entry in batch.entries]
    assert fields[:3] == [
        ("Meh · job search, tired", "Two more sent."),
        ("Interview!", "It went well."),
        ("Good", "Slept in."),
    ]
    long_title, body = fields[3]
    assert body == "Busy."
    assert len(long_title) <= 80 and long_title.startswith("Good · activity 0, activity 1")
    assert long_title.endswith("…")
    for title, body in fields:
        assert title.strip() and title not in body
