"""The crisis detection's second layer: a strong concept in a sentence about the writer.

The phrases in the grammar are precise but cannot foresee every wording ("the bridge near
work has been on my mind", "relapsed on self harm"). This layer is read only when no
phrase counted. It looks for a strong crisis concept (dying, suicide, overdose, a burden,
self-harm, a bridge with "on my mind"...) in a sentence that refers to the writer, and
lets the same rules as the phrases set it aside (negation right before it, someone else,
a whole idiom, an accident, a topic, fiction, someone else's quoted words). The lists are
data in app/resources/watcher/crisis.json, "cooccurrence". See docs/watcher.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.watcher.patterns import LexiconError, compile_phrase, whole_words
from app.core.watcher.scanner import PhraseScanner

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_MARKS = ".!?\n\u2026"


@dataclass(frozen=True)
class CooccurrenceLayer:
    concepts: PhraseScanner  # one channel; a match's category is an index into ``rules``
    rules: tuple[tuple[str, re.Pattern[str] | None], ...]  # (crisis category, needed words)
    self_words: frozenset[str]
    elided_starts: frozenset[str]
    elided_suffixes: tuple[str, ...]
    fragment_words: int
    negation_looks_past: frozenset[str]  # "I'm not *thinking about* suicide"

    def concept_category(self, index: str, sentence: str) -> str | None:
        """The crisis category of a concept match, or None when its needed words are absent."""
        category, needed = self.rules[int(index.removeprefix("concept"))]
        if needed is not None and not needed.search(sentence):
            return None
        return category

    def about_writer(
        self, norm: str, sentence_start: int, sentence_end: int, concept_start: int
    ) -> bool:
        """The sentence refers to the writer, or leaves its subject out, or follows one that does.

        "relapsed again" and "thinking of swallowing everything" leave out their subject;
        a short fragment ("Deeper this time.") carries on from the sentence before it.
        """
        tokens = _TOKEN.findall(norm, sentence_start, sentence_end)
        if not tokens:
            return False
        if any(token in self.self_words for token in tokens):
            return True
        first = tokens[0]
        if not _TOKEN.findall(norm, sentence_start, concept_start):
            return True  # the sentence opens with the concept: "sh urges so bad tonight"
        if first in self.elided_starts or (len(first) > 4 and first.endswith(self.elided_suffixes)):
            return True
        if len(tokens) > self.fragment_words or sentence_start < 2:
            return False
        before_start = 1 + max(norm.rfind(mark, 0, sentence_start - 1) for mark in _SENTENCE_MARKS)
        before = _TOKEN.findall(norm, before_start, sentence_start)
        return any(token in self.self_words for token in before)


def build_cooccurrence(
    doc: Mapping[str, Any], macros: Mapping[str, str], known: Iterable[str]
) -> CooccurrenceLayer:
    known_categories = set(known)
    phrases: list[tuple[str, str]] = []
    rules: list[tuple[str, re.Pattern[str] | None]] = []
    for entry in doc["concepts"]:
        category = str(entry["category"])
        if category not in known_categories:
            raise LexiconError(f"co-occurrence concept has unknown category {category!r}")
        needed = [compile_phrase(str(word), macros) for word in entry.get("with", [])]
        rules.append(
            (category, re.compile(r"(?<![\w])(?:" + "|".join(needed) + ")") if needed else None)
        )
        index = f"concept{len(rules) - 1}"
        patterns = [str(p) for p in entry["patterns"]]
        if not patterns:
            raise LexiconError(f"a co-occurrence concept for {category!r} has no patterns")
        phrases.extend((index, whole_words(compile_phrase(p, macros))) for p in patterns)
    return CooccurrenceLayer(
        concepts=PhraseScanner([phrases]),
        rules=tuple(rules),
        self_words=frozenset(str(word) for word in doc["self"]),
        elided_starts=frozenset(str(word) for word in doc["elided_starts"]),
        elided_suffixes=tuple(str(suffix) for suffix in doc["elided_suffixes"]),
        fragment_words=int(doc["fragment_words"]),
        negation_looks_past=frozenset(str(word) for word in doc["negation_looks_past"]),
    )
