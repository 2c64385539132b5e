"""Crisis words new in one save of text written outside the journal.

Entries and check-in notes are read by when they were last edited and remembered in
``crisis_reads``. Everything else a person types (an opening's note, how they met someone
in their search, a trusted contact's details, the safety plan) is read at the moment it is
saved instead: the text before the save and the text after it are both read with the same
reader the entries use, and only the words the new text holds that the old one did not
count. A word is the same when its normalised words and its occurrence number are (the
keys of ``crisis_reads.py``), so typing around the same words or saving again raises
nothing, while writing them a second time or writing other crisis words does.

The fields of one thing are read as one text, joined with line breaks in a fixed order,
as an entry's title and body are: a line break ends a sentence, so no field's words are
read in another's sentence, and words moved from one field to another are not new.

Pure: plain values in and out, no database, no clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from app.core.watcher.crisis_reads import CrisisRead, crisis_reads
from app.core.watcher.lexicon import Lexicon
from app.core.watcher.model import (
    OPENING,
    SAFETY_PLAN,
    SEARCH_PERSON,
    TRUSTED_CONTACT,
    ShownPrompt,
    TextSource,
)

SAVED_TEXT_SOURCES = (OPENING, SEARCH_PERSON, TRUSTED_CONTACT, SAFETY_PLAN)


@dataclass(frozen=True)
class SavedText:
    """One thing's text as it was before a save ("" when new) and as it is after it."""

    source: str  # one of SAVED_TEXT_SOURCES
    source_id: str
    before: str
    after: str


# What a service calls after each save of such text: reads it and, when the new words
# call for it, keeps a crisis prompt (returned) for the window and the command line.
CrisisTextReader = Callable[[SavedText], ShownPrompt | None]


def fields_text(fields: Iterable[str]) -> str:
    """The fields of one thing as the one text that is read, in the order given."""
    return "\n".join(fields)


def new_crisis_reads(saved: SavedText, day: date, lexicon: Lexicon) -> list[CrisisRead]:
    """The crisis matches in the text after the save that the text before did not hold."""
    if not saved.after.strip():
        return []
    after = crisis_reads([_source(saved, day, saved.after)], lexicon)
    if not after or not saved.before.strip():
        return after
    known = {read.key for read in crisis_reads([_source(saved, day, saved.before)], lexicon)}
    return [read for read in after if read.key not in known]


def _source(saved: SavedText, day: date, text: str) -> TextSource:
    return TextSource(saved.source, saved.source_id, day, text)
