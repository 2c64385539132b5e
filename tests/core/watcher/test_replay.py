"""Replaying only the days that can prompt gives the same prompts as evaluating every day."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.watcher.days import signals_by_day
from app.core.watcher.engine import SUPPORT_COOLDOWN_DAYS, evaluate_day
from app.core.watcher.escalation import QuestionnaireTaken
from app.core.watcher.lexicon import default_lexicon
from app.core.watcher.model import CHECKING_IN, PriorPrompt, Prompt, WatcherSettings
from app.core.watcher.quiet import checking_in_prompt
from app.core.watcher.replay import latest_on, replay
from app.core.watcher.wording import default_wording
from tests.core.watcher.builders import checkin, day, entry

WORDS = ["Fine day.", "I'm exhausted.", "Nothing feels fun.", "I want to die.", "Can't focus."]

day_strategy = st.tuples(
    st.integers(0, 60),
    st.one_of(st.none(), st.integers(1, 5)),
    st.one_of(st.none(), st.integers(1, 5)),
    st.one_of(st.none(), st.sampled_from(WORDS)),
)


def every_day(checkins: list, entries: list) -> list[Prompt]:  # type: ignore[type-arg]
    by_day = signals_by_day(checkins, entries, default_lexicon())
    if not by_day:
        return []
    shown: list[Prompt] = []
    first, last = min(by_day), max(by_day)
    spells: set[date] = set()  # one checking-in per silence, named by its last active day
    for offset in range((last - first).days + 1):
        today = first + timedelta(days=offset)
        prior = [PriorPrompt(p.day, p.kind) for p in shown if p.kind != CHECKING_IN]
        todays = evaluate_day(today, by_day, WatcherSettings(), prior)
        shown += todays
        quiet = checking_in_prompt(today, by_day, WatcherSettings(), default_wording())
        if quiet is not None and quiet.evidence[-1].day not in spells:
            spells.add(quiet.evidence[-1].day)
            if not todays:
                shown.append(quiet)
    return shown


@settings(max_examples=60, deadline=None)
@given(st.lists(day_strategy, max_size=70))
def test_replay_equals_evaluating_every_day(days: list) -> None:  # type: ignore[type-arg]
    checkins = [
        checkin(index, energy=energy, interest=interest)
        for index, energy, interest, _ in days
        if energy or interest
    ]
    entries = [entry(index, words) for index, _, _, words in days if words]
    assert replay(checkins, entries) == every_day(checkins, entries)


def test_replay_keeps_the_cooldown_between_support_prompts() -> None:
    prompts = replay([checkin(i, energy=1) for i in range(40)], [])
    days = [prompt.day for prompt in prompts]
    assert all((b - a).days >= SUPPORT_COOLDOWN_DAYS for a, b in itertools.pairwise(days))
    assert len(days) == 5


def test_replay_equals_evaluating_every_day_across_two_stretches_with_escalation() -> None:
    checkins = [checkin(i, energy=1) for i in [*range(45), *range(80, 130)]]
    prompts = replay(checkins, [])
    assert prompts == every_day(checkins, [])
    second = [p for p in prompts if p.day >= day(80)]
    assert any(p.escalated for p in prompts if p.day < day(80))
    assert not second[0].escalated  # a gap of over three weeks starts a new stretch
    assert second[-1].escalated


def test_each_replayed_day_sees_the_latest_phq9_taken_by_then() -> None:
    first = QuestionnaireTaken("line-1", day(2), 4)
    same_day = QuestionnaireTaken("line-2", day(5), 11)
    later_line = QuestionnaireTaken("line-3", day(5), 12)
    results = [first, same_day, later_line]
    assert latest_on(day(1), results) is None
    assert latest_on(day(4), results) == first
    assert latest_on(day(9), results) == later_line  # the later line wins a tie
