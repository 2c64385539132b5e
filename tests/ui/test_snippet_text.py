"""Search snippets show their matches in bold and the rest as written (escaped, without
Markdown marks); previews are cut between words."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.journal import SearchHit
from app.core.journal.model import HIGHLIGHT_END, HIGHLIGHT_START
from app.ui.snippet_text import cut_at_word, plain_snippet, snippet_html

HIT = f"for the {HIGHLIGHT_START}interview{HIGHLIGHT_END} **three** times & <b>more</b>"


def test_a_snippet_shows_the_match_in_bold_and_no_raw_markdown() -> None:
    html = snippet_html(HIT)
    assert "<b>interview</b>" in html
    assert "**" not in html and "three" in html
    assert "&amp;" in html and "&lt;b&gt;more&lt;/b&gt;" in html  # typed text stays text


def test_a_plain_snippet_has_no_markers_or_marks() -> None:
    assert plain_snippet(HIT) == "for the interview three times & <b>more</b>"


def test_an_untitled_hit_is_named_by_its_words_not_the_markers() -> None:
    hit = SearchHit("id", "", HIT, datetime(2026, 12, 4, tzinfo=UTC), 1.0)
    assert HIGHLIGHT_START not in hit.display_title and HIGHLIGHT_END not in hit.display_title
    assert hit.display_title.startswith("for the interview three times")


def test_a_long_preview_is_cut_between_words_with_an_ellipsis() -> None:
    text = "Practising answers for the interview again today, and it went better"
    cut = cut_at_word(text, 30)
    assert cut == "Practising answers for the…"
    assert len(cut) <= 30
    assert text.startswith(cut[:-1])


def test_a_short_preview_is_left_whole() -> None:
    assert cut_at_word("A walk by the river.", 120) == "A walk by the river."


def test_a_cut_that_falls_on_a_space_keeps_the_whole_last_word() -> None:
    assert cut_at_word("one two three four", 8) == "one two…"
