"""Property tests: malformed CSV, JSON and zips always end in a clean TendError, never in a
crash, and never in a partial import (the journal is unchanged after a refusal)."""

from __future__ import annotations

import json
import random
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import TendError
from app.core.importers import ImportBatch, JournalImportSink, StoredCheckInWriter, import_batch
from app.core.importers.daylio import parse_daylio
from app.core.importers.dayone import read_dayone
from app.core.importers.jrnl import parse_jrnl
from app.core.workspace import Workspace
from tests.core.importers.helpers import DATA

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
CSV_ALPHABET = st.sampled_from(
    [*list('abc019:-, |"\n\r\t'), "2026-03-14", "20:15", "8:15 pm", "rad"]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _import_or_refuse(workspace: Workspace, read: Any) -> None:
    """Either the whole file comes in, or a TendError and the journal is as it was."""
    before = (workspace.journal.count(), len(workspace.checkins.list_between()))
    writer = StoredCheckInWriter(workspace.vault.database)
    sink = JournalImportSink(workspace.journal, checkin_writer=writer)
    try:
        batch = read()
        if hasattr(batch, "to_batch"):
            batch = batch.to_batch({label: 3 for label in batch.mood_labels})
        assert isinstance(batch, ImportBatch)
        import_batch(batch, sink)
    except TendError:
        assert (workspace.journal.count(), len(workspace.checkins.list_between())) == before


@PROPERTY_SETTINGS
@given(body=st.lists(CSV_ALPHABET, max_size=60).map("".join), with_header=st.booleans())
def test_malformed_daylio_csv_is_refused_cleanly(
    workspace: Workspace, body: str, with_header: bool
) -> None:
    text = (DAYLIO_HEADER if with_header else "") + body
    _import_or_refuse(workspace, lambda: parse_daylio(text.encode(), "x.csv"))


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=200))
def test_random_bytes_as_daylio_are_refused_cleanly(workspace: Workspace, data: bytes) -> None:
    _import_or_refuse(workspace, lambda: parse_daylio(data, "x.csv"))


def _mutate(value: Any, rng: random.Random, replacement: Any) -> Any:
    """Replace one randomly chosen node of a JSON value."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(sorted(value))
        return {**value, key: _mutate(value[key], rng, replacement)}
    if isinstance(value, list) and value and rng.random() < 0.8:
        index = rng.randrange(len(value))
        return [*value[:index], _mutate(value[index], rng, replacement), *value[index + 1 :]]
    return replacement


JRNL_SAMPLE = json.loads((DATA / "jrnl-export.json").read_text())
DAYONE_SAMPLE = json.loads(zipfile.ZipFile(DATA / "dayone-export.zip").read("Journal.json"))


@PROPERTY_SETTINGS
@given(seed=st.integers(0, 2**32), replacement=JSON_VALUES)
def test_mutated_jrnl_json_is_refused_cleanly(
    workspace: Workspace, seed: int, replacement: Any
) -> None:
    document = _mutate(JRNL_SAMPLE, random.Random(seed), replacement)
    _import_or_refuse(workspace, lambda: parse_jrnl(json.dumps(document).encode()))


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=300) | JSON_VALUES.map(lambda value: json.dumps(value).encode()))
def test_arbitrary_json_or_bytes_as_jrnl_is_refused_cleanly(
    workspace: Workspace, data: bytes
) -> None:
    _import_or_refuse(workspace, lambda: parse_jrnl(data))


def _write_zip(folder: Path, members: dict[str, bytes]) -> Path:
    path = Path(tempfile.mkstemp(suffix=".zip", dir=folder)[1])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@PROPERTY_SETTINGS
@given(seed=st.integers(0, 2**32), replacement=JSON_VALUES)
def test_mutated_day_one_journal_in_a_zip_is_refused_cleanly(
    workspace: Workspace, tmp_path: Path, seed: int, replacement: Any
) -> None:
    document = _mutate(DAYONE_SAMPLE, random.Random(seed), replacement)
    path = _write_zip(tmp_path, {"Journal.json": json.dumps(document).encode()})
    _import_or_refuse(workspace, lambda: read_dayone(path))


ZIP_SAMPLE = (DATA / "dayone-export.zip").read_bytes()


@PROPERTY_SETTINGS
@given(
    flips=st.lists(st.tuples(st.integers(0, len(ZIP_SAMPLE) - 1), st.integers(1, 255)), max_size=6),
    cut=st.integers(0, len(ZIP_SAMPLE)),
)
def test_damaged_zip_bytes_are_refused_cleanly(
    workspace: Workspace, tmp_path: Path, flips: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(ZIP_SAMPLE)
    for position, mask in flips:
        data[position] ^= mask
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data[: max(cut, 1)] if cut < len(data) // 2 else data))
    _import_or_refuse(workspace, lambda: read_dayone(path))


def test_the_sample_files_themselves_import(workspace: Workspace) -> None:
    before = workspace.journal.count()
    _import_or_refuse(workspace, lambda: read_dayone(DATA / "dayone-export.zip"))
    assert workspace.journal.count() == before + 3
