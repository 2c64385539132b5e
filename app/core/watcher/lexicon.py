"""The watcher's word lists, loaded from app/resources/watcher/ and compiled once.

Each list is data: patterns (lower-case regular expressions without capturing groups)
and the context words that decide how a match is read. See docs/watcher.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.resources import load_json
from app.core.watcher.crisis_grammar import CrisisGrammar, build_crisis_grammar
from app.core.watcher.model import SIGNALS
from app.core.watcher.patterns import (
    LexiconError,
    compile_phrase,
    phrase_tuple,
    whole_words,
    word_set,
)
from app.core.watcher.scanner import PhraseScanner

__all__ = ["Lexicon", "LexiconError", "build_lexicon", "compile_phrase", "default_lexicon"]
# Punctuation that ends a clause inside a sentence.
_CLAUSE_PUNCTUATION = r"[,;:()\"\u2013\u2014]"


SIGNAL_CHANNEL = 0
CRISIS_CHANNEL = 1
# The about_scanner's channels: signal phrases, and words that say the opposite of a
# signal ("lots of energy"): evidence about it, not for it.
ABOUT_SIGNAL_CHANNEL = 0
AGAINST_CHANNEL = 1


@dataclass(frozen=True)
class ContextRules:
    """How a match is read in its sentence: negation, hypotheticals and who it is about."""

    negation_window: int
    negators: frozenset[str]
    negator_phrases: tuple[str, ...]
    negation_cancellers: tuple[str, ...]
    hypothetical_markers: frozenset[str]
    hypothetical_phrases: tuple[str, ...]
    would_contractions: frozenset[str]
    past_participles: frozenset[str]
    clause_break: re.Pattern[str]
    first_person: frozenset[str]
    third_person: frozenset[str]
    second_person: frozenset[str]
    relations: frozenset[str]
    name_verbs: frozenset[str]
    not_names: frozenset[str]
    first_person_objects: frozenset[str]
    third_person_objects: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    # Two channels: SIGNAL_CHANNEL (categories are the signal names) and CRISIS_CHANNEL
    # (categories are the crisis grammar's: direct, passive, burden...).
    scanner: PhraseScanner
    rules: ContextRules
    crisis: CrisisGrammar
    # Signal and "against" phrases, read only on days some scale has no check-in. Apart
    # from the main scanner, so its common first words ("good") never slow every reading.
    about_scanner: PhraseScanner | None = None


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in app/resources/watcher/, compiled once per process."""
    return build_lexicon(load_json("watcher", "lexicon.json"), load_json("watcher", "crisis.json"))


def build_lexicon(signals_doc: Mapping[str, Any], crisis_doc: Mapping[str, Any]) -> Lexicon:
    macros = {str(name): str(value) for name, value in signals_doc.get("macros", {}).items()}
    signals = signals_doc.get("signals", {})
    missing = [name for name in SIGNALS if name not in signals]
    if missing:
        raise LexiconError(f"lexicon has no phrases for {', '.join(missing)}")
    signal_phrases = [
        (name, whole_words(compile_phrase(pattern, macros)))
        for name in SIGNALS
        for pattern in _non_empty(signals[name]["phrases"])
    ]
    against = [
        (name, whole_words(compile_phrase(pattern, macros)))
        for name in SIGNALS
        for pattern in signals[name].get("against", ())
    ]
    rules = _context_rules(signals_doc["context"])
    crisis = build_crisis_grammar(crisis_doc, macros, rules)
    return Lexicon(
        scanner=PhraseScanner([signal_phrases, list(crisis.phrases)]),
        rules=rules,
        crisis=crisis,
        about_scanner=PhraseScanner([signal_phrases, against]),
    )


def _non_empty(patterns: Iterable[str]) -> list[str]:
    found = [str(pattern) for pattern in patterns]
    if not found:
        raise LexiconError("a phrase list is empty")
    return found


def _context_rules(context: Mapping[str, Any]) -> ContextRules:
    breaks = "|".join(re.escape(word) for word in sorted(word_set(context["clause_breaks"])))
    return ContextRules(
        negation_window=int(context["negation_window"]),
        negators=word_set(context["negators"]),
        negator_phrases=phrase_tuple(context["negator_phrases"]),
        negation_cancellers=phrase_tuple(context["negation_cancellers"]),
        hypothetical_markers=word_set(context["hypothetical_markers"]),
        hypothetical_phrases=phrase_tuple(context["hypothetical_phrases"]),
        would_contractions=word_set(context["would_contractions"]),
        past_participles=word_set(context["past_participles"]),
        clause_break=re.compile(rf"{_CLAUSE_PUNCTUATION}|\b(?:{breaks})\b"),
        first_person=word_set(context["first_person"]),
        third_person=word_set(context["third_person"]),
        second_person=word_set(context["second_person"]),
        relations=word_set(context["relations"]),
        name_verbs=word_set(context["name_verbs"]),
        not_names=word_set(context["not_names"]),
        first_person_objects=word_set(context["first_person_objects"]),
        third_person_objects=word_set(context["third_person_objects"]),
    )
