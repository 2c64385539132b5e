"""An untitled entry is named by its first written line; a quoted prompt above it is not
its title (unless nothing else is written)."""

from __future__ import annotations

from app.core.journal.model import display_title, first_line


def test_a_quoted_prompt_gives_way_to_what_was_written_below_it() -> None:
    body = "> What went well today, however small?\n\nThe walk in the rain."
    assert first_line(body) == "The walk in the rain."
    assert display_title("", body) == "The walk in the rain."


def test_a_quote_alone_still_names_the_entry() -> None:
    assert first_line(">  Only the prompt, nothing yet\n\n") == "Only the prompt, nothing yet"


def test_headings_and_titles_work_as_before() -> None:
    assert first_line("\n## A heading\nText") == "A heading"
    assert display_title("Kept", "> quoted\nwritten") == "Kept"


def test_a_saved_entrys_summary_has_the_title_the_list_shows(journal) -> None:
    entry = journal.create("", "> A prompt\n\nMy answer")
    assert entry.summary().display_title == "My answer"
    listed, _cursor = journal.list_page()
    assert listed[0].display_title == "My answer"
