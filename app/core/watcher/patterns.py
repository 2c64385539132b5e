"""Word-list patterns as regular expressions: macros expanded, spaces made flexible.

Shared by the signal lexicon and the crisis grammar, so both are written the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_MACRO = re.compile(r"\{([a-z_]+)\}")
# Macros may use other macros; deeper than this is a loop in the data.
_MAX_MACRO_DEPTH = 6


class LexiconError(ValueError):
    """A word list in resources/ is malformed (a bug in the data, caught by its tests)."""


def expand_macros(pattern: str, macros: Mapping[str, str]) -> str:
    """``pattern`` with every {name} replaced by its macro, macros inside macros too."""

    def expand(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise LexiconError(f"unknown macro {{{name}}} in {pattern!r}")
        return macros[name]

    expanded = pattern
    for _ in range(_MAX_MACRO_DEPTH):
        if not _MACRO.search(expanded):
            return expanded
        expanded = _MACRO.sub(expand, expanded)
    raise LexiconError(f"macros nest too deeply in {pattern!r}")


def compile_phrase(pattern: str, macros: Mapping[str, str]) -> str:
    """One lexicon pattern as a regular expression: macros expanded, spaces made flexible."""
    regex = _flexible_spaces(expand_macros(pattern, macros))
    try:
        compiled = re.compile(regex)
    except re.error as error:
        raise LexiconError(f"bad pattern {pattern!r}: {error}") from error
    if compiled.groups:
        raise LexiconError(f"pattern {pattern!r} must use (?:...) rather than capturing groups")
    return regex


def whole_words(regex: str) -> str:
    """A phrase never starts or ends inside a word (nor right after "don'")."""
    return rf"(?<![\w])(?<!\w')(?:{regex})(?![\w])"


def _flexible_spaces(pattern: str) -> str:
    """A space matches any run of white space (" ?" any, or none); classes stay as written."""
    out: list[str] = []
    in_class = escaped = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == " ":
            optional = pattern[index + 1 : index + 2] == "?"
            out.append(r"\s*" if optional else r"\s+")
            index += 2 if optional else 1
            continue
        out.append(char)
        index += 1
    return "".join(out)


def word_set(items: Iterable[str]) -> frozenset[str]:
    """Words from a data list, lower-cased, for membership tests."""
    return frozenset(str(item).lower() for item in items)


def phrase_tuple(items: Iterable[str]) -> tuple[str, ...]:
    """Phrases from a data list, lower-cased with single spaces."""
    return tuple(" ".join(str(item).lower().split()) for item in items)
