"""Day signals: what each day's check-ins and writing say about energy, interest, focus, mood."""

from __future__ import annotations

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
from app.core.watcher.phrases import read_text
from app.core.watcher.spoken_of import signals_spoken_of

_SCALES = tuple(SCALE_OF_SIGNAL.values())
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
    # The signals the day's writing says anything about, for or against.
    spoken_of: frozenset[str] = frozenset()
    phrases: tuple[PhraseMatch, ...] = ()
    crisis: tuple[PhraseMatch, ...] = ()
    sleep_hours: float | None = None  # the mean of the day's sleep answers
    sleep_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class DaySignals:
    """Which signals a day could speak to, which it showed, and why."""

    day: date
    with_data: frozenset[str]
    present: frozenset[str]
    evidence: dict[str, tuple[Evidence, ...]]
    crisis: tuple[Evidence, ...] = ()
    # Sleep supports a prompt's evidence; it is never a signal (see sleep.py).
    sleep_hours: float | None = None
    sleep_ids: tuple[str, ...] = ()


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
    """One record per day that has any check-in or writing, oldest first."""
    values: dict[date, dict[str, list[tuple[int, str]]]] = {}
    sleep: dict[date, list[tuple[float, str]]] = {}
    for checkin in checkins:
        if checkin.sleep_hours is not None:
            sleep.setdefault(checkin.day, []).append((checkin.sleep_hours, checkin.id))
        per_scale = values.setdefault(checkin.day, {})
        for scale in _SCALES:
            value = getattr(checkin, scale)
            if value is not None:
                per_scale.setdefault(scale, []).append((value, checkin.id))
    readings: dict[date, tuple[list[PhraseMatch], list[PhraseMatch]]] = {}
    spoken: dict[date, set[str]] = {}
    for source in text_sources(checkins, entries):
        reading = read_text(source, lexicon)
        signals, crisis = readings.setdefault(source.day, ([], []))
        signals.extend(reading.signals)
        crisis.extend(reading.crisis)
        about = spoken.setdefault(source.day, set())
        about.update(match.category for match in reading.signals)
        # A day rated on every scale already has data for every signal: skip the reading.
        if len(values.get(source.day, {})) < len(_SCALES):
            about.update(signals_spoken_of(source, lexicon))
    records = {}
    for day in sorted(values.keys() | readings.keys()):
        per_scale = values.get(day, {})
        signals, crisis = readings.get(day, ([], []))
        nights = sleep.get(day, [])
        records[day] = DayRecord(
            day=day,
            means={
                scale: sum(v for v, _ in found) / len(found) for scale, found in per_scale.items()
            },
            checkin_ids={scale: tuple(i for _, i in found) for scale, found in per_scale.items()},
            has_text=day in readings,
            spoken_of=frozenset(spoken.get(day, ())),
            phrases=tuple(signals),
            crisis=tuple(crisis),
            sleep_hours=sum(h for h, _ in nights) / len(nights) if nights else None,
            sleep_ids=tuple(i for _, i in nights),
        )
    return records


def day_signals(record: DayRecord) -> DaySignals:
    """The day's signals: a low check-in mean, or the writer's words unless outweighed.

    A day has data for a signal only when it holds evidence about it: a check-in rating of
    its scale, or writing that speaks of it for or against. Writing about something else
    says nothing about, say, energy, so it does not dilute that signal's count.
    """
    with_data: set[str] = set()
    present: set[str] = set()
    evidence: dict[str, tuple[Evidence, ...]] = {}
    words: dict[str, list[Evidence]] = {}
    for match in record.phrases:
        words.setdefault(match.category, []).append(
            Evidence(
                record.day, match.category, match.source, (match.source_id,), phrase=match.phrase
            )
        )
    for signal in SIGNALS:
        mean = record.means.get(SCALE_OF_SIGNAL[signal])
        if mean is None and signal not in record.spoken_of:
            continue
        with_data.add(signal)
        reasons: list[Evidence] = []
        if mean is not None and mean <= LOW_AT_MOST:
            scale = SCALE_OF_SIGNAL[signal]
            reasons.append(
                Evidence(record.day, signal, CHECKIN, record.checkin_ids[scale], value=mean)
            )
        outweighed = mean is not None and mean >= FINE_AT_LEAST
        if not outweighed and signal in words:
            reasons.extend(words[signal])
        if reasons:
            present.add(signal)
            evidence[signal] = tuple(reasons)
    crisis = tuple(
        Evidence(record.day, CRISIS, match.source, (match.source_id,), phrase=match.phrase)
        for match in record.crisis
    )
    return DaySignals(
        record.day,
        frozenset(with_data),
        frozenset(present),
        evidence,
        crisis,
        sleep_hours=record.sleep_hours,
        sleep_ids=record.sleep_ids,
    )


def signals_by_day(
    checkins: Sequence[CheckIn], entries: Sequence[Entry], lexicon: Lexicon
) -> dict[date, DaySignals]:
    return {
        day: day_signals(record) for day, record in day_records(checkins, entries, lexicon).items()
    }
