"""Short pieces of an entry shown in lists: search snippets with their matches in bold,
Markdown marks folded away, everything else escaped; and previews cut between words."""

from __future__ import annotations

import html
import re

from app.core.journal.model import HIGHLIGHT_END, HIGHLIGHT_START

# Emphasis and code marks anywhere; heading and quote marks only as a line's first word
# (a ">" or "#" inside a sentence is the person's own text).
_MARKDOWN_MARKS = re.compile(r"[*_`~]+|(?:^|(?<=\s))[#>]+(?=\s)")
ELLIPSIS = "…"


def plain_snippet(snippet: str) -> str:
    """The snippet as plain words: no match markers, no Markdown marks."""
    text = snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    return " ".join(_MARKDOWN_MARKS.sub("", text).split())


def snippet_html(snippet: str) -> str:
    """Rich text for a snippet: the matched words in bold, the rest escaped as written
    (so "<b>" or "&" typed in an entry shows as typed) and Markdown marks folded away."""
    text = " ".join(_MARKDOWN_MARKS.sub("", snippet).split())
    escaped = html.escape(text)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def cut_at_word(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut between words with an ellipsis, never mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–—") + ELLIPSIS
