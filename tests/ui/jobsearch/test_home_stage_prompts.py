"""Home's prompt card takes the prompts a recent stage change brings (an interview, ...),
and the usual prompt of the day otherwise. The clock is moved by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.jobsearch import Stage
from app.core.jobsearch.event_prompts import prompt_ids_for
from app.core.prompts import PromptLibrary, prompt_of_the_day
from app.ui.app_context import AppContext
from app.ui.controller import AppController
from app.ui.home.home_page import HomePage
from tests.support.clock import ManualClock
from tests.ui.jobsearch.conftest import NOW, settle

LIBRARY = PromptLibrary.load()


@pytest.fixture
def clock(app_context: AppContext) -> ManualClock:
    moving = ManualClock(NOW)
    app_context.clock = moving
    return moving


def _home(opened: AppController) -> HomePage:
    assert opened.features is not None and opened.main_window is not None
    opened.main_window.show_page("home")
    opened.features.home.refresh()
    settle(opened.context)
    return opened.features.home


def test_the_day_after_an_interview_home_offers_the_interview_prompts(
    clock: ManualClock, opened: AppController
) -> None:
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    opening = jobs.openings.add("Archivist", "County Museum", stage=Stage.APPLIED)
    jobs.move_opening(opening.id, Stage.INTERVIEWING)  # this evening's interview
    clock.advance(days=1)

    card = _home(opened).prompt_card

    assert card.caption.text() == "For today, after the interview"
    assert card.prompt().id in prompt_ids_for(Stage.INTERVIEWING)
    assert card.text.text() == card.prompt().text
    assert "County Museum" not in card.text.text()
    browser = card.open_browser()
    shown = [prompt.id for prompt in browser.prompts_shown()]
    assert sorted(shown[:4]) == sorted(prompt_ids_for(Stage.INTERVIEWING))  # they lead
    browser.reject()


def test_without_a_recent_stage_change_home_shows_the_usual_prompt(
    clock: ManualClock, opened: AppController
) -> None:
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    opening = jobs.openings.add("Archivist", "County Museum", stage=Stage.APPLIED)
    jobs.move_opening(opening.id, Stage.INTERVIEWING, NOW.date() - timedelta(days=5))

    card = _home(opened).prompt_card

    assert card.caption.text() == "A prompt for today"
    assert card.prompt() == prompt_of_the_day(LIBRARY, NOW.date())


def test_the_interview_prompts_give_way_to_the_usual_ones_two_days_on(
    clock: ManualClock, opened: AppController
) -> None:
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    opening = jobs.openings.add("Archivist", "County Museum", stage=Stage.APPLIED)
    jobs.move_opening(opening.id, Stage.INTERVIEWING)
    assert _home(opened).prompt_card.caption.text() == "For today, after the interview"

    clock.advance(days=2)
    card = _home(opened).prompt_card

    assert card.caption.text() == "A prompt for today"
    assert card.prompt() == prompt_of_the_day(LIBRARY, clock().date())


def test_a_no_today_keeps_the_after_a_no_prompts_over_an_interview(
    clock: ManualClock, opened: AppController
) -> None:
    assert opened.workspace is not None
    jobs = opened.workspace.jobs
    had = jobs.openings.add("Archivist", "County Museum", stage=Stage.APPLIED)
    jobs.move_opening(had.id, Stage.INTERVIEWING)
    said_no = jobs.openings.add("Librarian", "Northside Library", stage=Stage.APPLIED)
    jobs.move_opening(said_no.id, Stage.NO)

    card = _home(opened).prompt_card

    assert card.caption.text() == "For today, after a hard no"
    assert card.prompt().has_tag("rejection")


def test_the_day_off_switch_takes_the_interview_prompts_off_home_at_once(
    clock: ManualClock, opened: AppController
) -> None:
    assert opened.workspace is not None and opened.features is not None
    jobs = opened.workspace.jobs
    opening = jobs.openings.add("Archivist", "County Museum", stage=Stage.APPLIED)
    jobs.move_opening(opening.id, Stage.INTERVIEWING)
    card = _home(opened).prompt_card
    assert card.caption.text() == "For today, after the interview"
    search = opened.features.job_search
    assert search is not None

    search.home.panel.day_off.click()
    settle(opened.context)

    assert card.caption.text() == "A prompt for today"
    assert card.prompt() == prompt_of_the_day(LIBRARY, NOW.date())
