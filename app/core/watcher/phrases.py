"""Find signal and crisis phrases in a piece of writing, read in context."""

from __future__ import annotations

from app.core.watcher.lexicon import Lexicon
from app.core.watcher.model import CRISIS, PhraseMatch, TextSource
from app.core.watcher.reading import (
    FIRST_PERSON,
    context_of,
    is_hypothetical,
    is_negated,
    normalise,
    speaker,
)


def signal_phrases(source: TextSource, lexicon: Lexicon) -> list[PhraseMatch]:
    """Phrases about the writer's own energy, interest, focus or mood, stated as fact.

    Negated ("not tired at all"), hypothetical ("if I get tired") and other people's
    ("my sister has no energy") phrases are left out.
    """
    norm = normalise(source.text)
    rules = lexicon.rules
    found: list[PhraseMatch] = []
    for match in lexicon.signal_pattern.finditer(norm):
        context = context_of(norm, source.text, match.start(), match.end(), rules)
        if is_negated(
            context,
            rules.negation_window,
            rules.negators,
            rules.negator_phrases,
            rules.negation_cancellers,
        ):
            continue
        if is_hypothetical(context, rules):
            continue
        if speaker(context, rules, you_means_someone_else=True) != FIRST_PERSON:
            continue
        category = match.lastgroup or ""
        found.append(_phrase_match(category, context.phrase, source))
    return found


def crisis_phrases(source: TextSource, lexicon: Lexicon) -> list[PhraseMatch]:
    """Words about wanting to die or hurting oneself, written about the writer.

    When in doubt this errs towards showing resources: hypotheticals count ("I'm afraid
    I'll hurt myself"), "you" counts, and only a negation right before the words ("I'm
    not suicidal", "I don't want to die") leaves them out. Idioms never count.
    """
    norm = normalise(source.text)
    rules = lexicon.rules
    found: list[PhraseMatch] = []
    for match in lexicon.crisis_pattern.finditer(norm):
        context = context_of(norm, source.text, match.start(), match.end(), rules)
        if _inside_idiom(norm, context.sentence_start, context.sentence_end, match.span(), lexicon):
            continue
        if is_negated(context, lexicon.crisis_negation_window, lexicon.crisis_negators):
            continue
        if speaker(context, rules, you_means_someone_else=False) != FIRST_PERSON:
            continue
        found.append(_phrase_match(CRISIS, context.phrase, source))
    return found


def _inside_idiom(norm: str, start: int, end: int, span: tuple[int, int], lexicon: Lexicon) -> bool:
    return any(
        idiom.start() < span[1] and span[0] < idiom.end()
        for idiom in lexicon.idiom_pattern.finditer(norm, start, end)
    )


def _phrase_match(category: str, phrase: str, source: TextSource) -> PhraseMatch:
    return PhraseMatch(
        category=category,
        phrase=" ".join(phrase.split()),
        source=source.source,
        source_id=source.source_id,
        day=source.day,
    )
