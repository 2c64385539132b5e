"""A search keeps to the filter the person chose: a tag, a date range, or both."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.journal import EntryFilter


def ids(hits):
    return {hit.id for hit in hits}


def test_a_search_within_a_tag_finds_only_that_tags_entries(journal):
    job = journal.create("Interview", "the interview went well", tags=["job"])
    other_job = journal.create("Offer", "an offer after the interview", tags=["Job"])
    family = journal.create("Sunday", "talked about the interview with mum", tags=["family"])
    journal.create("Untagged", "interview practice")
    assert len(journal.search("interview")) == 4
    assert ids(journal.search("interview", within=EntryFilter(tag="job"))) == {
        job.id,
        other_job.id,
    }
    assert ids(journal.search("interview", within=EntryFilter(tag="family"))) == {family.id}
    assert journal.search("interview", within=EntryFilter(tag="nothing-here")) == []


def test_a_search_within_dates_and_a_tag_combines_them(journal, clock):
    old = journal.create("Then", "rejection letter", tags=["job"])
    clock.advance(days=20)
    recent = journal.create("Now", "another rejection letter", tags=["job"])
    today = clock().date()
    last_week = EntryFilter(tag="job", start=today - timedelta(days=6), end=today)
    assert ids(journal.search("rejection", within=last_week)) == {recent.id}
    assert ids(journal.search("rejection", within=EntryFilter(end=today - timedelta(days=10)))) == {
        old.id
    }


def test_a_search_for_a_symbol_keeps_to_the_tag_too(journal):
    tagged = journal.create("Good", "a good day 😊", tags=["job"])
    journal.create("Also good", "😊 again", tags=["rest"])
    assert ids(journal.search("😊", within=EntryFilter(tag="job"))) == {tagged.id}
    assert ids(journal.search("day 😊", within=EntryFilter(tag="rest"))) == set()


def test_trashed_entries_stay_out_of_a_filtered_search(journal):
    gone = journal.create("Gone", "interview notes", tags=["job"])
    journal.move_to_trash(gone.id)
    assert journal.search("interview", within=EntryFilter(tag="job")) == []
    assert journal.search("interview", within=EntryFilter(start=date(2000, 1, 1))) == []
