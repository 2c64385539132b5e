"""Insights for the search: markers by date, and mood and energy in the days after a no."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.core.checkins import CheckIn
from app.core.jobsearch import MarkerKind, Stage
from app.core.jobsearch.after_no import days_after_no, search_markers
from app.core.workspace import Workspace

TODAY = date(2025, 3, 14)
ZONE = timezone(timedelta(hours=1))


def _checkin(day: date, mood: int, energy: int | None = None) -> CheckIn:
    at = datetime(day.year, day.month, day.day, 20, 0, tzinfo=ZONE)
    return CheckIn(id=f"c-{day}", at=at, mood=mood, energy=energy)


def _history(nos: list[date], dip: dict[int, int], usual: int = 4) -> list[CheckIn]:
    """Two months at ``usual``, and after each no the moods of ``dip`` (days after: mood)."""
    start = TODAY - timedelta(days=60)
    by_day = {start + timedelta(days=k): usual for k in range(61)}
    for no in nos:
        for after, mood in dip.items():
            by_day[no + timedelta(days=after)] = mood
    return [_checkin(day, mood, mood) for day, mood in sorted(by_day.items())]


def test_the_recovery_sentence_says_how_soon_mood_came_back_near_usual() -> None:
    nos = [TODAY - timedelta(days=d) for d in (10, 20, 30, 40)]
    checkins = _history(nos, {0: 2, 1: 2, 2: 3, 3: 4})

    view = days_after_no(nos, checkins, TODAY)

    assert view.usual_mood == 4
    assert [one.day for one in view.nos] == sorted(nos, reverse=True)
    assert view.nos[0].mood[:4] == (2, 2, 3, 4)
    assert {one.back_near_usual_after for one in view.nos} == {3}
    assert view.sentence == (
        "After your last four no's, your mood was back near your usual within about 3 days."
    )


def test_slow_recovery_is_worded_gently_never_as_a_cause() -> None:
    nos = [TODAY - timedelta(days=d) for d in (12, 25)]
    checkins = _history(nos, {k: 2 for k in range(8)})

    view = days_after_no(nos, checkins, TODAY)

    assert view.sentence is not None
    assert "more than a week" in view.sentence
    assert "because" not in view.sentence


def test_one_no_is_too_little_for_a_sentence() -> None:
    nos = [TODAY - timedelta(days=10)]

    assert days_after_no(nos, _history(nos, {0: 2}), TODAY).sentence is None


def test_markers_are_dates_and_kinds_only(space: Workspace) -> None:
    jobs = space.jobs
    opening = jobs.openings.add("Analyst", "Harbour")
    jobs.move_opening(opening.id, Stage.INTERVIEWING, TODAY - timedelta(days=5))
    jobs.move_opening(opening.id, Stage.NO)

    markers = jobs.markers(TODAY - timedelta(days=30), TODAY)

    assert [(m.day, m.kind) for m in markers] == [
        (TODAY - timedelta(days=5), MarkerKind.INTERVIEW),
        (TODAY, MarkerKind.NO),
    ]
    assert search_markers([opening], TODAY + timedelta(days=1), TODAY + timedelta(days=9)) == []


def test_days_after_no_reads_the_journals_checkins(space: Workspace) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    space.jobs.move_opening(opening.id, Stage.NO)

    view = space.jobs.days_after_no()

    assert [one.day for one in view.nos] == [TODAY]
    assert view.usual_mood is None


def test_a_no_today_is_the_prompts_after_a_no_moment_without_a_checkin(space: Workspace) -> None:
    opening = space.jobs.openings.add("Analyst", "Harbour")
    assert not space.jobs.heard_no_on(TODAY)

    space.jobs.move_opening(opening.id, Stage.NO)

    assert space.jobs.heard_no_on(TODAY)
    assert not space.jobs.heard_no_on(TODAY - timedelta(days=1))
