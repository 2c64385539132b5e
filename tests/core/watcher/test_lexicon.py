"""The lexicon files load, and the fast scanner finds exactly what a plain search finds."""

from __future__ import annotations

import copy

import pytest

from app.core.resources import load_json
from app.core.watcher.lexicon import LexiconError, build_lexicon, compile_phrase, default_lexicon
from app.core.watcher.reading import normalise
from app.core.watcher.scanner import PhraseScanner, first_words
from tests.benchmarks.watcher_corpus import EVERYDAY, LOW
from tests.watcher_eval.crisis_set import HELD_OUT, TUNING, load
from tests.watcher_eval.evaluation import load_cases


def test_shipped_lexicon_loads_and_uses_the_fast_scanner() -> None:
    assert default_lexicon().scanner.is_fast
    assert default_lexicon().crisis.exclusions.is_fast
    assert all(rule.markers.is_fast for rule in default_lexicon().crisis.marker_rules)
    about = default_lexicon().about_scanner
    assert about is not None and about.is_fast


def _corpus() -> list[str]:
    texts = [*EVERYDAY, *LOW]
    for case in load_cases():
        texts.append(case.history.read_text(encoding="utf-8"))
    texts += [sentence.text for sentence in load(TUNING) + load(HELD_OUT)]
    texts += [
        "self-harm, selfharm and self harm; burn-out, burnout, burnt out",
        "i'm so tired'n'sad... 'exhausted' — don't-enjoy anything",
        "also so tired; what'sthe point; whats the point of living",
    ]
    return [normalise(text) for text in texts]


def test_fast_scan_matches_a_plain_search_of_the_whole_alternation() -> None:
    scanner = default_lexicon().scanner
    for text in _corpus():
        assert scanner.scan(text) == scanner.scan_plain(text)


def test_first_words_follow_optional_parts_and_alternatives() -> None:
    macros: dict[str, str] = {}
    assert first_words(compile_phrase("(?:so |really )?tired", macros)) == {
        "so",
        "really",
        "tired",
    }
    assert first_words(compile_phrase("burn(?:ed|t)?[- ]?out", macros)) >= {
        "burn",
        "burnout",
        "burntout",
    }


def test_a_phrase_that_can_start_with_any_word_falls_back_to_a_plain_search() -> None:
    scanner = PhraseScanner([[("x", compile_phrase("[a-z]+ tired", {}))]])
    assert not scanner.is_fast
    assert [m.category for m in scanner.scan("so very tired")[0]] == ["x"]


def test_a_space_inside_a_character_class_stays_literal() -> None:
    regex = compile_phrase("burn[- ]out", {})
    assert "\\s+" not in regex


def _docs() -> tuple[dict[str, object], dict[str, object]]:
    return copy.deepcopy(load_json("watcher", "lexicon.json")), copy.deepcopy(
        load_json("watcher", "crisis.json")
    )


def test_a_capturing_group_in_the_data_is_refused() -> None:
    signals, crisis = _docs()
    signals["signals"]["low_energy"]["phrases"].append("(tired)")  # type: ignore[index]
    with pytest.raises(LexiconError, match="capturing"):
        build_lexicon(signals, crisis)


def test_an_unknown_macro_is_refused() -> None:
    signals, crisis = _docs()
    crisis["categories"]["direct"]["phrases"].append("{nope} die")  # type: ignore[index]
    with pytest.raises(LexiconError, match="unknown macro"):
        build_lexicon(signals, crisis)


def test_a_missing_signal_is_refused() -> None:
    signals, crisis = _docs()
    del signals["signals"]["low_mood"]  # type: ignore[attr-defined]
    with pytest.raises(LexiconError, match="low_mood"):
        build_lexicon(signals, crisis)
