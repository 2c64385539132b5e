"""Full-text search: ranking, prefixes, phrases, stemming, punctuation and bad queries."""

from __future__ import annotations

import pytest

from app.core.errors import SearchQueryError
from app.core.journal.model import HIGHLIGHT_END, HIGHLIGHT_START

FILLER = "the afternoon was quiet and I made tea and read for a while before dinner"


def ids(hits):
    return [hit.id for hit in hits]


def test_title_match_ranks_above_body_match(journal):
    in_body = journal.create("Tuesday", f"{FILLER} then an interview call came {FILLER}")
    in_title = journal.create("Interview", f"{FILLER} {FILLER}")
    journal.create("Unrelated", FILLER)
    assert ids(journal.search("interview")) == [in_title.id, in_body.id]


def test_more_mentions_rank_higher_among_body_matches(journal):
    once = journal.create("A", f"{FILLER} resume {FILLER}")
    thrice = journal.create("B", f"{FILLER} resume resume resume {FILLER}")
    assert ids(journal.search("resume")) == [thrice.id, once.id]


def test_prefix_query_finds_word_beginnings(journal):
    hit = journal.create("", "Two interviews this week")
    journal.create("", "An interval of rest")
    assert ids(journal.search("intervi*")) == [hit.id]
    assert len(journal.search("interv*")) == 2


def test_phrase_query_needs_the_words_in_order(journal):
    exact = journal.create("", "I wrote a thank you note to the recruiter")
    journal.create("", "A note: thank them, and you will feel better")
    assert ids(journal.search('"thank you note"')) == [exact.id]


def test_stemming_matches_other_forms_of_a_word(journal):
    entry = journal.create("", "I have been interviewing all month")
    for query in ("interview", "interviews", "interviewed"):
        assert ids(journal.search(query)) == [entry.id], query


def test_words_with_punctuation_are_searched_as_typed(journal):
    follow = journal.create("", "Sent a follow-up email today")
    dont = journal.create("", "I don't want to give up")
    journal.create("", "The dog will follow me up the stairs")
    assert ids(journal.search("follow-up")) == [follow.id]
    assert ids(journal.search("don't")) == [dont.id]


def test_operators_are_kept(journal):
    both = journal.create("", "rain and wind")
    rain = journal.create("", "rain only")
    assert set(ids(journal.search("rain OR wind"))) == {both.id, rain.id}
    assert ids(journal.search("rain NOT wind")) == [rain.id]
    assert ids(journal.search("rain AND (wind OR hail)")) == [both.id]


def test_snippet_highlights_the_match(journal):
    journal.create("", f"{FILLER} the panel interview went well {FILLER}")
    (hit,) = journal.search("panel")
    assert f"{HIGHLIGHT_START}panel{HIGHLIGHT_END}" in hit.snippet
    assert len(hit.snippet) < 200


def test_accents_are_ignored(journal):
    entry = journal.create("", "A café by the river")
    assert ids(journal.search("cafe")) == [entry.id]


def test_unbalanced_quote_gives_a_clear_error(journal):
    with pytest.raises(SearchQueryError, match="quote mark is missing its partner"):
        journal.search('"thank you')


@pytest.mark.parametrize("query", ["AND", "OR", "NOT", "rain AND", "NOT rain", "(rain", "rain)"])
def test_bare_operator_gives_a_clear_error(journal, query):
    journal.create("", "rain")
    with pytest.raises(SearchQueryError, match="couldn't understand that search"):
        journal.search(query)


def test_empty_query_finds_nothing(journal):
    journal.create("", "anything")
    assert journal.search("   ") == []


def test_index_follows_edits(journal):
    entry = journal.create("Draft", "the first version mentions apples")
    journal.update(entry.id, body="the second version mentions pears", title="Final")
    assert journal.search("apples") == []
    assert ids(journal.search("pears")) == [entry.id]
    assert journal.search("draft") == []
    assert ids(journal.search("final")) == [entry.id]


def test_index_follows_deletion_forever(journal):
    entry = journal.create("Plums", "a note about plums")
    keep = journal.create("Other", "a note about plums too")
    journal.delete_forever([entry.id])
    assert ids(journal.search("plums")) == [keep.id]


def test_search_hits_carry_tags_and_time(journal):
    entry = journal.create("Run", "went for a run", ["Health", "outdoors"])
    (hit,) = journal.search("run")
    assert hit.tags == ("Health", "outdoors")
    assert hit.created_at == entry.created_at
    assert hit.display_title == "Run"


def test_limit_caps_the_hits(journal):
    for index in range(12):
        journal.create(f"Walk {index}", "walk")
    assert len(journal.search("walk", limit=5)) == 5


def test_trashed_best_matches_do_not_crowd_out_live_ones(journal):
    for index in range(5):
        best = journal.create("Interview interview", f"interview {index} interview interview")
        journal.move_to_trash(best.id)
    live = [
        journal.create(f"Day {index}", f"{FILLER} one interview {FILLER}") for index in range(3)
    ]
    hits = journal.search("interview", limit=2)
    assert len(hits) == 2
    assert {hit.id for hit in hits} <= {entry.id for entry in live}
    assert {hit.id for hit in journal.search("interview")} == {entry.id for entry in live}
