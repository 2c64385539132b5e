"""Find signal and crisis phrases in a piece of writing, read in context."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.watcher import crisis as crisis_reading
from app.core.watcher.lexicon import CRISIS_CHANNEL, SIGNAL_CHANNEL, Lexicon
from app.core.watcher.model import CRISIS, PhraseMatch, TextSource
from app.core.watcher.quoted import quoted_spans
from app.core.watcher.reading import (
    FIRST_PERSON,
    MatchContext,
    context_of,
    is_hypothetical,
    is_negated,
    normalise,
    sentence_around,
    speaker,
)
from app.core.watcher.scanner import ScanMatch

# Letters written three or more times ("dieeee", "sooo"): read again with them collapsed.
_REPEATED = re.compile(r"([a-z])\1{2,}")


@dataclass(frozen=True)
class Reading:
    """What one piece of writing says: signal phrases and crisis phrases."""

    signals: list[PhraseMatch]
    crisis: list[PhraseMatch]


def read_text(source: TextSource, lexicon: Lexicon) -> Reading:
    norm = normalise(source.text)
    channels = lexicon.scanner.scan(norm)
    # Quoted and pasted words are someone else's: not read for signals, read for crisis.
    quoted = quoted_spans(norm)
    signals = [
        _phrase_match(match.category, context.phrase, source)
        for match in channels[SIGNAL_CHANNEL]
        if not quoted.covers(match.start)
        and (context := context_of(norm, source.text, match.start, match.end, lexicon.rules))
        and counts_as_signal(context, lexicon)
    ]
    crisis = _crisis(norm, source.text, channels[CRISIS_CHANNEL], source, lexicon)
    if not crisis:
        crisis = _crisis_with_letters_collapsed(norm, source, lexicon)
    if not crisis:
        already_read = [(match.start, match.end) for match in channels[CRISIS_CHANNEL]]
        crisis = _second_layer(norm, source, lexicon, already_read)
    return Reading(signals, crisis)


def _second_layer(
    norm: str, source: TextSource, lexicon: Lexicon, already_read: list[tuple[int, int]]
) -> list[PhraseMatch]:
    """A strong crisis concept in a sentence about the writer (crisis_layer.py).

    Words a grammar phrase already matched were read by the same rules and set aside, so
    they are not read again: an entry full of idioms and quotes stays fast.
    """
    grammar = lexicon.crisis
    layer = grammar.cooccurrence
    found: list[PhraseMatch] = []
    read = iter(already_read)
    current = next(read, None)
    for match in layer.concepts.scan(norm)[0]:
        while current is not None and current[1] <= match.start:
            current = next(read, None)
        if current is not None and current[0] < match.end:
            continue
        context = context_of(norm, source.text, match.start, match.end, lexicon.rules)
        sentence = norm[context.sentence_start : context.sentence_end]
        category = layer.concept_category(match.category, sentence)
        if (
            category is not None
            and layer.about_writer(norm, context.sentence_start, context.sentence_end, match.start)
            and crisis_reading.counts_in_second_layer(context, category, grammar)
        ):
            found.append(_phrase_match(CRISIS, context.phrase, source))
    return found


def _crisis_with_letters_collapsed(
    norm: str, source: TextSource, lexicon: Lexicon
) -> list[PhraseMatch]:
    """Sentences with drawn-out letters, read again as "die" and "so" ("dieeee", "sooo").

    Only those sentences are read again, so a long entry with one "hmmm" stays fast.
    """
    found: list[PhraseMatch] = []
    done_until = -1
    for repeated in _REPEATED.finditer(norm):
        if repeated.start() < done_until:
            continue
        start, end = sentence_around(norm, repeated.start())
        done_until = end
        for collapsed in (
            _REPEATED.sub(r"\1", norm[start:end]),
            _REPEATED.sub(r"\1\1", norm[start:end]),
        ):
            matches = lexicon.scanner.scan(collapsed)[CRISIS_CHANNEL]
            crisis = _crisis(collapsed, collapsed, matches, source, lexicon)
            if crisis:
                found.extend(crisis)
                break
    return found


def _crisis(
    norm: str, original: str, matches: list[ScanMatch], source: TextSource, lexicon: Lexicon
) -> list[PhraseMatch]:
    return [
        _phrase_match(CRISIS, context.phrase, source)
        for match in matches
        if (context := context_of(norm, original, match.start, match.end, lexicon.rules))
        and counts_as_crisis(context, match, lexicon)
    ]


def signal_phrases(source: TextSource, lexicon: Lexicon) -> list[PhraseMatch]:
    return read_text(source, lexicon).signals


def crisis_phrases(source: TextSource, lexicon: Lexicon) -> list[PhraseMatch]:
    return read_text(source, lexicon).crisis


def counts_as_signal(context: MatchContext, lexicon: Lexicon) -> bool:
    """The writer's own energy, interest, focus or mood, stated as fact.

    Negated ("not tired at all"), hypothetical ("if I get tired") and other people's
    ("my sister has no energy") phrases do not count.
    """
    rules = lexicon.rules
    if is_negated(
        context,
        rules.negation_window,
        rules.negators,
        rules.negator_phrases,
        rules.negation_cancellers,
    ):
        return False
    if is_hypothetical(context, rules):
        return False
    return speaker(context, rules, you_means_someone_else=True) == FIRST_PERSON


def counts_as_crisis(context: MatchContext, match: ScanMatch, lexicon: Lexicon) -> bool:
    """Words about ending one's life or hurting oneself, written about the writer.

    Read by the crisis grammar (app/core/watcher/crisis.py): when in doubt, it counts.
    """
    return crisis_reading.counts_as_crisis(context, match.category, lexicon.crisis)


def _phrase_match(category: str, phrase: str, source: TextSource) -> PhraseMatch:
    return PhraseMatch(
        category=category,
        phrase=" ".join(phrase.split()),
        source=source.source,
        source_id=source.source_id,
        day=source.day,
    )
