"""Crisis words new in one save of text written outside the journal.

Entries and check-in notes are read by when they were last edited and remembered in
``crisis_reads``. Everything else a person types (an opening's role, organisation and
note, a person of the search's name and how we met, a trusted contact's name, way to
reach them and note, the seven steps of the safety plan) is read at the moment it is
saved instead: each field's text before the save and after it are read with the same
reader the entries use, and only the words the new text holds that the old one did not
count. Words are the same when their normalised words and their occurrence number are
(the keys of ``crisis_reads.py``), so typing around the same words or saving again
raises nothing, while writing them a second time or writing other crisis words does.

Each field is read as a text of its own, as each entry is: a role does not go on from an
organisation, so no field is read in another's context, and a save reads only the fields
it changed (a safety plan holds up to seven long steps and is saved as the person writes).
Words moved from one field to another are new words in that field.

Pure: plain values in and out, no database, no clock.
"""

from __future__ import annotations

from collections.abc import Callable
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
    """One thing's fields, in a fixed order, as they were before a save (none when it is
    new) and as they are after it."""

    source: str  # one of SAVED_TEXT_SOURCES
    source_id: str
    before: tuple[str, ...]
    after: tuple[str, ...]


# What a service calls after each save of such text: reads it and, when the new words
# call for it, keeps a crisis prompt (returned) for the window and the command line.
CrisisTextReader = Callable[[SavedText], ShownPrompt | None]


def new_crisis_reads(saved: SavedText, day: date, lexicon: Lexicon) -> list[CrisisRead]:
    """The crisis matches in the fields after the save that they did not hold before."""
    found: list[CrisisRead] = []
    for index, after in enumerate(saved.after):
        before = saved.before[index] if index < len(saved.before) else ""
        if after == before or not after.strip():
            continue
        reads = crisis_reads([_source(saved, day, after)], lexicon)
        if reads and before.strip():
            known = {read.key for read in crisis_reads([_source(saved, day, before)], lexicon)}
            reads = [read for read in reads if read.key not in known]
        found.extend(reads)
    return found


def _source(saved: SavedText, day: date, text: str) -> TextSource:
    return TextSource(saved.source, saved.source_id, day, text)
