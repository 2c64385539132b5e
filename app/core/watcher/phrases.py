"""Find signal and crisis phrases in a piece of writing, read in context."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.watcher.lexicon import CRISIS_CHANNEL, SIGNAL_CHANNEL, Lexicon
from app.core.watcher.model import CRISIS, PhraseMatch, TextSource
from app.core.watcher.reading import (
    FIRST_PERSON,
    MatchContext,
    context_of,
    is_hypothetical,
    is_negated,
    normalise,
    speaker,
)
from app.core.watcher.scanner import ScanMatch


@dataclass(frozen=True)
class Reading:
    """What one piece of writing says: signal phrases and crisis phrases."""

    signals: list[PhraseMatch]
    crisis: list[PhraseMatch]


def read_text(source: TextSource, lexicon: Lexicon) -> Reading:
    norm = normalise(source.text)
    channels = lexicon.scanner.scan(norm)
    signals = [
        _phrase_match(match.category, context.phrase, source)
        for match in channels[SIGNAL_CHANNEL]
        if (context := context_of(norm, source.text, match.start, match.end, lexicon.rules))
        and counts_as_signal(context, lexicon)
    ]
    crisis = [
        _phrase_match(CRISIS, context.phrase, source)
        for match in channels[CRISIS_CHANNEL]
        if (context := context_of(norm, source.text, match.start, match.end, lexicon.rules))
        and counts_as_crisis(context, match, lexicon)
    ]
    return Reading(signals, crisis)


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
    """Words about wanting to die or hurting oneself, written about the writer.

    When in doubt this errs towards showing resources: hypotheticals count ("I'm afraid
    I'll hurt myself"), "you" counts, and only a negation right before the words ("I'm
    not suicidal", "I don't want to die") leaves them out. Idioms never count.
    """
    if _inside_idiom(context, match, lexicon):
        return False
    if is_negated(context, lexicon.crisis_negation_window, lexicon.crisis_negators):
        return False
    return speaker(context, lexicon.rules, you_means_someone_else=False) == FIRST_PERSON


def _inside_idiom(context: MatchContext, match: ScanMatch, lexicon: Lexicon) -> bool:
    return any(
        idiom.start() < match.end and match.start < idiom.end()
        for idiom in lexicon.idiom_pattern.finditer(
            context.norm, context.sentence_start, context.sentence_end
        )
    )


def _phrase_match(category: str, phrase: str, source: TextSource) -> PhraseMatch:
    return PhraseMatch(
        category=category,
        phrase=" ".join(phrase.split()),
        source=source.source,
        source_id=source.source_id,
        day=source.day,
    )
