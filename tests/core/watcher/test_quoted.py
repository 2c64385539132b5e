"""Quoted and pasted text is not read for the four signals, and is read for crisis words."""

from __future__ import annotations

import pytest

from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import CRISIS, LOSS_OF_INTEREST, LOW_ENERGY
from app.core.watcher.phrases import read_text
from app.core.watcher.quoted import quoted_spans
from app.core.watcher.replay import replay
from app.core.watcher.spoken_of import signals_spoken_of
from tests.core.watcher.builders import checkin, entry, source

REJECTION = (
    "Another one today.\n\n"
    "> Thank you for applying. After careful review we have lost interest in your "
    "application and will not be moving forward.\n"
    "> Kind regards, the hiring team\n\n"
    "Onwards."
)


def signals_in(text: str) -> set[str]:
    return {match.category for match in read_text(source(text), default_lexicon()).signals}


def test_a_pasted_rejection_email_does_not_count_as_loss_of_interest() -> None:
    assert LOSS_OF_INTEREST in signals_in("I have lost interest in everything.")
    assert LOSS_OF_INTEREST not in signals_in(REJECTION)


def test_a_pasted_block_with_crisis_words_still_raises_the_crisis_path() -> None:
    reading = read_text(
        source("> I want to die\n\nThat's what I wrote last night."), default_lexicon()
    )
    assert [match.category for match in reading.crisis] == [CRISIS]


@pytest.mark.parametrize(
    "text",
    [
        'The email said "we have lost interest in your application" and that was it.',
        "The email said \u201cwe have lost interest in your application\u201d, nothing more.",
    ],
)
def test_words_in_quotation_marks_do_not_count(text: str) -> None:
    assert LOSS_OF_INTEREST not in signals_in(text)


def test_crisis_words_in_quotation_marks_of_the_writer_still_count() -> None:
    reading = read_text(source('I keep thinking "I want to die" all day.'), default_lexicon())
    assert reading.crisis


def test_a_scare_quoted_word_is_still_the_writers_own() -> None:
    # One or two words in quotes is emphasis, not someone else's text.
    assert LOW_ENERGY in signals_in('I am "so tired" of all this.')


def test_a_stray_quotation_mark_hides_nothing_after_it() -> None:
    text = 'The recruiter said "maybe next month.\n\nI have lost interest in everything.'
    assert LOSS_OF_INTEREST in signals_in(text)


def test_quoted_words_say_nothing_for_or_against_a_signal() -> None:
    lexicon = default_lexicon()
    own = "The poster on the wall: lots of energy today, feeling great!"
    assert LOW_ENERGY in signals_spoken_of(source(own), lexicon)
    quoted = 'The poster on the wall: "lots of energy today, feeling great!"'
    assert signals_spoken_of(source(quoted), lexicon) == frozenset()
    assert signals_spoken_of(source("> Lots of energy today, feeling great!"), lexicon) == set()


def test_only_lines_starting_with_the_mark_are_a_block_quote() -> None:
    text = "> pasted line\nmy own line, 3 > 2"
    spans = quoted_spans(text)
    assert spans.covers(text.index("pasted"))
    assert not spans.covers(text.index("own"))
    assert not spans.covers(text.index("2"))


def test_pasted_rejections_every_day_do_not_raise_a_support_prompt() -> None:
    entries = [entry(index, REJECTION) for index in range(21)]
    checkins = [checkin(index, interest=3) for index in range(0, 21, 3)]
    assert replay(checkins, entries) == []
    own = [entry(index, "I have lost interest in everything.") for index in range(21)]
    assert any(LOSS_OF_INTEREST in p.signals for p in replay(checkins, own))
