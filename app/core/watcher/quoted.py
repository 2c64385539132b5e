"""Quoted and pasted text: words that are someone else's, not the writer's own state.

A pasted rejection email ("we have lost interest in your application") says nothing about
the writer's interest, so the four signals skip:
- text inside double quotation marks (straight, curly or guillemets) of at least
  ``min_words`` words; a shorter quote is usually a scare-quoted word ("fine") and stays
  the writer's own;
- Markdown block quotes: every line starting with ``>`` (what "Paste as quote" writes).

A quotation mark only pairs with one in the same paragraph, so a stray mark never hides
the rest of an entry. The crisis path reads all of it: quoted words can still be a
person's own (see crisis.py for how quotes are read there).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.resources import load_json

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class QuoteRules:
    min_words: int
    pairs: tuple[tuple[str, str], ...]
    block_quote: re.Pattern[str]
    marks: frozenset[str]  # every character that can open or close a quote, or a block


@functools.cache
def quote_rules() -> QuoteRules:
    return quote_rules_from(load_json("watcher", "quoted.json"))


def quote_rules_from(data: dict[str, Any]) -> QuoteRules:
    pairs = tuple((str(pair[0]), str(pair[1])) for pair in data["pairs"])
    mark = str(data["block_quote_mark"])
    return QuoteRules(
        min_words=int(data["min_words"]),
        pairs=pairs,
        # Markdown allows up to three spaces before the mark.
        block_quote=re.compile(rf"^ {{0,3}}{re.escape(mark)}[^\n]*", re.MULTILINE),
        marks=frozenset({mark, *(c for pair in pairs for c in pair)}),
    )


@dataclass(frozen=True)
class QuotedSpans:
    """Sorted, non-overlapping (start, end) spans of quoted text."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def covers(self, position: int) -> bool:
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


NO_QUOTES = QuotedSpans((), ())


def quoted_spans(text: str, rules: QuoteRules | None = None) -> QuotedSpans:
    """Where ``text`` holds quoted or pasted words, as spans of ``text``."""
    rules = rules or quote_rules()
    if not any(mark in text for mark in rules.marks):
        return NO_QUOTES  # most writing: nothing to look for
    spans = [(found.start(), found.end()) for found in rules.block_quote.finditer(text)]
    start = 0
    for paragraph_end in (*(m.start() for m in _PARAGRAPH_BREAK.finditer(text)), len(text)):
        for opening, closing in rules.pairs:
            spans.extend(_quotes_in(text, (start, paragraph_end), (opening, closing), rules))
        start = paragraph_end
    return _merged(spans)


def _quotes_in(
    text: str, paragraph: tuple[int, int], pair: tuple[str, str], rules: QuoteRules
) -> list[tuple[int, int]]:
    start, end = paragraph
    opening, closing = pair
    found: list[tuple[int, int]] = []
    position = start
    while True:
        open_at = text.find(opening, position, end)
        if open_at < 0:
            return found
        close_at = text.find(closing, open_at + 1, end)
        if close_at < 0:
            return found  # an unclosed mark quotes nothing
        if len(_WORD.findall(text, open_at + 1, close_at)) >= rules.min_words:
            found.append((open_at, close_at + 1))
        position = close_at + 1


def _merged(spans: Sequence[tuple[int, int]]) -> QuotedSpans:
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return QuotedSpans(tuple(starts), tuple(ends))
