"""Whether a crisis-grammar match counts: about the writer, not negated, not excluded.

The rule is "when in doubt, show resources": a false alarm costs the person one click,
a missed "I cut myself again" costs far more. So exclusions are narrow and positive (a
whole idiom, an accident marker, a topic, fiction, someone else's quoted words), each
tied to the match it covers, and a risk reading elsewhere in the sentence always counts
on its own. See docs/watcher.md, "Crisis words".
"""

from __future__ import annotations

import dataclasses
import re

from app.core.watcher.crisis_grammar import CrisisGrammar
from app.core.watcher.reading import FIRST_PERSON, MatchContext, speaker

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_QUOTE = re.compile("[\"'\u201c\u201d\u00ab\u00bb\u201e]")
_OPENING_DOUBLE = "\u201c\u00ab\u201e"
_CLOSING_DOUBLE = "\u201d\u00bb"
_SENTENCE_END = re.compile("[.!?\n\u2026]")
# How far before and after a match an overlapping idiom or topic phrase may reach.
_REACH = 100


def counts_as_crisis(context: MatchContext, category: str, grammar: CrisisGrammar) -> bool:
    """Words about ending one's life or hurting oneself, written about the writer."""
    # Cheapest checks first; the words count only if every check lets them.
    if category in grammar.negatable and _negated(context, grammar):
        return False
    if _named_just_before(context, grammar):
        return False
    if speaker(context, grammar.rules, you_means_someone_else=False) != FIRST_PERSON:
        return False
    return not _excluded(context, category, grammar)


def counts_in_second_layer(context: MatchContext, category: str, grammar: CrisisGrammar) -> bool:
    """A second-layer concept about the writer counts unless the same rules set it aside.

    Negation is always read here, and only right before the concept ("I'm not suicidal"),
    looking past a few framing words ("I'm not thinking about suicide").
    """
    prefix = context.clause_prefix_tokens
    looks_past = grammar.cooccurrence.negation_looks_past
    if prefix and prefix[-1] in looks_past:
        prefix = list(prefix)
        while prefix and prefix[-1] in looks_past:
            prefix.pop()
        context = dataclasses.replace(context, clause_prefix_tokens=prefix)
    if _negated(context, grammar) or _named_just_before(context, grammar):
        return False
    if speaker(context, grammar.rules, you_means_someone_else=False) != FIRST_PERSON:
        return False
    return not _excluded(context, category, grammar)


def _named_just_before(context: MatchContext, grammar: CrisisGrammar) -> bool:
    """A name right before words that start with a verb: "Sam wants to die" is Sam's."""
    if not context.match_tokens or context.match_tokens[0] not in grammar.rules.name_verbs:
        return False
    before = list(_TOKEN.finditer(context.norm, context.sentence_start, context.start))
    if not before:
        return False
    name = before[-1]
    if name.group() in grammar.rules.first_person or name.group() in grammar.rules.not_names:
        return False
    # When the text could not be aligned, original is the lower-case copy: no names found.
    return context.original[name.start()].isupper()


def _excluded(context: MatchContext, category: str, grammar: CrisisGrammar) -> bool:
    sentence = context.norm[context.sentence_start : context.sentence_end]
    if _covered(context, grammar):
        return True
    for rule in grammar.marker_rules:
        if (
            category in rule.categories
            and rule.markers.scan(sentence)[0]
            and not rule.vetoes.search(sentence)
        ):
            return True
    return _in_fiction(context, grammar) or _quoting_someone_else(context, grammar)


def _covered(context: MatchContext, grammar: CrisisGrammar) -> bool:
    """A whole idiom or topic phrase in the sentence that overlaps the match.

    Only the words near the match are read: an idiom or topic phrase is short, and a
    2,000-word entry written as one run-on sentence must still read in milliseconds.
    """
    start = max(context.sentence_start, context.start - _REACH)
    # Start at a word's beginning, so a cut word cannot look like a whole one.
    start = max(start, context.norm.rfind(" ", context.sentence_start, start) + 1)
    end = min(context.sentence_end, context.end + _REACH)
    window = context.norm[start:end]
    return any(
        found.start + start < context.end and context.start < found.end + start
        for channel in grammar.exclusions.scan(window)
        for found in channel
    )


def _negated(context: MatchContext, grammar: CrisisGrammar) -> bool:
    """A plain negation right before the words ("I'm not suicidal", "I'd never hurt myself").

    Filler words are looked past ("I don't really want to die"); a "not" that negates
    nothing ("why not just...") is not one. A negation is not trusted when the sentence
    goes on to doubt it ("...but the thought keeps coming back").
    """
    prefix = list(context.clause_prefix_tokens)
    # Right before the words, before looking past filler: "I used to self harm".
    ends_negated = " ".join(prefix[-2:]).endswith(grammar.negator_phrases)
    while prefix and prefix[-1] in grammar.negation_skip and prefix[-1] not in grammar.negators:
        prefix.pop()
    near = prefix[-grammar.negation_window :]
    near_text = f" {' '.join(prefix[-grammar.negation_window - 1 :])} "
    negated = (
        ends_negated
        or any(token in grammar.negators for token in near)
        or any(f" {phrase} " in near_text for phrase in grammar.negator_phrases)
    )
    if not negated or any(f" {phrase} " in near_text for phrase in grammar.not_negations):
        return False
    rest = " ".join(_TOKEN.findall(context.norm, context.end, context.sentence_end))
    return not any(f" {doubt} " in f" {rest} " for doubt in grammar.doubt_after)


def _in_fiction(context: MatchContext, grammar: CrisisGrammar) -> bool:
    """A sentence that opens "In the film, ..." and never brings in the writer."""
    frame = grammar.fiction_frame.match(context.norm, context.sentence_start)
    if frame is None:
        return False
    tokens = _TOKEN.findall(context.norm, frame.end(), context.end)
    return not any(token in grammar.rules.first_person for token in tokens)


def _quoting_someone_else(context: MatchContext, grammar: CrisisGrammar) -> bool:
    """Inside quotation marks, and the quote is said or written by someone else.

    "He said 'I want to kill myself' as a joke" is his; "I told her 'I want to die'" and
    "I keep thinking 'I want to die'" (no one else speaks) are the writer's.
    """
    span = _quote_around(context.norm, context.start, context.end)
    if span is None:
        return False
    opening, closing = span
    before_start = _sentence_start(context.norm, opening)
    before = _TOKEN.findall(context.norm, before_start, opening)
    for index in range(len(before) - 1, -1, -1):
        if before[index] in grammar.speech_verbs:
            return not _writer_among(before[:index], grammar)
    found_end = _SENTENCE_END.search(context.norm, closing)
    after_end = len(context.norm) if found_end is None else found_end.start()
    after = _TOKEN.findall(context.norm, closing, after_end)[:4]
    for index, token in enumerate(after):
        if token in grammar.speech_verbs:
            return not _writer_among(after[:index], grammar)
    return False


def _writer_among(tokens: list[str], grammar: CrisisGrammar) -> bool:
    """The nearest person named in ``tokens`` (read backwards) is the writer."""
    rules = grammar.rules
    for token in reversed(tokens):
        if token in rules.first_person:
            return True
        base = token.removesuffix("'s")
        if token in rules.third_person or base in rules.relations:
            return False
    return False


def _sentence_start(norm: str, position: int) -> int:
    starts = [norm.rfind(mark, 0, position) for mark in ".!?\n\u2026"]
    return 1 + max(starts)


def _quote_around(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation (opening, closing) that holds norm[start:end], if any."""
    opening: int | None = None
    kind = ""
    for mark in _QUOTE.finditer(norm, max(0, start - 400), min(len(norm), end + 400)):
        char, index = mark.group(), mark.start()
        before = norm[index - 1] if index else " "
        after = norm[index + 1] if index + 1 < len(norm) else " "
        if char == "'":
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe: don't, I'm
            opens = not before.isalnum() and after.isalnum()
            closes = (before.isalnum() or before in ".!?,") and not after.isalnum()
            mark_kind = "'"
        else:
            opens = char in _OPENING_DOUBLE or (char == '"' and opening is None)
            closes = char in _CLOSING_DOUBLE or (char == '"' and opening is not None)
            mark_kind = '"'
        if opening is None and opens:
            opening, kind = index, mark_kind
        elif opening is not None and closes and mark_kind == kind:
            if opening < start and end <= index:
                return opening, index + 1
            opening = None
    return None
