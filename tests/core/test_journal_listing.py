"""The newest-first list: keyset paging, tag and local-date filters."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.core.journal import EntryFilter


def all_pages(journal, entry_filter=None, limit=7):
    seen, cursor, pages = [], None, 0
    while True:
        page, cursor = journal.list_page(entry_filter, after=cursor, limit=limit)
        seen.extend(summary.id for summary in page)
        pages += 1
        if cursor is None:
            return seen, pages


def test_list_is_newest_first_and_pages_have_no_gaps_or_repeats(journal):
    base = datetime(2024, 1, 1, 12, tzinfo=UTC)
    created = []
    for index in range(30):
        # Groups of three share a moment, so paging must break ties by insertion order.
        moment = base + timedelta(hours=index // 3)
        created.append(journal.create(f"Entry {index}", "text", created_at=moment))
    # Newest first; within one moment the later insert comes first.
    expected = [entry.id for entry in reversed(created)]

    seen, pages = all_pages(journal, limit=7)

    assert seen == expected
    assert len(set(seen)) == 30
    assert pages == 5


def test_page_exactly_filling_the_limit_ends_with_an_empty_page(journal):
    for index in range(6):
        journal.create(f"E{index}", "")
    seen, pages = all_pages(journal, limit=3)
    assert len(seen) == 6
    assert pages == 3


def test_summary_has_a_flat_preview_and_display_title(journal):
    journal.create("", "# Heading\n\nSome *bold* and `code`\n\n" + "word " * 100, ["x"])
    (summary,), _ = journal.list_page()
    assert summary.display_title == "Heading"
    assert summary.preview.startswith("Heading Some bold and code word")
    assert "\n" not in summary.preview
    assert len(summary.preview) <= 160


def test_count_follows_the_filter(journal):
    journal.create("a", "", ["x"])
    journal.create("b", "", ["y"])
    trashed = journal.create("c", "", ["x"])
    journal.move_to_trash(trashed.id)
    assert journal.count() == 2
    assert journal.count(EntryFilter(tag="x")) == 1
    assert journal.count(EntryFilter(in_trash=True)) == 1


def zone(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


# (local moment, offset): the local calendar day is what the person lived, whatever UTC says.
NEAR_MIDNIGHT = {
    "tokyo-late": datetime(2024, 3, 10, 23, 30, tzinfo=zone(9)),  # 14:30 UTC on the 10th
    "new-york-late": datetime(2024, 3, 10, 23, 50, tzinfo=zone(-5)),  # 04:50 UTC on the 11th
    "la-early": datetime(2024, 3, 11, 0, 15, tzinfo=zone(-7)),  # 07:15 UTC on the 11th
    "delhi-early": datetime(2024, 3, 11, 0, 5, tzinfo=zone(5.5)),  # 18:35 UTC on the 10th
    "kathmandu-late": datetime(2024, 3, 9, 23, 59, tzinfo=zone(5.75)),  # 18:14 UTC on the 9th
    "utc-noon-12th": datetime(2024, 3, 12, 12, 0, tzinfo=zone(0)),
}


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 3, 10), date(2024, 3, 10), {"tokyo-late", "new-york-late"}),
        (date(2024, 3, 11), date(2024, 3, 11), {"la-early", "delhi-early"}),
        (date(2024, 3, 9), date(2024, 3, 9), {"kathmandu-late"}),
        (date(2024, 3, 11), None, {"la-early", "delhi-early", "utc-noon-12th"}),
        (None, date(2024, 3, 10), {"tokyo-late", "new-york-late", "kathmandu-late"}),
        (None, None, set(NEAR_MIDNIGHT)),
    ],
)
def test_date_filter_uses_the_writers_local_day(journal, start, end, expected):
    ids = {
        journal.create(name, "", created_at=moment).id: name
        for name, moment in NEAR_MIDNIGHT.items()
    }
    seen, _ = all_pages(journal, EntryFilter(start=start, end=end))
    assert {ids[entry_id] for entry_id in seen} == expected


def test_list_shows_entries_in_the_offset_they_were_written(journal):
    moment = NEAR_MIDNIGHT["delhi-early"]
    journal.create("Delhi", "", created_at=moment)
    (summary,), _ = journal.list_page()
    assert summary.created_at == moment
    assert summary.created_at.utcoffset() == timedelta(hours=5, minutes=30)


def test_tag_and_date_filters_combine_with_paging(journal):
    base = datetime(2023, 6, 1, 9, tzinfo=zone(2))
    wanted = set()
    for index in range(40):
        tags = ["walk"] if index % 2 else ["work"]
        entry = journal.create(f"E{index}", "", tags, created_at=base + timedelta(days=index))
        if index % 2 and 10 <= index <= 30:
            wanted.add(entry.id)
    entry_filter = EntryFilter(tag="walk", start=date(2023, 6, 11), end=date(2023, 7, 1))
    seen, _ = all_pages(journal, entry_filter, limit=4)
    assert set(seen) == wanted
    assert len(seen) == len(wanted)
