"""Hypothesis fuzzing of every importer (Daylio CSV, jrnl JSON, Day One zip and JSON): a
file is either imported whole or refused with one of the importers' own errors, and a
refused file leaves the journal exactly as it was. No other exception may escape.

Derandomized, so CI runs the same examples every time; tests/core/importers has the
mutation-based properties these build on.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.importers import (
    ImportBatch,
    JournalImportSink,
    StoredCheckInWriter,
    import_batch,
    read_dayone,
)
from app.core.importers.daylio import parse_daylio
from app.core.importers.errors import ImportFormatError, MoodMappingError
from app.core.importers.jrnl import parse_jrnl
from app.core.workspace import Workspace
from tests.reliability.fuzz_documents import (
    FUZZ,
    daylio_csv,
    dayone_journal,
    dayone_members,
    jrnl_json,
)
from tests.reliability.vault_state import vault_state

# The importers' documented refusals (app/core/importers/errors.py).
REFUSALS = (ImportFormatError, MoodMappingError)
ZONES = st.sampled_from(
    [None, ZoneInfo("America/New_York"), ZoneInfo("Asia/Kathmandu"), ZoneInfo("Pacific/Auckland")]
)
OUTCOMES: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def report_outcomes() -> Iterator[None]:
    yield
    for name in sorted({key.split(":")[0] for key in OUTCOMES}):
        print(
            f"\nfuzz {name}: {OUTCOMES[name + ':imported']} imported, "
            f"{OUTCOMES[name + ':refused']} refused"
        )


def import_or_refuse(workspace: Workspace, target: str, read: Callable[[], ImportBatch]) -> None:
    """The whole batch comes in, or a documented refusal and not one row changed."""
    database = workspace.vault.database
    before = vault_state(database)
    sink = JournalImportSink(workspace.journal, StoredCheckInWriter(database))
    try:
        batch = read()
        import_batch(batch, sink)
    except REFUSALS:
        assert vault_state(database) == before
        OUTCOMES[f"{target}:refused"] += 1
        return
    OUTCOMES[f"{target}:imported"] += 1
    for entry in batch.entries:
        stored = workspace.journal.get(entry.id)
        assert (stored.title, stored.body, stored.starred) == (
            entry.title,
            entry.body,
            entry.starred,
        ) or any(row[1] == entry.id for row in before["entries"])
    stored_checkins = {checkin.id for checkin in workspace.checkins.list_between()}
    assert {checkin.id for checkin in batch.checkins} <= stored_checkins


@pytest.mark.slow
@FUZZ
@given(data=daylio_csv(), zone=ZONES, moods=st.dictionaries(st.text(max_size=5), st.integers(1, 5)))
def test_any_daylio_csv_imports_whole_or_is_refused_cleanly(
    workspace: Workspace, data: bytes, zone: ZoneInfo | None, moods: dict[str, int]
) -> None:
    def read() -> ImportBatch:
        daylio = parse_daylio(data, "export.csv", zone)
        # Mostly a value for every mood; sometimes only the drawn ones (then it is refused).
        confirmed = {**{label: 3 for label in daylio.mood_labels if len(label) % 4}, **moods}
        return daylio.to_batch(confirmed)

    import_or_refuse(workspace, "daylio", read)


@pytest.mark.slow
@FUZZ
@given(data=jrnl_json(), zone=ZONES)
def test_any_jrnl_json_imports_whole_or_is_refused_cleanly(
    workspace: Workspace, data: bytes, zone: ZoneInfo | None
) -> None:
    import_or_refuse(workspace, "jrnl", lambda: parse_jrnl(data, "export.json", zone))


@pytest.mark.slow
@FUZZ
@given(
    members=dayone_members(),
    compression=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
)
def test_any_day_one_zip_imports_whole_or_is_refused_cleanly(
    workspace: Workspace, tmp_path: Path, members: dict[str, bytes], compression: int
) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    import_or_refuse(workspace, "dayone-zip", lambda: read_dayone(path))


@pytest.mark.slow
@FUZZ
@given(data=dayone_journal())
def test_any_day_one_json_file_imports_whole_or_is_refused_cleanly(
    workspace: Workspace, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "Journal.json"
    path.write_bytes(data)
    import_or_refuse(workspace, "dayone-json", lambda: read_dayone(path))
