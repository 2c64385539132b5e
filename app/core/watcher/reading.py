"""How a matched phrase is read in its sentence: negated, hypothetical, and about whom.

The rules are deliberately simple and explainable (see docs/watcher.md): they look at the
few words before a match inside its clause, and at the nearest person mentioned before it
in its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.watcher.lexicon import ContextRules

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile("[.!?\n\u2026]")

FIRST_PERSON = "first"
SOMEONE_ELSE = "other"


def normalise(text: str) -> str:
    """Lower case with one kind of apostrophe; the same length as the text where possible."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered.replace("`", "'")
    # str.translate is slow on non-ASCII text; four replaces are not.
    for curly in "\u2019\u2018\u02bc":
        lowered = lowered.replace(curly, "'")
    return lowered.replace("`", "'")


@dataclass(frozen=True)
class MatchContext:
    """A match and the sentence around it, in normalised and original text."""

    norm: str
    original: str  # the original text when it aligns with norm, else norm itself
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    clause_start: int
    clause_prefix_tokens: list[str]  # the words before the match in its clause
    match_tokens: list[str]

    @property
    def phrase(self) -> str:
        return self.original[self.start : self.end]


def sentence_around(norm: str, position: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``position``."""
    start = 1 + max(norm.rfind(mark, 0, position) for mark in ".!?\n\u2026")
    found_end = _SENTENCE_END.search(norm, position)
    return start, len(norm) if found_end is None else found_end.start()


def context_of(norm: str, original: str, start: int, end: int, rules: ContextRules) -> MatchContext:
    sentence_start = 1 + max(
        norm.rfind(".", 0, start),
        norm.rfind("!", 0, start),
        norm.rfind("?", 0, start),
        norm.rfind("\n", 0, start),
        norm.rfind("\u2026", 0, start),
    )
    found_end = _SENTENCE_END.search(norm, end)
    sentence_end = len(norm) if found_end is None else found_end.start()
    clause_start = sentence_start
    for clause_break in rules.clause_break.finditer(norm, sentence_start, start):
        clause_start = clause_break.end()
    aligned = original if len(original) == len(norm) else norm
    return MatchContext(
        norm,
        aligned,
        start,
        end,
        sentence_start,
        sentence_end,
        clause_start,
        _TOKEN.findall(norm, clause_start, start),
        _TOKEN.findall(norm, start, end),
    )


def is_negated(
    context: MatchContext,
    window: int,
    negators: frozenset[str],
    phrases: tuple[str, ...] = (),
    cancellers: tuple[str, ...] = (),
) -> bool:
    """A negator among the last few words before the match, in the same clause.

    "never felt so drained" is not negated: cancellers are phrases that intensify.
    """
    prefix = context.clause_prefix_tokens
    near = prefix[-window:]
    near_text = f" {' '.join(near)} "
    negated = any(token in negators for token in near) or any(
        f" {phrase} " in near_text for phrase in phrases
    )
    if not negated:
        return False
    wider_text = f" {' '.join(prefix[-(window + 3) :])} "
    return not any(f" {canceller} " in wider_text for canceller in cancellers)


def is_hypothetical(context: MatchContext, rules: ContextRules) -> bool:
    """A fear, a condition or a future before the match in its clause ("if I get tired")."""
    prefix = context.clause_prefix_tokens
    following = [*prefix[1:], *context.match_tokens[:1], ""]
    for token, next_token in zip(prefix, following, strict=False):
        if token in rules.hypothetical_markers:
            return True
        # "I'd lose interest" is a would; "I'd lost interest" is a had.
        if token in rules.would_contractions and next_token not in rules.past_participles:
            return True
    text = f" {' '.join(prefix)} "
    return any(f" {phrase} " in text for phrase in rules.hypothetical_phrases)


def speaker(context: MatchContext, rules: ContextRules, you_means_someone_else: bool) -> str:
    """Whether the words are about the writer: FIRST_PERSON or SOMEONE_ELSE.

    The nearest person named before the match in its sentence decides ("my sister has no
    energy" is about the sister); with nobody named, a journal speaks of its writer.
    """
    if any(token in rules.first_person for token in context.match_tokens):
        return FIRST_PERSON
    after = _TOKEN.findall(context.norm, context.end, context.sentence_end)[:1]
    if after and after[0] in rules.first_person_objects:
        return FIRST_PERSON
    if after and after[0] in rules.third_person_objects:
        return SOMEONE_ELSE
    spans = list(_TOKEN.finditer(context.norm, context.sentence_start, context.start))
    for index in range(len(spans) - 1, -1, -1):
        found = _person_of(context, spans, index, rules, you_means_someone_else)
        if found is not None:
            return found
    return FIRST_PERSON


def _person_of(
    context: MatchContext,
    spans: list[re.Match[str]],
    index: int,
    rules: ContextRules,
    you_means_someone_else: bool,
) -> str | None:
    """Who one word before the match points at, or None when it names nobody."""
    token = spans[index].group()
    base = token.removesuffix("'s")
    if token in rules.first_person:
        return FIRST_PERSON
    others = token in rules.third_person or base in rules.third_person or base in rules.relations
    if others or (you_means_someone_else and token in rules.second_person):
        return SOMEONE_ELSE
    if _looks_like_a_name(context, spans, index, base, rules):
        return SOMEONE_ELSE
    return None


def _looks_like_a_name(
    context: MatchContext, spans: list[re.Match[str]], index: int, base: str, rules: ContextRules
) -> bool:
    """A capitalised word followed by a verb like "has" or "said" ("Sam has no energy")."""
    if base in rules.not_names:
        return False
    # When the text could not be aligned, original is the lower-case copy: no names found.
    first_letter = context.original[spans[index].start()]
    if not first_letter.isupper():
        return False
    is_last = index == len(spans) - 1
    next_token = "" if is_last else spans[index + 1].group()
    if next_token in rules.name_verbs:
        return True
    # Mid-sentence, a name right before the match counts too ("talked to Sam, exhausted").
    at_sentence_start = spans[index].start() == _first_token_start(context)
    return is_last and not at_sentence_start


def _first_token_start(context: MatchContext) -> int:
    first = _TOKEN.search(context.norm, context.sentence_start, context.start)
    return -1 if first is None else first.start()
