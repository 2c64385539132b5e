"""The watcher's context: job-search help first when no's cluster; a long-search note once."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.jobsearch import Stage
from app.core.support.resources import CRISIS_FIRST, SUPPORT_FIRST
from app.core.watcher.model import CRISIS, SUPPORT
from app.core.workspace import Workspace
from tests.support.clock import ManualClock

TODAY = date(2025, 3, 14)


def _nos(space: Workspace, *days_ago: int) -> None:
    for ago in days_ago:
        opening = space.jobs.openings.add("Analyst", "Harbour")
        space.jobs.move_opening(opening.id, Stage.NO, TODAY - timedelta(days=ago))


def test_two_nos_in_the_window_put_job_search_help_first(space: Workspace) -> None:
    _nos(space, 1, 9)

    order = space.jobs.support_kinds_order(SUPPORT, TODAY, 14)

    assert order[0] == "work"
    assert order.index("counselling") < order.index("support_group")
    assert set(order) == set(SUPPORT_FIRST)


def test_one_no_or_nos_outside_the_window_leave_the_order_as_it_was(space: Workspace) -> None:
    _nos(space, 1, 20)

    assert space.jobs.support_kinds_order(SUPPORT, TODAY, 14) == SUPPORT_FIRST


def test_the_crisis_order_never_changes(space: Workspace) -> None:
    _nos(space, 0, 1, 2, 3)

    assert space.jobs.support_kinds_order(CRISIS, TODAY, 14) == CRISIS_FIRST


def test_the_long_search_note_comes_after_about_three_months_once(
    space: Workspace, clock: ManualClock
) -> None:
    space.jobs.openings.add("Analyst", "Harbour")
    clock.advance(days=89)
    assert space.jobs.long_search_note() is None

    clock.advance(days=1)
    note = space.jobs.long_search_note()
    assert note is not None
    assert "longer than anyone plans for" in note.body
    assert "Harbour" not in note.title + note.body and "Analyst" not in note.body

    space.jobs.mark_long_search_note_shown()
    assert space.jobs.long_search_note() is None


def test_ten_nos_bring_the_long_search_note_sooner(space: Workspace) -> None:
    _nos(space, *range(9))
    assert space.jobs.long_search_note() is None

    _nos(space, 9)
    assert space.jobs.long_search_note() is not None
