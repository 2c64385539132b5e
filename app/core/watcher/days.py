"""Day signals: what each day's check-ins and writing say about energy, interest, focus, mood."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.core.checkins.model import CheckIn
from app.core.journal.model import Entry
from app.core.watcher.lexicon import Lexicon
from app.core.watcher.model import (
    CHECKIN,
    CRISIS,
    ENTRY,
    SCALE_OF_SIGNAL,
    SIGNALS,
    Evidence,
    PhraseMatch,
    TextSource,
)
from app.core.watcher.phrases import crisis_phrases, signal_phrases

# A day's mean at or below this is a signal (2 = low on the 1-5 scales).
LOW_AT_MOST = 2.0
# A day's mean at or above this outweighs the words for that scale on that day.
FINE_AT_LEAST = 4.0


@dataclass(frozen=True)
class DayRecord:
    """Everything one calendar day holds that the watcher reads."""

    day: date
    means: dict[str, float] = field(default_factory=dict)  # scale -> the day's mean
    checkin_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)  # scale -> ids
    has_text: bool = False
    phrases: tuple[PhraseMatch, ...] = ()
    crisis: tuple[PhraseMatch, ...] = ()


@dataclass(frozen=True)
class DaySignals:
    """Which signals a day could speak to, which it showed, and why."""

    day: date
    with_data: frozenset[str]
    present: frozenset[str]
    evidence: dict[str, tuple[Evidence, ...]]
    crisis: tuple[Evidence, ...] = ()


def text_sources(checkins: Iterable[CheckIn], entries: Iterable[Entry]) -> list[TextSource]:
    """Entries (title and body) and check-in notes, each tagged with its day and id."""
    sources = [
        TextSource(ENTRY, entry.id, entry.created_at.date(), f"{entry.title}\n{entry.body}")
        for entry in entries
        if entry.deleted_at is None and (entry.title.strip() or entry.body.strip())
    ]
    sources.extend(
        TextSource(CHECKIN, checkin.id, checkin.day, checkin.note)
        for checkin in checkins
        if checkin.note.strip()
    )
    return sources


def day_records(
    checkins: Sequence[CheckIn], entries: Sequence[Entry], lexicon: Lexicon
) -> dict[date, DayRecord]:
    """One record per day that has any check-in or writing."""
    values: dict[date, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    ids: dict[date, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    days: set[date] = set()
    for checkin in checkins:
        days.add(checkin.day)
        for scale in SCALE_OF_SIGNAL.values():
            value = checkin.value(scale)
            if value is not None:
                values[checkin.day][scale].append(value)
                ids[checkin.day][scale].append(checkin.id)
    texts: dict[date, bool] = {}
    phrases: dict[date, list[PhraseMatch]] = defaultdict(list)
    crisis: dict[date, list[PhraseMatch]] = defaultdict(list)
    for source in text_sources(checkins, entries):
        days.add(source.day)
        texts[source.day] = True
        phrases[source.day].extend(signal_phrases(source, lexicon))
        crisis[source.day].extend(crisis_phrases(source, lexicon))
    return {
        day: DayRecord(
            day=day,
            means={scale: sum(found) / len(found) for scale, found in values[day].items()},
            checkin_ids={scale: tuple(found) for scale, found in ids[day].items()},
            has_text=texts.get(day, False),
            phrases=tuple(phrases.get(day, ())),
            crisis=tuple(crisis.get(day, ())),
        )
        for day in sorted(days)
    }


def day_signals(record: DayRecord) -> DaySignals:
    """The day's signals: a low check-in mean, or the writer's words unless outweighed."""
    with_data: set[str] = set()
    present: set[str] = set()
    evidence: dict[str, tuple[Evidence, ...]] = {}
    for signal in SIGNALS:
        scale = SCALE_OF_SIGNAL[signal]
        mean = record.means.get(scale)
        if mean is None and not record.has_text:
            continue
        with_data.add(signal)
        reasons: list[Evidence] = []
        if mean is not None and mean <= LOW_AT_MOST:
            reasons.append(
                Evidence(record.day, signal, CHECKIN, record.checkin_ids[scale], value=mean)
            )
        outweighed = mean is not None and mean >= FINE_AT_LEAST
        if not outweighed:
            reasons.extend(
                Evidence(record.day, signal, match.source, (match.source_id,), phrase=match.phrase)
                for match in record.phrases
                if match.category == signal
            )
        if reasons:
            present.add(signal)
            evidence[signal] = tuple(reasons)
    crisis = tuple(
        Evidence(record.day, CRISIS, match.source, (match.source_id,), phrase=match.phrase)
        for match in record.crisis
    )
    return DaySignals(record.day, frozenset(with_data), frozenset(present), evidence, crisis)


def signals_by_day(
    checkins: Sequence[CheckIn], entries: Sequence[Entry], lexicon: Lexicon
) -> dict[date, DaySignals]:
    return {
        day: day_signals(record) for day, record in day_records(checkins, entries, lexicon).items()
    }
