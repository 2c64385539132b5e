"""Regression tests for what fuzzing the importers found.

Fixed here: a year before 1000 was stored without its leading zeros. Known and fixed
elsewhere (strict xfail until then, so the fix shows up as an unexpected pass to remove the
mark): the calendar's edges, lone surrogates and over-long numbers end in a traceback.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.backup import Identities, create_backup, keys, open_backup_file
from app.core.checkins import CheckInValues
from app.core.clock import from_utc_text, to_utc_text
from app.core.errors import TendError
from app.core.importers import (
    ImportBatch,
    JournalImportSink,
    StoredCheckInWriter,
    import_batch,
    read_dayone,
)
from app.core.importers.daylio import parse_daylio
from app.core.importers.jrnl import parse_jrnl
from app.core.workspace import Workspace
from tests.reliability.vault_state import vault_state

DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
KNOWN = "a known traceback, fixed with the other listed tracebacks of issue 10, item 3"
BACKUP_RANGE = (
    "imports take any year, backups only 1900-9998, so after such an import no backup can "
    "be made (issue 10, item 1: the writer and the reader must accept the same documents)"
)


def daylio_row(day: str, clock: str) -> Callable[[], ImportBatch]:
    data = (DAYLIO_HEADER + f"{day},x,x,{clock},rad,Exercise,Title,A note\n").encode()
    return lambda: parse_daylio(data, "export.csv").to_batch({"rad": 5})


def jrnl_entry(day: str = "2024-05-14", body: str = '"A body"') -> Callable[[], ImportBatch]:
    text = f'{{"entries": [{{"title": "T", "body": {body}, "date": "{day}", "time": "09:30"}}]}}'
    return lambda: parse_jrnl(text.encode(), "export.json")


def assert_refused_and_unchanged(workspace: Workspace, read: Callable[[], ImportBatch]) -> None:
    database = workspace.vault.database
    before = vault_state(database)
    with pytest.raises(TendError):
        import_batch(read(), JournalImportSink(workspace.journal, StoredCheckInWriter(database)))
    assert vault_state(database) == before


def test_a_moment_before_the_year_1000_is_stored_as_fixed_width_text() -> None:
    moment = datetime(233, 7, 17, 10, 28, tzinfo=timezone(timedelta(hours=2)))
    stored = to_utc_text(moment)
    assert stored == "0233-07-17T08:28:00.000000Z"
    assert len(stored) == len(to_utc_text(datetime(2026, 1, 1, tzinfo=UTC)))
    assert from_utc_text(stored, 120) == moment


def test_a_check_in_or_an_entry_in_the_year_233_is_refused_and_nothing_is_stored(
    workspace: Workspace,
) -> None:
    """Fuzzing found it through a Daylio row: stored, such a time broke every listing.
    Every door now takes the years a backup can hold (1900-9998) and refuses the rest."""
    moment = datetime(233, 7, 17, 10, 28, tzinfo=UTC)
    before = vault_state(workspace.vault.database)
    with pytest.raises(TendError, match="1900 and 9998"):
        workspace.checkins.backfill(CheckInValues(mood=5), moment)
    with pytest.raises(TendError, match="1900 and 9998"):
        workspace.journal.create("Old", "A note", [], created_at=moment)
    assert vault_state(workspace.vault.database) == before
    assert workspace.checkins.list_between() == []


@pytest.mark.parametrize(
    "read",
    [jrnl_entry(day="1850-07-17"), daylio_row("0233-07-17", "10:28")],
    ids=["jrnl", "daylio"],
)
def test_whatever_an_import_accepts_a_backup_can_hold(
    workspace: Workspace, tmp_path: Path, read: Callable[[], ImportBatch]
) -> None:
    database = workspace.vault.database
    before = vault_state(database)
    try:
        import_batch(read(), JournalImportSink(workspace.journal, StoredCheckInWriter(database)))
    except TendError:
        assert vault_state(database) == before  # refusing the date at the door is fine too
        return
    pair = keys.generate()
    result = create_backup(
        database, workspace.vault.vault_id, tmp_path / "b.tend.age", recipients=[pair.public_key]
    )
    document = open_backup_file(result.path, Identities((pair.secret_key,)))
    assert document.count("entries") == workspace.journal.count()


@pytest.fixture
def new_york_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's local time zone is New York for the test (as `TZ=... tend` would be)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_daylio_day_in_the_year_1_is_refused_cleanly(workspace: Workspace) -> None:
    assert_refused_and_unchanged(workspace, daylio_row("0001-01-01", "00:00"))


def test_a_jrnl_day_in_the_year_1_is_refused_cleanly(workspace: Workspace) -> None:
    assert_refused_and_unchanged(workspace, jrnl_entry(day="0001-01-01"))


def test_the_last_minute_of_9999_in_new_york_is_refused_cleanly(
    workspace: Workspace, new_york_time: None
) -> None:
    assert_refused_and_unchanged(workspace, daylio_row("9999-12-31", "23:59"))


def test_a_lone_surrogate_in_jrnl_is_refused_cleanly(workspace: Workspace) -> None:
    assert_refused_and_unchanged(workspace, jrnl_entry(body='"before \\ud800 after"'))


def test_a_lone_surrogate_in_day_one_is_refused_cleanly(
    workspace: Workspace, tmp_path: Path
) -> None:
    entry = '{"uuid": "9F1C2D3E4A5B4C6D8E7F9A0B1C2D3E4F", "creationDate": "2024-05-14T08:30:12Z"'
    path = tmp_path / "Journal.json"
    path.write_text(f'{{"entries": [{entry}, "text": "a \\udc00 b"}}]}}', encoding="utf-8")
    assert_refused_and_unchanged(workspace, lambda: read_dayone(path))


def test_a_5000_digit_number_in_jrnl_is_refused_cleanly(workspace: Workspace) -> None:
    document = {"entries": [], "tags": {"@work": 0}}
    text = json.dumps(document).replace('"@work": 0', '"@work": ' + "9" * 5000)
    assert_refused_and_unchanged(workspace, lambda: parse_jrnl(text.encode(), "export.json"))
