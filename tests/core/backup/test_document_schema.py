"""The document validator: strict types and ranges, and a path to whatever is wrong."""

from __future__ import annotations

import copy
import gzip
import json
from typing import Any

import pytest

from app.core.backup.document import read_document
from app.core.backup.errors import BackupSchemaError, BackupTooNewError

ENTRY = {
    "id": "3c1d6a0e-8f2b-4d7c-9e1a-2b3c4d5e6f70",
    "title": "A title",
    "body": "A body.",
    "tags": ["work"],
    "created_at": "2026-11-19T21:15:00.000000+01:00",
    "updated_at": "2026-11-19T21:16:00.000000+00:00",
    "starred": False,
    "deleted_at": None,
}
DOCUMENT: dict[str, Any] = {
    "format": "tend-backup",
    "version": 1,
    "created_at": "2026-11-20T10:00:00Z",
    "app_version": "0.1.0",
    "vault_id": "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
    "sections": {
        "entries": {"version": 1, "items": [ENTRY]},
        "settings": {"version": 1, "items": [{"key": "a", "value": {"b": [1, 2]}}]},
    },
}


def _with(path: list[object], value: object) -> bytes:
    document = copy.deepcopy(DOCUMENT)
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return gzip.compress(json.dumps(document).encode())


def test_a_complete_document_reads_back() -> None:
    document = read_document(_with(["version"], 1))
    (entry,) = document.records["entries"]
    assert entry.title == "A title" and entry.tags == ("work",)
    assert document.count("settings") == 1


def test_plain_json_without_gzip_is_accepted() -> None:
    assert read_document(json.dumps(DOCUMENT).encode()).count("entries") == 1


def test_minimal_entries_take_defaults() -> None:
    minimal = {"id": ENTRY["id"], "body": "x", "created_at": "2026-01-01T00:00:00Z"}
    (entry,) = read_document(_with(["sections", "entries", "items", 0], minimal)).records["entries"]
    assert entry.title == "" and entry.tags == () and entry.updated_at == entry.created_at


ENTRY_PATH = ["sections", "entries", "items", 0]


@pytest.mark.parametrize(
    ("path", "value", "named", "words"),
    [
        (["format"], "other", "format", "tend-backup"),
        (["vault_id"], "not-a-uuid", "vault_id", "UUID"),
        (["created_at"], "2026-11-20T10:00:00", "created_at", "no UTC offset"),
        (["sections", "entries", "version"], "1", "sections.entries.version", "whole number"),
        ([*ENTRY_PATH, "id"], ENTRY["id"].upper(), "sections.entries.items[0].id", "lower case"),
        ([*ENTRY_PATH, "created_at"], "yesterday", "sections.entries.items[0].created_at", "time"),
        ([*ENTRY_PATH, "starred"], 1, "sections.entries.items[0].starred", "true or false"),
        ([*ENTRY_PATH, "body"], None, "sections.entries.items[0].body", "expected text"),
        ([*ENTRY_PATH, "body"], KeyError, "sections.entries.items[0].body", "missing"),
        ([*ENTRY_PATH, "tags"], ["ok", ""], "sections.entries.items[0].tags[1]", "empty"),
        ([*ENTRY_PATH, "tags"], ["x" * 101], "sections.entries.items[0].tags[0]", "100"),
        ([*ENTRY_PATH, "mood"], 3, "sections.entries.items[0].mood", "isn't part of the format"),
        (["extra"], 1, "extra", "isn't part of the format"),
        (
            ["sections", "settings", "items", 0, "key"],
            "",
            "sections.settings.items[0].key",
            "empty",
        ),
    ],
)
def test_a_mismatch_names_its_path(
    path: list[object], value: object, named: str, words: str
) -> None:
    with pytest.raises(BackupSchemaError) as caught:
        read_document(_with(path, value))
    assert caught.value.path == named
    assert words in caught.value.message


def test_a_duplicate_id_is_refused() -> None:
    with pytest.raises(BackupSchemaError) as caught:
        read_document(_with(["sections", "entries", "items"], [ENTRY, ENTRY]))
    assert caught.value.path == "sections.entries.items[1].id"


def test_a_newer_format_is_refused_as_too_new() -> None:
    with pytest.raises(BackupTooNewError, match="newer version of Tend"):
        read_document(_with(["version"], 2))


def test_a_newer_section_version_is_refused_as_too_new() -> None:
    with pytest.raises(BackupTooNewError, match="entries"):
        read_document(_with(["sections", "entries", "version"], 2))


def test_a_section_this_version_does_not_know_is_named_not_dropped() -> None:
    future = {"version": 1, "items": [{"id": ENTRY["id"]}]}
    with pytest.raises(
        BackupTooNewError, match=r'a kind of data this Tend doesn.t know \("goals"\)'
    ):
        read_document(_with(["sections", "goals"], future))


def test_an_empty_section_this_version_does_not_know_is_ignored() -> None:
    document = read_document(_with(["sections", "goals"], {"version": 1, "items": []}))
    assert set(document.records) == {"entries", "settings"}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"{not json", "isn't valid JSON"),
        (gzip.compress(b"[1, 2]"), "expected an object"),
        (gzip.compress(b"{}")[:-6], "ends too early"),
        (b"\xff\xfe{}", "UTF-8"),
    ],
)
def test_a_broken_document_is_a_schema_error(data: bytes, words: str) -> None:
    with pytest.raises(BackupSchemaError, match=words):
        read_document(data)
