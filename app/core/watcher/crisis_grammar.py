"""The crisis grammar, loaded from app/resources/watcher/crisis.json and compiled once.

The file holds named pieces (macros: self-reference words, acts and wishes in every tense,
objects, body parts, fillers such as "just" or "really"), phrases built from them in
categories, how negation is read, and the narrow exclusions. See docs/watcher.md.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.watcher.crisis_layer import CooccurrenceLayer, build_cooccurrence
from app.core.watcher.patterns import (
    LexiconError,
    compile_phrase,
    expand_macros,
    phrase_tuple,
    whole_words,
    word_set,
)
from app.core.watcher.scanner import PhraseScanner

if TYPE_CHECKING:
    from app.core.watcher.lexicon import ContextRules

_IDENTIFIER = re.compile(r"[a-z][a-z_]*")
IDIOM = "idiom"
TOPIC = "topic"


@dataclass(frozen=True)
class MarkerRule:
    """An everyday reading (an accident, routine medication) that sets aside some matches.

    It applies to matches of ``categories`` when a marker is in the sentence and no veto
    is: "I cut myself shaving" is an accident, "I cut myself shaving again" is not.
    """

    categories: frozenset[str]
    markers: PhraseScanner  # one channel
    vetoes: re.Pattern[str]


@dataclass(frozen=True)
class CrisisGrammar:
    phrases: tuple[tuple[str, str], ...]  # (category, regex) for the scanner, in order
    categories: tuple[str, ...]
    negatable: frozenset[str]  # categories a plain negation before them cancels
    negation_window: int
    negators: frozenset[str]
    negator_phrases: tuple[str, ...]
    negation_skip: frozenset[str]  # words looked past ("I'm not *really* suicidal")
    doubt_after: tuple[str, ...]  # later words that undo a negation ("but the thought...")
    not_negations: tuple[str, ...]  # "not" that negates nothing ("why not just...")
    # Whole idioms and topic mentions, found fast like the phrases (channels: one match
    # category each, IDIOM and TOPIC).
    exclusions: PhraseScanner
    marker_rules: tuple[MarkerRule, ...]
    fiction_frame: re.Pattern[str]
    speech_verbs: frozenset[str]
    rules: ContextRules  # who the words are about, with the crisis file's extra words
    # The second layer, read when no phrase counted: a strong concept about the writer.
    cooccurrence: CooccurrenceLayer


def build_crisis_grammar(
    doc: Mapping[str, Any], signal_macros: Mapping[str, str], base_rules: ContextRules
) -> CrisisGrammar:
    macros = {**signal_macros, **{str(k): str(v) for k, v in doc.get("macros", {}).items()}}
    categories = doc["categories"]
    phrases: list[tuple[str, str]] = []
    for name, category in categories.items():
        if not _IDENTIFIER.fullmatch(name):
            raise LexiconError(f"crisis category {name!r} must be lower-case letters and _")
        patterns = [str(p) for p in category["phrases"]]
        if not patterns:
            raise LexiconError(f"crisis category {name!r} has no phrases")
        phrases.extend((name, whole_words(compile_phrase(p, macros))) for p in patterns)
    negation = doc["negation"]
    exclusions = doc["exclusions"]
    others = word_set(exclusions["others"])
    return CrisisGrammar(
        phrases=tuple(phrases),
        categories=tuple(categories),
        negatable=frozenset(name for name, c in categories.items() if c.get("negatable")),
        negation_window=int(negation["window"]),
        negators=word_set(negation["negators"]),
        negator_phrases=phrase_tuple(negation["phrases"]),
        negation_skip=word_set(negation["skip"]),
        doubt_after=phrase_tuple(negation["doubt_after"]),
        not_negations=phrase_tuple(negation["not_negations"]),
        exclusions=PhraseScanner(
            [
                _phrase_list(IDIOM, exclusions["idioms"], macros),
                _phrase_list(TOPIC, exclusions["topics"], macros),
            ]
        ),
        marker_rules=tuple(
            _marker_rule(exclusions[name], macros, set(categories))
            for name in ("accident", "routine")
        ),
        fiction_frame=re.compile(
            r"\s*(?:"
            + "|".join(compile_phrase(p, macros) for p in exclusions["fiction_frames"])
            + r")\b"
        ),
        speech_verbs=word_set(exclusions["speech_verbs"]),
        rules=dataclasses.replace(
            base_rules,
            relations=base_rules.relations | others,
            name_verbs=base_rules.name_verbs | word_set(exclusions["other_verbs"]),
            not_names=base_rules.not_names | word_set(exclusions["not_names"]),
        ),
        cooccurrence=build_cooccurrence(doc["cooccurrence"], macros, categories),
    )


def _phrase_list(
    category: str, patterns: Iterable[str], macros: Mapping[str, str]
) -> list[tuple[str, str]]:
    found = [(category, whole_words(compile_phrase(str(p), macros))) for p in patterns]
    if not found:
        raise LexiconError(f"the {category} exclusions are empty")
    return found


def _marker_rule(doc: Mapping[str, Any], macros: Mapping[str, str], known: set[str]) -> MarkerRule:
    categories = frozenset(str(name) for name in doc["applies_to"])
    unknown = categories - known
    if unknown:
        raise LexiconError(f"exclusion applies to unknown categories {sorted(unknown)}")
    vetoes = [expand_macros(str(v), macros) for v in doc["vetoes"]]
    return MarkerRule(
        categories,
        PhraseScanner([_phrase_list("marker", doc["markers"], macros)]),
        # Vetoes may be word beginnings ("stockpil"), so only their start is a word edge.
        re.compile(r"(?<![\w])(?:" + "|".join(compile_phrase(v, {}) for v in vetoes) + ")"),
    )
