"""Trash, restore, delete forever and emptying the trash by age."""

from __future__ import annotations

import pytest

from app.core.errors import NotFoundError
from app.core.journal import EntryFilter


def listed(journal, in_trash=False):
    page, _ = journal.list_page(EntryFilter(in_trash=in_trash))
    return [summary.id for summary in page]


def test_trashed_entry_leaves_the_list_and_search_and_restores(journal, clock):
    entry = journal.create("Garden", "planted tomatoes")
    journal.move_to_trash(entry.id)

    assert listed(journal) == []
    assert listed(journal, in_trash=True) == [entry.id]
    assert journal.search("tomatoes") == []
    assert journal.get(entry.id).deleted_at == clock()

    journal.restore_from_trash(entry.id)

    assert listed(journal) == [entry.id]
    assert listed(journal, in_trash=True) == []
    assert [hit.id for hit in journal.search("tomatoes")] == [entry.id]
    assert journal.get(entry.id).deleted_at is None


def test_delete_forever_removes_entry_and_unused_tags(journal):
    gone = journal.create("Gone", "text", ["only-here", "shared"])
    kept = journal.create("Kept", "text", ["shared"])

    assert journal.delete_forever([gone.id]) == 1

    with pytest.raises(NotFoundError):
        journal.get(gone.id)
    assert listed(journal) == [kept.id]
    assert [tag.name for tag in journal.tags()] == ["shared"]


def test_delete_forever_of_nothing_is_nothing(journal):
    assert journal.delete_forever([]) == 0
    assert journal.delete_forever(["no-such-id"]) == 0


def test_empty_trash_deletes_only_what_waited_long_enough(journal, clock):
    old = journal.create("Old", "")
    recent = journal.create("Recent", "")
    live = journal.create("Live", "")
    journal.move_to_trash(old.id)
    clock.advance(days=25)
    journal.move_to_trash(recent.id)
    clock.advance(days=6)

    assert journal.empty_trash(older_than_days=30) == 1

    assert listed(journal, in_trash=True) == [recent.id]
    assert listed(journal) == [live.id]
    assert journal.empty_trash() == 1
    assert listed(journal, in_trash=True) == []
    assert listed(journal) == [live.id]


def test_trash_of_unknown_entry_is_not_found(journal):
    with pytest.raises(NotFoundError):
        journal.move_to_trash("missing")
    with pytest.raises(NotFoundError):
        journal.restore_from_trash("missing")
