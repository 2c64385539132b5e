"""Fast phrase scanning: try only the phrases that can start with each word of the text.

One big alternation of ~100 phrases costs Python's regex engine about 30 microseconds per
entry, because it tries every phrase at every word. Here each phrase's possible first
words are worked out once from its parse tree; scanning then looks at each word of the
text and tries only the phrases that can start with it. The matches are the same as a
left-to-right search of the whole alternation (a test checks this); when a phrase's first
word cannot be worked out, the scanner falls back to that plain search.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_MAX_REPEATS = 4


class _Unbounded(Exception):
    """The phrase may start with any word (a [a-z]-style class, say)."""


@dataclass(frozen=True)
class ScanMatch:
    start: int
    end: int
    category: str


class PhraseScanner:
    """Finds non-overlapping phrase matches, leftmost first, like ``re.finditer``.

    Each channel is a list of (category, regex) in priority order, matched independently
    of the other channels (signals and crisis words, say) in one pass over the words.
    Each regex must already carry its own word-boundary guards.
    """

    def __init__(self, channels: Sequence[Sequence[tuple[str, str]]]) -> None:
        self._channels = [list(phrases) for phrases in channels]
        self._plain: list[re.Pattern[str]] | None = None
        buckets: dict[str, list[list[tuple[str, str]]]] = {}
        try:
            for index, phrases in enumerate(channels):
                for category, regex in phrases:
                    for word in first_words(regex):
                        lists = buckets.setdefault(word, [[] for _ in channels])
                        lists[index].append((category, regex))
        except _Unbounded:
            self._buckets: dict[str, list[list[tuple[str, str]]]] | None = None
            self._plain_patterns()
        else:
            self._buckets = buckets
            # Finds the words that can start a phrase, in C; it may also hit the tail of a
            # longer word ("so" in "also"), which scan() skips.
            self._first_word = re.compile(f"{_trie(sorted(buckets))}(?![\\w])")
        # Each word's phrases are compiled the first time the word is met: a phrase that can
        # start with twenty words sits in twenty buckets, and compiling every bucket up
        # front cost seconds in each new process (the command line's `add` paid it all).
        self._by_word: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}

    @property
    def is_fast(self) -> bool:
        return self._buckets is not None

    def scan(self, text: str) -> list[list[ScanMatch]]:
        """The matches of each channel, in text order."""
        if self._buckets is None:
            return self.scan_plain(text)
        found: list[list[ScanMatch]] = [[] for _ in self._channels]
        resume = [0] * len(self._channels)
        for word in self._first_word.finditer(text):
            start = word.start()
            # Most candidates follow a space; only the rest need the closer look.
            if start and text[start - 1] != " " and _inside_a_word(text, start):
                continue
            for index, pattern in self._patterns_for(word.group()):
                if start < resume[index]:
                    continue
                match = pattern.match(text, start)
                if match is not None and match.end() > start:
                    found[index].append(ScanMatch(start, match.end(), match.lastgroup or ""))
                    resume[index] = match.end()
        return found

    def scan_plain(self, text: str) -> list[list[ScanMatch]]:
        """The reference behaviour: one search per channel over its whole alternation."""
        return [
            [
                ScanMatch(match.start(), match.end(), match.lastgroup or "")
                for match in pattern.finditer(text)
            ]
            for pattern in self._plain_patterns()
        ]

    def _patterns_for(self, word: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        patterns = self._by_word.get(word)
        if patterns is None:
            assert self._buckets is not None
            lists = self._buckets[word]
            # Two threads may both compile a word the first time; the results are equal.
            patterns = tuple((index, _compile(items)) for index, items in enumerate(lists) if items)
            self._by_word[word] = patterns
        return patterns

    def _plain_patterns(self) -> list[re.Pattern[str]]:
        if self._plain is None:
            self._plain = [_compile(phrases) for phrases in self._channels]
        return self._plain


def _inside_a_word(text: str, start: int) -> bool:
    before = text[start - 1]
    if before.isalnum() or before == "_":
        return True
    return before == "'" and start > 1 and text[start - 2].isalnum()


def _trie(words: Sequence[str]) -> str:
    """A regex matching exactly these words, shaped as a trie so it runs fast."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [
        re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _compile(phrases: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    """Named groups per category, categories and phrases kept in their given order."""
    order: list[str] = []
    grouped: dict[str, list[str]] = {}
    for category, regex in phrases:
        if category not in grouped:
            order.append(category)
            grouped[category] = []
        grouped[category].append(regex)
    if not order:
        return re.compile(r"(?!)")  # an empty channel never matches (not "matches everywhere")
    return re.compile("|".join(f"(?P<{name}>{'|'.join(grouped[name])})" for name in order))


def first_words(regex: str) -> frozenset[str]:
    """Every word a match of ``regex`` can start with (raises _Unbounded if unknowable)."""
    try:
        from re import _constants as constants  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError as error:  # pragma: no cover - a future Python may move them
        raise _Unbounded from error
    tree = parser.parse(regex)
    states = _Walker(constants).walk(list(tree), {("", False)})
    words = frozenset(prefix for prefix, _ in states)
    if "" in words:
        raise _Unbounded
    return words


class _Walker:
    """Follows a parse tree and collects word prefixes (prefix, finished) along each path."""

    def __init__(self, constants: Any) -> None:
        self.c = constants

    def walk(self, ops: list[Any], states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
        for op, value in ops:
            if all(done for _, done in states):
                return states
            states = self.step(op, value, states)
        return states

    def step(self, op: Any, value: Any, states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
        c = self.c
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return states  # zero width
        if op is c.LITERAL:
            return {_extend(state, chr(value)) for state in states}
        if op is c.IN:
            if any(_can_be_word_char(item, c) for item in value):
                raise _Unbounded
            return {(prefix, True) for prefix, _ in states}
        if op is c.BRANCH:
            return set().union(*(self.walk(list(branch), states) for branch in value[1]))
        if op is c.SUBPATTERN:
            return self.walk(list(value[-1]), states)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            return self.repeat(value, states)
        raise _Unbounded

    def repeat(self, value: Any, states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
        low, high, body = value
        result = set(states) if low == 0 else set()
        current = states
        for count in range(1, _MAX_REPEATS + 1):
            current = self.walk(list(body), current)
            if count >= low:
                result |= current
            if count >= high or all(done for _, done in current):
                return result
        raise _Unbounded


def _extend(state: tuple[str, bool], char: str) -> tuple[str, bool]:
    prefix, done = state
    if done:
        return state
    if char.isalnum() or char == "'":
        return prefix + char, False
    return prefix, True


def _can_be_word_char(item: tuple[Any, Any], c: Any) -> bool:
    op, value = item
    if op is c.LITERAL:
        return chr(value).isalnum() or chr(value) == "'"
    if op is c.CATEGORY:
        return value is not c.CATEGORY_SPACE
    return True  # ranges, negations and anything else may hold letters
