"""Going quiet: a low run followed by silence, a known warning sign worth a warmer word.

After at least 5 low days (days showing any signal) in the 14 days up to the last day
with a check-in or an entry, followed by at least 4 whole days with neither, the person
has gone quiet. The app may then make its next reminder a warmer "Just checking in on
you", and, when the person comes back, show a calm note. Nothing here counts missed days
for the person to see: the numbers are the rule's, not words to show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from app.core.watcher.days import DaySignals
from app.core.watcher.model import (
    CHECKING_IN,
    SIGNALS,
    SUPPORT,
    WATCHER,
    WENT_QUIET_AFTER_LOW_RUN,
    Evidence,
    Prompt,
    WatcherSettings,
)
from app.core.watcher.wording import Wording

LOW_RUN_MIN_DAYS = 5
LOW_RUN_WINDOW_DAYS = 14
QUIET_MIN_DAYS = 4


@dataclass(frozen=True)
class QuietSpell:
    """A silence after a low run, as of some day."""

    last_active: date  # the last day with a check-in or an entry before the silence
    low_days: tuple[date, ...]  # the low days in the 14 days up to last_active
    returning: bool  # the person wrote or checked in on the day asked about


def checking_in_allowed(settings: WatcherSettings, day: date) -> bool:
    """Checking in offers support, so it rests when support notes do: the watcher off,
    support notes turned off or snoozed, or "I have support" in its 30 days."""
    return settings.enabled and settings.allows(SUPPORT, day)


@dataclass(frozen=True)
class QuietOutlook:
    """What a reminder needs to know to be the warmer one, even while the journal is
    locked (nothing new can be written then): the last active day, and whether a low run
    led up to it. Kept in memory only."""

    last_active: date
    after_low_run: bool

    def quiet_on(self, day: date) -> bool:
        """Whether ``day`` follows at least 4 whole days of silence after a low run."""
        return self.after_low_run and (day - self.last_active).days - 1 >= QUIET_MIN_DAYS


def quiet_outlook(
    day: date, by_day: Mapping[date, DaySignals], settings: WatcherSettings
) -> QuietOutlook | None:
    """The outlook as of ``day`` (which may itself be active), or None when checking in
    is not allowed or nothing was ever written."""
    if not checking_in_allowed(settings, day):
        return None
    active = [moment for moment in by_day if moment <= day]
    if not active:
        return None
    last_active = max(active)
    return QuietOutlook(last_active, len(_low_days(by_day, last_active)) >= LOW_RUN_MIN_DAYS)


def _low_days(by_day: Mapping[date, DaySignals], last_active: date) -> tuple[date, ...]:
    """The days showing any signal in the 14 days up to ``last_active``."""
    start = last_active - timedelta(days=LOW_RUN_WINDOW_DAYS - 1)
    return tuple(
        sorted(
            moment
            for moment, record in by_day.items()
            if start <= moment <= last_active and record.present
        )
    )


def quiet_after_low_run(
    day: date, by_day: Mapping[date, DaySignals], settings: WatcherSettings
) -> QuietSpell | None:
    """The quiet spell that ``day`` follows or ends, or None.

    ``day`` itself is not part of the silence (it is still going on): with nothing on it
    the person is still away; with a check-in or an entry on it they are coming back.
    Off when the watcher is off.
    """
    if not settings.enabled:
        return None
    before = [moment for moment in by_day if moment < day]
    if not before:
        return None
    last_active = max(before)
    if (day - last_active).days - 1 < QUIET_MIN_DAYS:
        return None
    low_days = _low_days(by_day, last_active)
    if len(low_days) < LOW_RUN_MIN_DAYS:
        return None
    return QuietSpell(last_active, low_days, returning=day in by_day)


def checking_in_prompt(
    day: date, by_day: Mapping[date, DaySignals], settings: WatcherSettings, wording: Wording
) -> Prompt | None:
    """ "Just checking in on you", while the person is still away after a low run."""
    spell = quiet_after_low_run(day, by_day, settings)
    if spell is None or spell.returning or not checking_in_allowed(settings, day):
        return None
    return checking_in_for(spell, day, by_day, wording.checking_in)


def checking_in_for(
    spell: QuietSpell, day: date, by_day: Mapping[date, DaySignals], summary: str
) -> Prompt:
    """A checking-in prompt for a quiet spell, with the low run's signals and evidence and
    the reason, dated the last day before the silence (no count of days is shown)."""
    signals = [s for s in SIGNALS if any(s in by_day[low].present for low in spell.low_days)]
    evidence = [
        item for low in spell.low_days for s in signals for item in by_day[low].evidence.get(s, ())
    ]
    evidence.append(Evidence(spell.last_active, WENT_QUIET_AFTER_LOW_RUN, WATCHER, ()))
    return Prompt(day, CHECKING_IN, tuple(signals), summary, tuple(evidence))


def first_quiet_days(by_day: Mapping[date, DaySignals]) -> list[date]:
    """For each silence between two active days that lasts past 4 whole days, its 5th
    day: the first on which the person has been away that long. A replay stops at its
    last line, so silence after it is not known to be silence."""
    active = sorted(by_day)
    return [
        earlier + timedelta(days=QUIET_MIN_DAYS + 1)
        for earlier, later in pairwise(active)
        if (later - earlier).days > QUIET_MIN_DAYS + 1
    ]
