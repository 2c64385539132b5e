"""A recent stage change brings its prompts to Home's card: before and after an interview,
a verbal offer, ...; a no keeps its own moment, and nothing here ever counts."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

import pytest

from app.core.jobsearch import Stage, StageChange
from app.core.jobsearch.event_prompts import list_names, prompt_ids_for
from app.core.jobsearch.stage_prompts import stage_moments, stage_prompts
from app.core.prompts.library import PromptLibrary
from app.core.workspace import Workspace
from tests.support.clock import ManualClock

ZONE = timezone(timedelta(hours=-5))
LIBRARY = PromptLibrary.load()
AFTER = list(prompt_ids_for(Stage.INTERVIEWING))
BEFORE = list(prompt_ids_for("interviewing_ahead"))


def _change(stage: Stage, day: date, recorded: date | None = None) -> StageChange:
    when = datetime.combine(recorded or day, time(20, 0), tzinfo=ZONE)
    return StageChange(id=f"{stage}-{day}", opening_id="o1", stage=stage, day=day, recorded_at=when)


def _ids(changes: list[StageChange], today: date) -> tuple[str, list[str]] | None:
    chosen = stage_prompts(changes, today, LIBRARY)
    return None if chosen is None else (chosen.key, [p.id for p in chosen.prompts])


def test_the_day_after_an_interview_at_a_month_end_steps_on_past_what_went_well() -> None:
    interview = _change(Stage.INTERVIEWING, date(2026, 1, 31))

    key, ids = _ids([interview], date(2026, 2, 1)) or ("", [])

    assert key == "after_interview"
    # The next day steps on from "what went well"; the thank-you note is the follow-up
    # card's on these days, not the prompt card's.
    assert ids[0] == "waiting-to-hear"
    assert sorted(ids) == sorted(AFTER)


def test_an_interview_recorded_on_its_day_brings_what_went_well_that_day() -> None:
    interview = _change(Stage.INTERVIEWING, date(2026, 4, 30))

    chosen = stage_prompts([interview], date(2026, 4, 30), LIBRARY)

    assert chosen is not None and chosen.caption == "For today, after the interview"
    assert chosen.today.id == "interview-went-well"


def test_interview_prompts_end_two_days_after_the_interview() -> None:
    interview = _change(Stage.INTERVIEWING, date(2026, 2, 27))

    assert _ids([interview], date(2026, 3, 1)) is None  # 2026 is not a leap year


def test_an_interview_marked_ahead_brings_preparing_from_two_days_before() -> None:
    interview = _change(Stage.INTERVIEWING, date(2027, 1, 1), recorded=date(2026, 12, 20))

    assert _ids([interview], date(2026, 12, 29)) is None
    assert _ids([interview], date(2026, 12, 30)) == ("before_interview", BEFORE)
    later = _ids([interview], date(2026, 12, 31))
    assert later is not None and later[0] == "before_interview" and later[1][0] == BEFORE[1]


def test_on_the_day_of_an_interview_marked_ahead_it_is_still_before_then_after() -> None:
    interview = _change(Stage.INTERVIEWING, date(2027, 1, 1), recorded=date(2026, 12, 20))

    on_the_day = stage_prompts([interview], date(2027, 1, 1), LIBRARY)
    next_day = stage_prompts([interview], date(2027, 1, 2), LIBRARY)

    assert on_the_day is not None and on_the_day.key == "before_interview"
    assert on_the_day.today.id == BEFORE[2]
    assert next_day is not None and next_day.key == "after_interview"
    assert next_day.caption == "For today, after the interview"


def test_an_interview_a_week_ahead_leaves_the_usual_prompts() -> None:
    interview = _change(Stage.INTERVIEWING, date(2026, 12, 31), recorded=date(2026, 12, 1))

    assert _ids([interview], date(2026, 12, 24)) is None


def test_a_no_brings_nothing_here_it_keeps_its_own_moment() -> None:
    no = _change(Stage.NO, date(2026, 12, 31))

    for after in range(4):
        assert _ids([no], date(2026, 12, 31) + timedelta(days=after)) is None


def test_after_an_interview_comes_before_preparing_for_another() -> None:
    had = _change(Stage.INTERVIEWING, date(2026, 3, 30))
    coming = _change(Stage.INTERVIEWING, date(2026, 4, 1), recorded=date(2026, 3, 20))

    chosen = stage_prompts([coming, had], date(2026, 3, 31), LIBRARY)

    assert chosen is not None and chosen.key == "after_interview"
    assert chosen.event_day == date(2026, 3, 30)


def test_the_nearest_interview_wins_within_a_moment() -> None:
    older = _change(Stage.INTERVIEWING, date(2026, 5, 30))
    newer = _change(Stage.INTERVIEWING, date(2026, 5, 31))

    chosen = stage_prompts([newer, older], date(2026, 5, 31), LIBRARY)

    assert chosen is not None and chosen.event_day == date(2026, 5, 31)
    assert chosen.today.id == "interview-went-well"


def test_a_verbal_offer_brings_not_yours_until_in_writing() -> None:
    offer = _change(Stage.VERBAL_OFFER, date(2026, 6, 30))

    chosen = stage_prompts([offer], date(2026, 7, 1), LIBRARY)

    assert chosen is not None and chosen.key == "verbal_offer"
    assert [p.id for p in chosen.prompts] == ["not-yours-until-writing"]


def test_the_words_are_gentle_and_never_count() -> None:
    for moment in stage_moments():
        assert not re.search(r"\d", moment.caption)
        for prompt in (LIBRARY.get(i) for i in prompt_ids_for(moment.prompts)):
            assert "application" not in prompt.text.lower()
        assert prompt_ids_for(moment.prompts), f"{moment.key} has no prompts"
    assert "interviewing_ahead" in list_names()


# -- through the workspace: the injected clock, the day off, closed openings -----------

ZONE_PLUS_ONE = timezone(timedelta(hours=1))


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=ZONE_PLUS_ONE)


def test_the_workspace_offers_interview_prompts_the_day_after_a_recorded_interview(
    space: Workspace, clock: ManualClock
) -> None:
    clock.now = _at(date(2026, 12, 31), 15)
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.INTERVIEWING)
    clock.now = _at(date(2027, 1, 1), 9)

    chosen = space.jobs.prompts_for_recent_changes(LIBRARY)

    assert chosen is not None and chosen.key == "after_interview"
    assert chosen.event_day == date(2026, 12, 31)


def test_an_interview_marked_late_the_evening_before_in_local_time_is_still_to_come(
    space: Workspace, clock: ManualClock
) -> None:
    # 20:00 at UTC-5 is already the interview's day in UTC: local time decides.
    clock.now = datetime.combine(date(2026, 1, 30), time(20, 0), tzinfo=ZONE)
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.INTERVIEWING, date(2026, 1, 31))
    clock.now = datetime.combine(date(2026, 1, 31), time(8, 0), tzinfo=ZONE)

    chosen = space.jobs.prompts_for_recent_changes(LIBRARY)

    assert chosen is not None and chosen.key == "before_interview"


def test_a_day_off_from_the_search_brings_no_stage_prompts(
    space: Workspace, clock: ManualClock
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.INTERVIEWING)
    space.jobs.set_day_off(True)

    assert space.jobs.prompts_for_recent_changes(LIBRARY) is None


@pytest.mark.parametrize("closing", [Stage.NO, Stage.WITHDREW])
def test_an_interview_for_an_opening_since_closed_brings_nothing(
    space: Workspace, clock: ManualClock, closing: Stage
) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour", stage=Stage.APPLIED)
    space.jobs.move_opening(opening.id, Stage.INTERVIEWING)
    space.jobs.move_opening(opening.id, closing)
    clock.advance(days=1)

    assert space.jobs.prompts_for_recent_changes(LIBRARY) is None
