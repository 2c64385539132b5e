"""Run the watcher at the end of every day of a history, as `tend watch --replay` does.

Only days that can produce a prompt are evaluated: days with crisis words, and days on
which some signal is sustained (found for all days at once with running counts). Every
other day yields nothing whatever the history, so skipping it changes no result; a test
checks this against evaluating each day in turn.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import accumulate

from app.core.checkins.model import CheckIn
from app.core.journal.model import Entry
from app.core.watcher.crisis_reads import crisis_reads
from app.core.watcher.days import DaySignals, signals_by_day, text_sources
from app.core.watcher.engine import SUPPORT_COOLDOWN_DAYS, evaluate_day
from app.core.watcher.escalation import STRETCH_GAP_DAYS, QuestionnaireTaken
from app.core.watcher.lexicon import Lexicon, default_lexicon
from app.core.watcher.model import ENTRY, SIGNALS, SUPPORT, PriorPrompt, Prompt, WatcherSettings
from app.core.watcher.quiet import checking_in_prompt, first_quiet_days
from app.core.watcher.sustained import MIN_DAYS_PRESENT, MIN_SPREAD_DAYS, WINDOW_DAYS
from app.core.watcher.wording import default_wording


def replay(
    checkins: Sequence[CheckIn],
    entries: Sequence[Entry],
    settings: WatcherSettings | None = None,
    lexicon: Lexicon | None = None,
    phq9: Sequence[QuestionnaireTaken] = (),
) -> list[Prompt]:
    """Every prompt from the first day with data to the last, in date order.

    ``phq9`` are PHQ-9 results: each day sees the latest taken on or before it.
    """
    lexicon = lexicon or default_lexicon()
    by_day = signals_by_day(checkins, entries, lexicon)
    return replay_days(
        crisis_on_edit_day(by_day, entries, lexicon), settings or WatcherSettings(), phq9
    )


def crisis_on_edit_day(
    by_day: Mapping[date, DaySignals], entries: Sequence[Entry], lexicon: Lexicon
) -> dict[date, DaySignals]:
    """Crisis words of an entry finished on a later day than it was begun count on the day
    it was finished, as in the app, which reads writing by when it was last edited."""
    finished_later = [e for e in entries if e.updated_at.date() != e.created_at.date()]
    result = dict(by_day)
    if not finished_later:
        return result
    moved = {entry.id for entry in finished_later}
    for day, record in result.items():
        kept = tuple(
            item
            for item in record.crisis
            if not (item.source == ENTRY and set(item.source_ids) & moved)
        )
        if kept != record.crisis:
            result[day] = replace(record, crisis=kept)
    sources = [
        replace(source, day=entry.updated_at.date())
        for entry in finished_later
        for source in text_sources((), (entry,))
    ]
    for read in crisis_reads(sources, lexicon):
        day = read.match.day
        record = result.get(day) or DaySignals(day, frozenset(), frozenset(), {})
        result[day] = replace(record, crisis=(*record.crisis, read.evidence()))
    return dict(sorted(result.items()))


def replay_days(
    by_day: Mapping[date, DaySignals],
    settings: WatcherSettings,
    phq9: Sequence[QuestionnaireTaken] = (),
) -> list[Prompt]:
    if not by_day:
        return []
    wording = default_wording()
    shown: list[Prompt] = []
    crisis: list[PriorPrompt] = []
    stretch: list[PriorPrompt] = []  # the support prompts of the latest stretch
    quiet_days = set(first_quiet_days(by_day))
    for day in sorted(quiet_days.union(days_that_may_prompt(by_day))):
        # The cooldown looks at the last week; escalation at the stretch, however long.
        # Older prompts can change nothing, and keeping them all would slow long replays.
        recent = [item for item in crisis if (day - item.day).days < SUPPORT_COOLDOWN_DAYS]
        last_phq9 = latest_on(day, phq9)
        prior = [*recent, *stretch]
        for prompt in evaluate_day(
            day, by_day, settings, prior, wording=wording, last_phq9=last_phq9
        ):
            shown.append(prompt)
            item = PriorPrompt(prompt.day, prompt.kind)
            if prompt.kind != SUPPORT:
                crisis = [*recent, item]
            elif stretch and (day - stretch[-1].day).days > STRETCH_GAP_DAYS:
                stretch = [item]
            else:
                stretch.append(item)
        # One card at a time: checking in only on a day with nothing else to show.
        if day in quiet_days and not any(p.day == day for p in shown):
            checking_in = checking_in_prompt(day, by_day, settings, wording)
            if checking_in is not None:
                shown.append(checking_in)
    return shown


def latest_on(day: date, results: Sequence[QuestionnaireTaken]) -> QuestionnaireTaken | None:
    """The latest result taken on or before ``day`` (the later line wins a tie)."""
    latest = None
    for result in results:
        if result.day <= day and (latest is None or result.day >= latest.day):
            latest = result
    return latest


def days_that_may_prompt(by_day: Mapping[date, DaySignals]) -> list[date]:
    """Days with crisis words or a sustained signal, oldest first."""
    first, last = min(by_day), max(by_day)
    total = (last - first).days + 1
    found = {day for day, record in by_day.items() if record.crisis}
    for signal in SIGNALS:
        found.update(
            first + timedelta(days=index) for index in _sustained(by_day, signal, first, total)
        )
    return sorted(found)


def _sustained(
    by_day: Mapping[date, DaySignals], signal: str, first: date, total: int
) -> list[int]:
    """Indexes of the days (from ``first``) on which ``signal`` is sustained."""
    present = [0] * total
    with_data = [0] * total
    for day, record in by_day.items():
        if signal in record.with_data:
            index = (day - first).days
            with_data[index] = 1
            present[index] = 1 if signal in record.present else 0
    marked = [index for index, flag in enumerate(present) if flag]
    if len(marked) < MIN_DAYS_PRESENT:
        return []
    present_sum = [0, *accumulate(present)]
    data_sum = [0, *accumulate(with_data)]
    days = []
    # A window can only be sustained while it holds present days: scan from the first.
    for index in range(marked[MIN_DAYS_PRESENT - 1], min(total, marked[-1] + WINDOW_DAYS)):
        low = max(0, index - WINDOW_DAYS + 1)
        count = present_sum[index + 1] - present_sum[low]
        if count < MIN_DAYS_PRESENT or count * 2 <= data_sum[index + 1] - data_sum[low]:
            continue
        earliest = marked[bisect_left(marked, low)]
        latest = marked[bisect_right(marked, index) - 1]
        if latest - earliest + 1 >= MIN_SPREAD_DAYS:
            days.append(index)
    return days
