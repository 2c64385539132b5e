"""Turn what a person types into a safe FTS5 query, keeping the operators they may mean.

Kept as typed: words, prefix words (``interv*``), "quoted phrases", AND/OR/NOT and
parentheses. Words with punctuation (``follow-up``, ``don't``) are quoted instead of
failing, because FTS5 would reject them as syntax.
"""

from __future__ import annotations

import re

from app.core.errors import SearchQueryError

_OPERATORS = {"AND", "OR", "NOT"}
_PLAIN_WORD = re.compile(r"^\w+\*?$", re.UNICODE)
_TOKEN = re.compile(r'"[^"]*"\*?|[()]|[^\s()"]+')


def prepare(query: str) -> str:
    """An FTS5 MATCH expression for ``query``; raises SearchQueryError if it can't be one."""
    text = query.strip()
    if text.count('"') % 2:
        raise SearchQueryError(
            "A quote mark is missing its partner. Put a phrase between two quote marks, "
            'like "thank you note".'
        )
    parts: list[str] = []
    for token in _TOKEN.findall(text):
        if (
            token in _OPERATORS
            or token in "()"
            or _PLAIN_WORD.match(token)
            or token.startswith('"')
        ):
            parts.append(token)
        else:
            parts.append(_quote(token))
    return " ".join(parts)


def _quote(token: str) -> str:
    prefix = token.endswith("*")
    word = token.rstrip("*").replace('"', '""')
    return f'"{word}"' + ("*" if prefix else "")


def explain_syntax_error(detail: str) -> SearchQueryError:
    return SearchQueryError(
        'Tend couldn\'t understand that search. Words, "exact phrases", word* for word '
        f"beginnings and AND / OR / NOT all work. ({detail})"
    )
