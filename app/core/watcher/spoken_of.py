"""Which signals a piece of writing speaks of at all, for or against.

A day counts towards a signal's "days with data" only when there is evidence about that
signal that day. Writing is such evidence when the writer says something about their own
energy, interest, focus or mood: a signal phrase ("so tired"), the same phrase negated
("not tired at all"), or a phrase that says the opposite ("lots of energy"). A fear or a
plan ("if I get tired"), other people's states and quoted or pasted words (quoted.py) say
nothing about the writer's day.
"""

from __future__ import annotations

from app.core.watcher.lexicon import ABOUT_SIGNAL_CHANNEL, AGAINST_CHANNEL, Lexicon
from app.core.watcher.model import TextSource
from app.core.watcher.quoted import quoted_spans
from app.core.watcher.reading import FIRST_PERSON, context_of, is_hypothetical, normalise, speaker


def signals_spoken_of(source: TextSource, lexicon: Lexicon) -> frozenset[str]:
    """The signals this text says something about, about the writer, as fact."""
    if lexicon.about_scanner is None:
        return frozenset()
    norm = normalise(source.text)
    channels = lexicon.about_scanner.scan(norm)
    quoted = quoted_spans(norm)
    found: set[str] = set()
    for match in (*channels[ABOUT_SIGNAL_CHANNEL], *channels[AGAINST_CHANNEL]):
        if match.category in found or quoted.covers(match.start):
            continue
        context = context_of(norm, source.text, match.start, match.end, lexicon.rules)
        if is_hypothetical(context, lexicon.rules):
            continue
        if speaker(context, lexicon.rules, you_means_someone_else=True) == FIRST_PERSON:
            found.add(match.category)
    return frozenset(found)
