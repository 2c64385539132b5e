"""The second layer: a strong crisis concept in a sentence about the writer.

It is read only when no grammar phrase counted, and the same negation, other-person and
exclusion rules set it aside.
"""

from __future__ import annotations

import copy

import pytest

from app.core.resources import load_json
from app.core.watcher.lexicon import LexiconError, build_lexicon, default_lexicon
from app.core.watcher.phrases import read_text
from tests.core.watcher.builders import source


def raises_crisis(text: str) -> bool:
    return bool(read_text(source(text), default_lexicon()).crisis)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge near work has been on my mind all week.",
        "home would be lighter without me in it",
        "I don't see a future where I'm still here.",
        "nothing matters, I'm done.",
        "I need to make it all stop.",
    ],
)
def test_a_strong_concept_in_a_sentence_with_a_self_word_counts(text: str) -> None:
    assert raises_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "relapsed again after eight months",
        "sh urges so bad tonight",
        "Spent the evening staring at the tracks from my window.",
    ],
)
def test_a_sentence_that_leaves_its_subject_out_is_the_writers(text: str) -> None:
    assert raises_crisis(text)


def test_a_short_fragment_carries_on_from_the_sentence_before_it() -> None:
    assert raises_crisis("I couldn't sleep at all. The razor again.")
    assert not raises_crisis("The shop was shut by nine. The razor again.")


def test_a_place_or_means_counts_only_with_words_that_make_it_a_risk() -> None:
    assert raises_crisis("I keep thinking about the ledge of the car park roof.")
    assert not raises_crisis("I crossed the bridge on my bike this morning.")
    assert not raises_crisis("The pills my doctor gave me for my back are helping.")


def test_a_concept_with_no_reference_to_the_writer_does_not_count() -> None:
    assert not raises_crisis(
        "Engineers are thinking about the bridge closure and will report next month."
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm not thinking about suicide, I'm just sad.",
        "My brother relapsed on self harm and I'm scared for him.",
        "I need to end things with the agency, they never call back.",
        "I'm done with living in this tiny flat.",
        "My houseplants are dying again.",
        "I hit a wall with the coding challenge.",
    ],
)
def test_negation_someone_else_and_whole_idioms_set_a_concept_aside(text: str) -> None:
    assert not raises_crisis(text)


def test_a_risk_reading_wins_over_an_idiom_elsewhere_in_the_sentence() -> None:
    assert raises_crisis("I hit a wall with the job search and honestly the bridge is on my mind.")


def test_a_concept_for_an_unknown_category_is_refused() -> None:
    signals = copy.deepcopy(load_json("watcher", "lexicon.json"))
    crisis_doc = copy.deepcopy(load_json("watcher", "crisis.json"))
    crisis_doc["cooccurrence"]["concepts"].append({"category": "nope", "patterns": ["x"]})
    with pytest.raises(LexiconError, match="nope"):
        build_lexicon(signals, crisis_doc)


def test_something_that_used_to_happen_is_over_unless_the_sentence_doubts_it() -> None:
    assert not raises_crisis("I used to self harm but I'm two years clean and proud.")
    assert raises_crisis("I used to self harm and now the urges are back.")


@pytest.mark.parametrize(
    "text",
    [
        "I sat on the balcony and drank my tea, almost relaxed.",
        "I stood on the bridge and took photos of the river.",
        "Took the pills for my back and had a nap for an hour.",
        "I drove past the bridge on my way to the interview.",
        "I stood at the edge of the table to reach the shelf.",
    ],
)
def test_loose_words_near_a_place_or_means_no_longer_make_it_a_risk(text: str) -> None:
    assert not raises_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "I drove out to the bridge and sat in the car for hours.",
        "walked to the cliff edge three times today",
        "I stood on the roof alone tonight.",
    ],
)
def test_a_place_with_a_lingering_or_repeated_frame_still_counts(text: str) -> None:
    assert raises_crisis(text)
