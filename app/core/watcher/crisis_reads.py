"""Crisis words in what was written, each with a key that stays the same while the words do.

The watcher reads an entry or a check-in note again on every save, by when it was last
edited, so a prompt can come for words added at 00:20 to an entry begun at 23:50, or
added today to an entry from last month. The key lets the service tell words it has
already read (and prompted for) from new ones: it is a digest of the matched words,
normalised, with their occurrence number in that source. Typing more around the same
words, fixing a typo elsewhere, or saving again keeps every key; writing the words a
second time, or new crisis words, makes a new one.

Pure: plain values in and out, no database, no clock.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from app.core.checkins.model import CheckIn
from app.core.journal.model import Entry
from app.core.watcher.days import text_sources
from app.core.watcher.lexicon import Lexicon
from app.core.watcher.model import CRISIS, Evidence, PhraseMatch, TextSource
from app.core.watcher.phrases import crisis_phrases

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u0060\u00b4]")


@dataclass(frozen=True)
class CrisisRead:
    """One crisis match in one source, and the key it is remembered by."""

    match: PhraseMatch
    key: str

    @property
    def source(self) -> str:
        return self.match.source

    @property
    def source_id(self) -> str:
        return self.match.source_id

    def evidence(self) -> Evidence:
        return Evidence(
            self.match.day,
            CRISIS,
            self.match.source,
            (self.match.source_id,),
            phrase=self.match.phrase,
        )


def words_key(phrase: str, occurrence: int) -> str:
    """The same words (any case, apostrophe or spacing) at the same occurrence, same key."""
    words = " ".join(_APOSTROPHES.sub("'", phrase).casefold().split())
    return hashlib.sha256(f"{occurrence}\x1f{words}".encode()).hexdigest()


def crisis_reads(sources: Iterable[TextSource], lexicon: Lexicon) -> list[CrisisRead]:
    """Every crisis match in the sources, in order, each with its key."""
    found: list[CrisisRead] = []
    for source in sources:
        seen: Counter[str] = Counter()
        for match in crisis_phrases(source, lexicon):
            words = words_key(match.phrase, 0)  # the words alone, to count occurrences
            seen[words] += 1
            found.append(CrisisRead(match, words_key(match.phrase, seen[words])))
    return found


def sources_read_on(
    day: date, checkins: Sequence[CheckIn], entries: Sequence[Entry]
) -> list[TextSource]:
    """Entries and check-in notes, each dated ``day``: the day their words were read."""
    return [replace(source, day=day) for source in text_sources(checkins, entries)]


def unread(reads: Iterable[CrisisRead], known: set[tuple[str, str, str]]) -> list[CrisisRead]:
    """The reads whose (source, source id, key) is not yet known, each once."""
    fresh: list[CrisisRead] = []
    seen = set(known)
    for read in reads:
        identity = (read.source, read.source_id, read.key)
        if identity not in seen:
            seen.add(identity)
            fresh.append(read)
    return fresh
