"""Writing and editing entries, tags, ids and bulk writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.core.errors import NotFoundError, UsageError
from app.core.journal import EntryFilter, NewEntry
from app.core.journal.service import normalise_tags
from tests.support.files import fingerprint


def test_created_entry_reads_back_with_its_moment_and_offset(journal, clock):
    written = datetime(2024, 12, 31, 23, 45, tzinfo=timezone(timedelta(hours=-5)))
    entry = journal.create("Title", "Body\nsecond line", ["Work"], created_at=written)

    loaded = journal.get(entry.id)

    assert loaded == entry
    assert loaded.created_at == written
    assert loaded.created_at.utcoffset() == timedelta(hours=-5)
    assert loaded.updated_at == clock()
    assert loaded.tags == ("Work",)
    assert loaded.deleted_at is None


def test_unknown_id_is_not_found(journal):
    with pytest.raises(NotFoundError, match="No entry with id"):
        journal.get("00000000-0000-0000-0000-000000000000")


def test_update_changes_what_is_given_and_moves_updated_at(journal, clock):
    entry = journal.create("Old title", "Old body", ["a"])
    later = clock.advance(minutes=5)

    updated = journal.update(entry.id, body="New body", starred=True)

    assert updated.title == "Old title"
    assert updated.body == "New body"
    assert updated.starred
    assert updated.tags == ("a",)
    assert updated.updated_at == later
    assert updated.created_at == entry.created_at
    assert journal.get(entry.id) == updated


def test_update_that_changes_nothing_writes_nothing(journal, clock, vault, vault_files):
    entry = journal.create("Title", "Body", ["Work", "home"], created_at=clock())
    vault.database.checkpoint()
    clock.advance(hours=1)
    before = fingerprint(vault_files.folder)

    same = journal.update(
        entry.id,
        title="Title",
        body="Body",
        tags=["work", "#Home"],
        starred=False,
        created_at=entry.created_at,
    )

    assert same.updated_at == entry.updated_at
    assert fingerprint(vault_files.folder) == before


def test_update_with_a_new_tag_set_replaces_the_tags(journal):
    entry = journal.create("T", "B", ["one", "two"])
    updated = journal.update(entry.id, tags=["two", "three"])
    assert updated.tags == ("three", "two")
    assert [tag.name for tag in journal.tags()] == ["three", "two"]


def test_tags_are_deduplicated_without_regard_to_case_and_hash_signs(journal):
    entry = journal.create("T", "B", ["Work", "work", "#WORK", " #Family ", "", "#", "  "])
    assert entry.tags == ("Family", "Work")

    other = journal.create("T2", "B2", ["family"])
    assert other.tags == ("Family",)  # the spelling already in the vault is reused
    assert [(tag.name, tag.entries) for tag in journal.tags()] == [("Family", 2), ("Work", 1)]


def test_tag_filter_ignores_case_and_hash_sign(journal):
    tagged = journal.create("Tagged", "", ["Interview"])
    journal.create("Untagged", "", [])
    for spelling in ("Interview", "interview", "#INTERVIEW"):
        summaries, _ = journal.list_page(EntryFilter(tag=spelling))
        assert [summary.id for summary in summaries] == [tagged.id]


def test_overlong_tag_is_refused_with_the_limit():
    with pytest.raises(UsageError, match="at most 100 characters"):
        normalise_tags(["x" * 101])


@pytest.mark.parametrize("length", [6, 8, 13, 36])
def test_unique_id_prefix_resolves_to_the_entry(journal, length):
    entry = journal.create("T", "B")
    journal.create("Other", "B")
    assert journal.resolve_id(entry.id[:length]) == entry.id
    assert journal.resolve_id(entry.id[:length].upper()) == entry.id


def test_ambiguous_id_prefix_asks_for_more_characters(journal):
    journal.create("A", "", entry_id="abcdef01-0000-4000-8000-000000000001")
    journal.create("B", "", entry_id="abcdef02-0000-4000-8000-000000000002")
    with pytest.raises(UsageError, match="More than one entry"):
        journal.resolve_id("abcdef0")
    assert journal.resolve_id("abcdef02").startswith("abcdef02")


def test_short_or_unknown_id_prefix_is_refused(journal):
    journal.create("A", "", entry_id="abcdef01-0000-4000-8000-000000000001")
    with pytest.raises(UsageError, match="at least 6 characters"):
        journal.resolve_id("abcde")
    with pytest.raises(NotFoundError, match="starts with 123456"):
        journal.resolve_id("123456")


def test_create_many_writes_every_draft_with_tags_and_dates(journal):
    base = datetime(2020, 1, 1, 8, 0, tzinfo=UTC)
    drafts = [
        NewEntry(
            title=f"Day {index}",
            body=f"body number {index}",
            tags=("Daily", "daily", f"#group{index % 3}"),
            created_at=base + timedelta(days=index),
        )
        for index in range(25)
    ]

    assert journal.create_many(drafts, batch_size=7) == 25

    assert journal.count() == 25
    newest, _ = journal.list_page(limit=1)
    assert newest[0].title == "Day 24"
    assert newest[0].tags == ("Daily", "group0")
    assert {tag.name: tag.entries for tag in journal.tags()} == {
        "Daily": 25,
        "group0": 9,
        "group1": 8,
        "group2": 8,
    }
    assert len(journal.search("number", limit=100)) == 25
