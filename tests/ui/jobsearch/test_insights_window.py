"""The job search on the Insights page: markers on the trend charts, and the days after
a no beside the person's usual, with the core's recovery sentence."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from app.core.checkins import CheckInValues
from app.core.jobsearch import Stage
from app.ui.controller import AppController
from app.ui.insights.job_markers import KEY_TEXT
from app.ui.jobsearch.feature import JobSearchFeature
from app.ui.jobsearch.views import INTERVIEW, NO
from app.ui.main_window import MainWindow
from tests.ui.jobsearch.conftest import NOW, ZONE, settle


def test_insights_marks_interviews_and_nos_and_shows_the_days_after_a_no(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    assert opened.workspace is not None
    workspace, jobs = opened.workspace, opened.workspace.jobs
    today = NOW.date()
    for back in range(60, 0, -1):
        day = today - timedelta(days=back)
        low = back in (30, 29, 10, 9)  # the day of each no and the day after
        at = datetime.combine(day, time(20), ZONE)
        workspace.checkins.create(CheckInValues(mood=2 if low else 4, energy=3), at)
    for role, interview_back, no_back in (("Archivist", 33, 30), ("Librarian", 12, 10)):
        opening = jobs.openings.add(role, "City", day=today - timedelta(days=40))
        jobs.openings.record_stage(
            opening.id, Stage.INTERVIEWING, today - timedelta(interview_back)
        )
        jobs.openings.record_stage(opening.id, Stage.NO, today - timedelta(no_back))

    window.show_page("insights")
    settle(opened.context, rounds=6)
    additions = feature.insights
    assert additions.view is not None and additions.markers is not None
    kinds = sorted((event.kind, (today - event.on).days) for event in additions.markers.events)
    assert kinds == [(INTERVIEW, 12), (INTERVIEW, 33), (NO, 10), (NO, 30)]
    assert additions.markers.key.text() == KEY_TEXT
    sentence = additions.view.sentence.text()
    assert sentence == jobs.days_after_no().sentence
    assert "no" in sentence.lower() and "because" not in sentence.lower()
    assert additions.view.charts["mood"].isVisibleTo(additions.view)
    mood = additions.view.charts["mood"]._series
    assert mood is not None and len(mood.per_no) == 2
    assert mood.average()[0] == 2.0 and mood.average()[2] == 4.0


def test_without_any_no_the_section_explains_what_will_appear(
    job_window: tuple[MainWindow, JobSearchFeature], opened: AppController
) -> None:
    window, feature = job_window
    window.show_page("insights")
    settle(opened.context, rounds=6)
    view = feature.insights.view
    assert view is not None
    assert view.sentence.text().startswith("When a no is recorded")
    assert not view.charts["mood"].isVisibleTo(view)
